import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '@shared/questionnaire/answers';
import { matchesProfile, type ProfileCondition, type ServiceProfile } from '@shared/questionnaire/profile';
import { addMonths, daysBetween } from '@shared/calendar';
import { scoreAssessment, type ScoringInput } from '@shared/scoring/engine';
import { controlStrength, inherentRisk, RESIDUAL_RISK_MATRIX, residualRisk } from '@shared/scoring/risk';
import { mini } from '../fixtures/mini-questionnaire';

const profile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'medium',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const ISO_VALID: Answer = { status: 'answered', value: { held: 'yes', validUntil: '2030-01-01' } };
const run = (answers: Record<string, Answer>, extra: Partial<ScoringInput> = {}) =>
  scoreAssessment({ questionnaire: mini, profile, answers: { 'SEC-ISO27001': ISO_VALID, ...answers }, asOf: '2026-03-02', ...extra });
const question = (answers: Record<string, Answer>, id: string, extra: Partial<ScoringInput> = {}) => run(answers, extra).questions.find((q) => q.id === id)!;
const answered = (value: unknown): Answer => ({ status: 'answered', value }) as Answer;

afterEach(() => vi.useRealTimers());

describe('answer scores', () => {
  it('yes / partial / no score 1 / 0.5 / 0', () => {
    expect(['yes', 'partial', 'no'].map((v) => question({ 'SEC-MFA': answered(v) }, 'SEC-MFA').score)).toEqual([1, 0.5, 0]);
  });

  it('a choice scores its option', () => {
    expect(['never', 'optOut', 'noOptOut'].map((v) => question({ 'DAT-TRAINING-USE': answered(v) }, 'DAT-TRAINING-USE').score)).toEqual([1, 0.4, 0]);
  });

  it('multiple choice adds option scores and caps at 1', () => {
    expect(question({ 'GOV-REGIONS': answered(['us']) }, 'GOV-REGIONS').score).toBeCloseTo(0.3);
    expect(question({ 'GOV-REGIONS': answered(['eu', 'us', 'apac']) }, 'GOV-REGIONS').score).toBe(1);
    expect(question({ 'GOV-REGIONS': answered([]) }, 'GOV-REGIONS').score).toBe(0);
  });

  it('a number takes the first band it falls in, and 0 outside all bands', () => {
    const sla = (v: number) => question({ 'RSL-SLA': answered(v) }, 'RSL-SLA').score;
    expect([99.999, 99.99, 99.95, 99.9, 99.5].map(sla)).toEqual([1, 1, 0.85, 0.6, 0]);
  });

  it('a date is scored by its age on the assessment date; a future date counts as today', () => {
    const dr = (v: string) => question({ 'RSL-DR-TEST': answered(v) }, 'RSL-DR-TEST').score;
    expect(dr('2025-03-02')).toBe(1); // 365 days
    expect(dr('2025-03-01')).toBe(0.5); // 366 days
    expect(dr('2024-03-01')).toBe(0); // 731 days
    expect(dr('2026-12-31')).toBe(1);
  });

  it('free text is recorded but never scored', () => {
    const q = question({ 'DAT-NOTES': answered('Frankfurt') }, 'DAT-NOTES');
    expect(q).toMatchObject({ status: 'answered', scored: false, score: null, pointsLost: 0 });
  });
});

describe('certifications', () => {
  const iso = (value: unknown, extra: Partial<ScoringInput> = {}) => run({ 'SEC-ISO27001': answered(value) }, extra);
  const status = (value: unknown, extra?: Partial<ScoringInput>) => iso(value, extra).questions.find((q) => q.id === 'SEC-ISO27001')!;

  it('are current, expiring within the window, or expired as of the assessment date', () => {
    expect(status({ held: 'yes', validUntil: '2026-06-01' }).certification).toEqual({ status: 'valid', validUntil: '2026-06-01', daysLeft: 91 });
    expect(status({ held: 'yes', validUntil: '2026-05-31' }).certification?.status).toBe('expiring');
    expect(status({ held: 'yes', validUntil: '2026-03-02' }).certification?.status).toBe('expiring');
    expect(status({ held: 'yes', validUntil: '2026-03-01' }).certification).toMatchObject({ status: 'expired', daysLeft: -1 });
  });

  it('use a configurable warning window', () => {
    expect(status({ held: 'yes', validUntil: '2026-05-31' }, { expiryWindowDays: 30 }).certification?.status).toBe('valid');
    expect(status({ held: 'yes', validUntil: '2026-03-20' }, { expiryWindowDays: 30 }).certification?.status).toBe('expiring');
  });

  it('score 1 when current, half when the scope misses the service, little when expired or in progress', () => {
    expect(status({ held: 'yes', validUntil: '2027-01-01' }).score).toBe(1);
    expect(status({ held: 'yes', validUntil: '2027-01-01', scopeCoversService: false }).score).toBe(0.5);
    expect(status({ held: 'yes', validUntil: '2025-01-01' }).score).toBe(0.2);
    expect(status({ held: 'inProgress' }).score).toBe(0.25);
    expect(status({ held: 'no' }).score).toBe(0);
  });

  it('count a report as current for its validity period after the period it covers', () => {
    const fin = { ...profile, sector: 'financial' as const };
    const soc = (periodEnd: string) => question({ 'SEC-SOC2T2': answered({ held: 'yes', periodEnd }) }, 'SEC-SOC2T2', { profile: fin }).certification;
    expect(soc('2025-12-31')).toMatchObject({ status: 'valid', validUntil: '2026-12-31' });
    expect(soc('2025-03-01')).toMatchObject({ status: 'expired', validUntil: '2026-03-01' });
  });

  it('become findings when expired or expiring', () => {
    expect(iso({ held: 'yes', validUntil: '2026-01-15' }).findings[0]).toMatchObject({
      id: 'F-SEC-ISO27001',
      kind: 'certificationExpired',
      severity: 'high',
      validUntil: '2026-01-15',
    });
    expect(iso({ held: 'yes', validUntil: '2026-04-15' }).findings.filter((f) => f.questionId === 'SEC-ISO27001')).toEqual([
      expect.objectContaining({ kind: 'certificationExpiring', severity: 'medium', validUntil: '2026-04-15' }),
    ]);
  });

  it('need a validity date when held', () => {
    const result = iso({ held: 'yes' });
    expect(result.invalidAnswers).toEqual(['SEC-ISO27001']);
    expect(result.questions.find((q) => q.id === 'SEC-ISO27001')!.status).toBe('unanswered');
  });
});

describe('applicability and N/A', () => {
  it('skips questions whose condition the profile does not meet', () => {
    expect(question({}, 'AIE-HANDOFF').status).toBe('notApplicable');
    expect(question({}, 'AIE-HANDOFF', { profile: { ...profile, aiAutonomy: 'assistive' } }).status).toBe('unanswered');
  });

  it('accepts N/A only where the question allows it; otherwise the answer is ignored and reported', () => {
    expect(question({ 'RSL-STATUS-PAGE': { status: 'na' } }, 'RSL-STATUS-PAGE').status).toBe('na');
    const result = run({ 'SEC-MFA': { status: 'na' }, 'RSL-SLA': answered('high'), 'DAT-TRAINING-USE': answered('sometimes') });
    expect(result.invalidAnswers.sort()).toEqual(['DAT-TRAINING-USE', 'RSL-SLA', 'SEC-MFA']);
  });

  it('evaluates nested profile conditions', () => {
    const condition: ProfileCondition = { all: [{ field: 'aiAutonomy', in: ['autonomous'] }, { not: { field: 'dataCategories', includes: ['payment'] } }] };
    expect(matchesProfile(condition, { ...profile, aiAutonomy: 'autonomous' })).toBe(true);
    expect(matchesProfile(condition, { ...profile, aiAutonomy: 'autonomous', dataCategories: ['payment'] })).toBe(false);
    expect(
      matchesProfile(
        {
          any: [
            { field: 'requiresEuResidency', is: true },
            { field: 'sector', in: ['healthcare'] },
          ],
        },
        profile,
      ),
    ).toBe(false);
  });
});

describe('knock-outs', () => {
  const ko = (answers: Record<string, Answer>, id: string) => run(answers).knockouts.find((k) => k.id === id)!.status;

  it('trigger on the answer they name and reject whatever the score', () => {
    const result = run({ 'DAT-TRAINING-USE': answered('noOptOut'), 'SEC-MFA': answered('yes'), 'DAT-DPA': answered('yes') });
    expect(result.knockouts.find((k) => k.id === 'KO-TRAINING')!.status).toBe('triggered');
    expect(result.recommendation.derived).toBe('reject');
  });

  it('stay open while the answers they need are missing, and clear otherwise', () => {
    expect(ko({}, 'KO-TRAINING')).toBe('open');
    expect(ko({ 'DAT-TRAINING-USE': answered('never') }, 'KO-TRAINING')).toBe('clear');
    expect(run({}).recommendation.provisional).toBe(true);
  });

  it('combine certification and profile conditions', () => {
    expect(ko({ 'SEC-ISO27001': answered({ held: 'no' }) }, 'KO-NO-CERT')).toBe('triggered');
    expect(ko({ 'SEC-ISO27001': answered({ held: 'yes', validUntil: '2025-12-31' }) }, 'KO-NO-CERT')).toBe('triggered');
    const financial = run({ 'SEC-ISO27001': answered({ held: 'no' }) }, { profile: { ...profile, sector: 'financial' } });
    expect(financial.knockouts.find((k) => k.id === 'KO-NO-CERT')!.status).toBe('open'); // SOC 2 still unanswered
  });
});

describe('risk', () => {
  it('derives the inherent tier from the service profile', () => {
    expect(inherentRisk({ ...profile, dataCategories: [], regulatoryScope: [], criticality: 'low' }).tier).toBe('low');
    expect(inherentRisk(profile)).toEqual({
      tier: 'low',
      points: 2,
      factors: [
        { factor: 'dataCategories.personal', points: 1 },
        { factor: 'criticality.medium', points: 1 },
      ],
    });
    expect(inherentRisk({ ...profile, aiAutonomy: 'assistive' }).tier).toBe('medium');
    expect(
      inherentRisk({
        ...profile,
        dataCategories: ['personal', 'specialCategory', 'recordingsBiometrics'],
        aiAutonomy: 'autonomous',
        criticality: 'critical',
        regulatoryScope: ['dora', 'nis2'],
      }).tier,
    ).toBe('critical');
  });

  it('maps conservative scores to control strength at 80 / 65 / 50', () => {
    expect([100, 80, 79.99, 65, 64.9, 50, 49.9, 0].map(controlStrength)).toEqual([
      'strong',
      'strong',
      'adequate',
      'adequate',
      'weak',
      'weak',
      'insufficient',
      'insufficient',
    ]);
  });

  it('never makes residual risk better for weaker controls', () => {
    const order = ['low', 'medium', 'high', 'critical'];
    for (const row of Object.values(RESIDUAL_RISK_MATRIX)) {
      const tiers = [row.strong, row.adequate, row.weak, row.insufficient].map((t) => order.indexOf(t));
      expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
    }
    expect(residualRisk('critical', 'weak')).toBe('critical');
  });

  it('rejects on critical residual risk even without a knock-out', () => {
    const result = run(
      { 'SEC-MFA': answered('no'), 'DAT-TRAINING-USE': answered('optOut'), 'DAT-DPA': answered('no') },
      { profile: { ...profile, dataCategories: ['specialCategory', 'payment', 'recordingsBiometrics'], criticality: 'critical' } },
    );
    expect(result.residualRisk).toBe('critical');
    expect(result.knockouts.every((k) => k.status !== 'triggered')).toBe(true);
    expect(result.recommendation.derived).toBe('reject');
  });
});

describe('an assessment with no answers', () => {
  it('scores 0 in the conservative view, with insufficient controls, and stays provisional', () => {
    const result = scoreAssessment({ questionnaire: mini, profile, answers: {}, asOf: '2026-03-02' });
    expect(result.overall.score).toBeNull();
    expect(result.overall.conservativeScore).toBe(0);
    expect(result.controlStrength).toBe('insufficient');
    // Low inherent risk against insufficient controls (matrix): high residual risk.
    expect(result.residualRisk).toBe('high');
    expect(result.recommendation).toMatchObject({ derived: 'approveWithConditions', provisional: true });
  });
});

describe('recommendation override', () => {
  it('replaces the derived recommendation and keeps the reason', () => {
    const override = {
      recommendation: 'approve' as const,
      reason: 'Compensating control: card data is tokenised before it reaches the vendor.',
      by: 'A. Assessor',
      at: '2026-03-02T10:00:00Z',
    };
    const result = run({ 'DAT-TRAINING-USE': answered('noOptOut') }, { override });
    expect(result.recommendation).toMatchObject({ derived: 'reject', final: 'approve', override });
  });

  it('needs a reason', () => {
    expect(() => run({}, { override: { recommendation: 'approve', reason: '   ', by: 'A', at: '2026-03-02T10:00:00Z' } })).toThrow(/reason/);
  });
});

describe('purity', () => {
  it('does not read the clock: a different system time gives the same result', () => {
    const answers = { 'SEC-MFA': answered('partial'), 'RSL-DR-TEST': answered('2025-01-01') };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const early = run(answers);
    vi.setSystemTime(new Date('2035-06-01T00:00:00Z'));
    expect(run(answers)).toEqual(early);
  });

  it('calendar helpers work on dates, not times', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
});
