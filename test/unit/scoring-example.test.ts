import { describe, expect, it } from 'vitest';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { scoreAssessment } from '@shared/scoring/engine';
import { mini } from '../fixtures/mini-questionnaire';

/*
 * Hand-worked example, computed on paper before the engine ran.
 *
 * Profile: personal + payment data (1 + 2), no AI (0), criticality high (2), GDPR + DORA (0 + 1)
 *          = 6 points -> inherent risk HIGH.
 *
 * 1 Security (weight 3)
 *   1.1 SEC-MFA       w4  partial  0.5   loss 2
 *   1.2 SEC-ISO27001  w5  valid    1     loss 0
 *   1.3 SEC-SOC2T2    not applicable (sector is not financial)
 *   1.4 SEC-LOGS      w1  unanswered
 *   answered weight 9: score = 100 - 100*2/9 = 77.78; 1.1 costs 22.22 points
 *   conservative weight 10: 100 - 100*(2+1)/10 = 70
 * 2 AI ethics: its only question needs AI features -> nothing applies, no score.
 * 3 Data residency (weight 3)
 *   3.1 DAT-TRAINING-USE w5 optOut 0.4  loss 3
 *   3.2 DAT-DPA          w5 yes    1    loss 0
 *   3.3 DAT-NOTES        text, unscored
 *   score = 100 - 100*3/10 = 70; 3.1 costs 30 points
 * 4 Resilience (weight 2)
 *   4.1 RSL-SLA          w4 99.95 % -> 0.85  loss 0.6
 *   4.2 RSL-STATUS-PAGE  N/A (excluded)
 *   4.3 RSL-DR-TEST      w2 tested 2025-06-01, 274 days before 2026-03-02 -> 1
 *   score = 100 - 100*0.6/6 = 90; 4.1 costs 10 points
 * 5 Governance (weight set to 1 for this assessment)
 *   5.1 GOV-SPONSOR  w2 no      0    loss 2
 *   5.2 GOV-REGIONS  w2 eu + us 0.9  loss 0.2
 *   score = 100 - 100*2.2/4 = 45; 5.1 costs 50, 5.2 costs 5
 *
 * Overall = (3*77.78 + 3*70 + 2*90 + 1*45) / 9 = 668.33/9 = 74.26
 *   points lost: governance 1*55/9 = 6.11, data residency 3*30/9 = 10, security 3*22.22/9 = 7.41,
 *   resilience 2*10/9 = 2.22; sum 25.74 = 100 - 74.26.
 * Conservative = (3*70 + 3*70 + 2*90 + 1*45) / 9 = 645/9 = 71.67 -> controls ADEQUATE (>= 65)
 * Residual risk: HIGH inherent x ADEQUATE controls = MEDIUM.
 * Findings: 5.1 no (score 0) -> medium (its severity); 3.1 0.4 -> critical one level down = high;
 *   1.1 0.5 -> high one level down = medium; 5.2 0.9 and 4.1 0.85 are not weak.
 * Knock-outs: ISO 27001 valid -> KO-NO-CERT clear; training is opt-out -> KO-TRAINING clear.
 * Recommendation: no knock-out, residual medium, but a high finding -> APPROVE WITH CONDITIONS,
 *   provisional because 1.4 is unanswered.
 */

const profile: ServiceProfile = {
  dataCategories: ['personal', 'payment'],
  aiAutonomy: 'none',
  criticality: 'high',
  regulatoryScope: ['gdpr', 'dora'],
  sector: 'retail',
  requiresEuResidency: true,
};

const answers: Record<string, Answer> = {
  'SEC-MFA': { status: 'answered', value: 'partial' },
  'SEC-ISO27001': { status: 'answered', value: { held: 'yes', certificateId: 'IS 123456', issuer: 'BSI Group', validUntil: '2027-09-30' } },
  'DAT-TRAINING-USE': { status: 'answered', value: 'optOut' },
  'DAT-DPA': { status: 'answered', value: 'yes' },
  'DAT-NOTES': { status: 'answered', value: 'Frankfurt and Dublin.' },
  'RSL-SLA': { status: 'answered', value: 99.95 },
  'RSL-STATUS-PAGE': { status: 'na' },
  'RSL-DR-TEST': { status: 'answered', value: '2025-06-01' },
  'GOV-SPONSOR': { status: 'answered', value: 'no' },
  'GOV-REGIONS': { status: 'answered', value: ['eu', 'us'] },
};

const result = scoreAssessment({ questionnaire: mini, profile, answers, asOf: '2026-03-02', domainWeights: { governance: 1 } });
const domain = (id: string) => result.domains.find((d) => d.id === id)!;

describe('hand-worked example', () => {
  it('matches the domain scores worked out on paper', () => {
    expect(domain('security').score).toBeCloseTo(77.78, 2);
    expect(domain('security').conservativeScore).toBeCloseTo(70, 6);
    expect(domain('aiEthics').score).toBeNull();
    expect(domain('aiEthics').conservativeScore).toBeNull();
    expect(domain('dataResidency').score).toBeCloseTo(70, 6);
    expect(domain('resilience').score).toBeCloseTo(90, 6);
    expect(domain('governance').score).toBeCloseTo(45, 6);
    expect(domain('governance').weight).toBe(1);
  });

  it('explains each domain to the point', () => {
    const points = (id: string) => domain(id).explanation.map((e) => [e.number, Number(e.points.toFixed(2))]);
    expect(points('security')).toEqual([['1.1', 22.22]]);
    expect(points('dataResidency')).toEqual([['3.1', 30]]);
    expect(points('resilience')).toEqual([['4.1', 10]]);
    expect(points('governance')).toEqual([
      ['5.1', 50],
      ['5.2', 5],
    ]);
    expect(domain('security').atStake).toBeCloseTo(7.78, 2);
  });

  it('matches the overall score, its explanation and the conservative view', () => {
    expect(result.overall.score).toBeCloseTo(74.26, 2);
    expect(result.overall.conservativeScore).toBeCloseTo(71.67, 2);
    expect(result.overall.explanation.map((e) => [e.id, Number(e.points.toFixed(2))])).toEqual([
      ['dataResidency', 10],
      ['security', 7.41],
      ['governance', 6.11],
      ['resilience', 2.22],
    ]);
  });

  it('derives risk, findings, knock-outs and the recommendation', () => {
    expect(result.inherentRisk).toMatchObject({ tier: 'high', points: 6 });
    expect(result.controlStrength).toBe('adequate');
    expect(result.residualRisk).toBe('medium');
    expect(result.findings.map((f) => [f.number, f.severity, f.kind])).toEqual([
      ['3.1', 'high', 'weakAnswer'],
      ['1.1', 'medium', 'weakAnswer'],
      ['5.1', 'medium', 'weakAnswer'],
    ]);
    expect(result.knockouts.map((k) => [k.id, k.status])).toEqual([
      ['KO-NO-CERT', 'clear'],
      ['KO-TRAINING', 'clear'],
    ]);
    expect(result.recommendation).toEqual({ derived: 'approveWithConditions', final: 'approveWithConditions', provisional: true });
    // Scored and applicable: 1.1, 1.2, 1.4, 3.1, 3.2, 4.1, 4.2 (N/A counts as answered), 4.3, 5.1, 5.2.
    expect(result.completion).toEqual({ applicable: 10, answered: 9, unanswered: 1, complete: false });
  });
});
