import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPortfolio,
  expiryTimeline,
  filterPortfolio,
  firstSortDirection,
  hasPortfolioFigures,
  keyFigures,
  nextReview,
  portfolioFigures,
  portfolioSortKeys,
  REVIEW_INTERVAL_MONTHS,
  sortPortfolio,
  sortValue,
  type PortfolioRow,
  type SummaryCertification,
} from '@shared/portfolio';
import type { Answer } from '@shared/questionnaire/answers';
import type { SummaryAssessmentInput } from '@shared/vendors/summary';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { addDays, addMonths, dayNumber, daysBetween, fromDayNumber, localDate, monthAfter } from '@shared/calendar';
import { scoreAssessment } from '@shared/scoring/engine';
import type { FindingCounts } from '@shared/scoring/open-findings';
import { riskTiers, type RiskTier } from '@shared/scoring/risk';
import type { Recommendation } from '@shared/scoring/types';
import { mini } from '../fixtures/mini-questionnaire';

const TODAY = '2026-03-02';
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

// personal 1 → low; + assistive 1 + medium criticality 1 → medium; high criticality + recordings → high.
const lowProfile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'low',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const highProfile: ServiceProfile = {
  ...lowProfile,
  dataCategories: ['personal', 'recordingsBiometrics'],
  aiAutonomy: 'assistive',
  criticality: 'high',
  regulatoryScope: ['gdpr', 'nis2'],
};

const cert = (name: string, status: SummaryCertification['status'], validUntil?: string): SummaryCertification => ({
  questionId: `Q-${name.replace(/\W/g, '')}`,
  name,
  status,
  ...(validUntil ? { validUntil } : {}),
});

const none: FindingCounts = { critical: 0, high: 0, medium: 0, low: 0 };

let sequence = 0;
function final(
  vendorId: string,
  assessmentDate: string,
  options: Partial<{
    residualRisk: RiskTier;
    score: number | null;
    recommendation: Recommendation;
    openFindings: FindingCounts | undefined;
    certifications: SummaryCertification[] | undefined;
    createdAt: string;
    profile: ServiceProfile;
    revision: number;
    accepted: { severity: 'low' | 'medium' | 'high' | 'critical'; until: string }[];
  }> = {},
): SummaryAssessmentInput {
  sequence += 1;
  return {
    id: `a-${sequence}`,
    vendorId,
    status: 'final',
    createdAt: options.createdAt ?? `${assessmentDate}T09:00:00.000Z`,
    revision: options.revision ?? 1,
    assessmentDate,
    profile: options.profile ?? lowProfile,
    summary: {
      score: options.score === undefined ? 80 : options.score,
      residualRisk: options.residualRisk ?? 'low',
      recommendation: options.recommendation ?? 'approve',
      ...('openFindings' in options ? (options.openFindings ? { openFindings: options.openFindings } : {}) : { openFindings: none }),
      ...('certifications' in options ? (options.certifications ? { certifications: options.certifications } : {}) : { certifications: [] }),
      ...(options.accepted ? { accepted: options.accepted } : {}),
    },
  };
}

function draft(vendorId: string, createdAt: string, profile: ServiceProfile = lowProfile, revision = 1): SummaryAssessmentInput {
  sequence += 1;
  return { id: `d-${sequence}`, vendorId, status: 'draft', createdAt, revision, assessmentDate: createdAt.slice(0, 10), profile };
}

describe('next review date', () => {
  it('is the assessment date plus 6, 12, 24 or 36 months by residual risk', () => {
    expect(REVIEW_INTERVAL_MONTHS).toEqual({ critical: 6, high: 12, medium: 24, low: 36 });
    const dates = riskTiers.map((residualRisk) => nextReview({ assessmentDate: '2025-06-10', residualRisk }, TODAY));
    expect(dates.map((d) => [d.date, d.state, d.basis])).toEqual([
      ['2028-06-10', 'scheduled', 'interval'],
      ['2027-06-10', 'scheduled', 'interval'],
      ['2026-06-10', 'scheduled', 'interval'],
      ['2025-12-10', 'overdue', 'interval'],
    ]);
    expect(dates[3]!.daysLeft).toBe(-82);
  });

  it('clamps to the end of a shorter month', () => {
    expect(nextReview({ assessmentDate: '2025-08-31', residualRisk: 'critical' }, TODAY).date).toBe('2026-02-28');
  });

  it('is never later than the earliest expiry of a certification current on the assessment date', () => {
    const review = nextReview(
      {
        assessmentDate: '2025-11-20',
        residualRisk: 'low',
        certifications: [
          cert('SOC 2 Type II', 'valid', '2026-12-31'),
          cert('ISO/IEC 27001', 'expiring', '2026-01-15'),
          cert('CSA STAR', 'valid', '2026-04-30'),
        ],
      },
      TODAY,
    );
    expect(review).toEqual({ state: 'overdue', date: '2026-01-15', basis: 'certification', daysLeft: -46, certification: 'ISO/IEC 27001' });
  });

  it('ignores certifications that were not current on the assessment date, and later expiries', () => {
    const review = nextReview(
      {
        assessmentDate: '2025-11-20',
        residualRisk: 'critical',
        certifications: [
          cert('SOC 2 Type II', 'expired', '2025-10-01'),
          cert('ISO/IEC 27001', 'inProgress'),
          cert('PCI DSS', 'notHeld'),
          cert('BSI C5', 'unanswered'),
          cert('CSA STAR', 'valid', '2026-06-01'),
        ],
      },
      TODAY,
    );
    expect(review).toEqual({ state: 'scheduled', date: '2026-05-20', basis: 'interval', daysLeft: 79 });
  });

  it('keeps the interval when a certificate expires on the same day', () => {
    expect(
      nextReview({ assessmentDate: '2025-03-02', residualRisk: 'high', certifications: [cert('ISO/IEC 27001', 'valid', '2026-03-02')] }, TODAY),
    ).toMatchObject({
      date: '2026-03-02',
      basis: 'interval',
    });
  });

  it('is due now without a final assessment, and overdue only once the date has passed', () => {
    expect(nextReview(null, TODAY)).toEqual({ state: 'dueNow', date: null, basis: 'noFinal', daysLeft: null });
    expect(nextReview({ assessmentDate: '2025-03-02', residualRisk: 'high' }, TODAY)).toMatchObject({ date: '2026-03-02', state: 'scheduled', daysLeft: 0 });
    expect(nextReview({ assessmentDate: '2025-03-01', residualRisk: 'high' }, TODAY)).toMatchObject({ date: '2026-03-01', state: 'overdue', daysLeft: -1 });
  });
});

describe('portfolio rows', () => {
  it('takes tier and status from the latest assessment and the figures from the latest final one', () => {
    const older = final('v1', '2024-05-01', { score: 40, recommendation: 'reject', residualRisk: 'critical' });
    const latestFinal = final('v1', '2025-05-01', {
      score: 77.6,
      recommendation: 'approveWithConditions',
      residualRisk: 'medium',
      openFindings: { critical: 1, high: 2, medium: 0, low: 3 },
      certifications: [
        cert('ISO/IEC 27001', 'valid', '2027-01-31'),
        cert('SOC 2 Type II', 'valid', '2026-03-02'),
        cert('CSA STAR', 'expired', '2025-04-01'),
        cert('PCI DSS', 'notHeld'),
      ],
    });
    const revision = draft('v1', '2026-02-01T08:00:00.000Z', highProfile, 2);
    const [row] = buildPortfolio([{ id: 'v1', name: 'Five9' }], [revision, older, latestFinal], TODAY);
    expect(row).toEqual({
      vendorId: 'v1',
      name: 'Five9',
      status: 'draft',
      tier: 'high',
      latestAssessmentId: revision.id,
      finalAssessmentId: latestFinal.id,
      received: false,
      assessedOn: '2025-05-01',
      rating: 78,
      recommendation: 'approveWithConditions',
      residualRisk: 'medium',
      openFindings: { critical: 1, high: 2, medium: 0, low: 3 },
      accepted: null,
      acceptanceRanOut: 0,
      held: [
        { questionId: 'Q-CSASTAR', name: 'CSA STAR', validUntil: '2025-04-01' },
        { questionId: 'Q-SOC2TypeII', name: 'SOC 2 Type II', validUntil: '2026-03-02' },
        { questionId: 'Q-ISOIEC27001', name: 'ISO/IEC 27001', validUntil: '2027-01-31' },
      ],
      // Expiring today still counts as current.
      nextExpiry: { questionId: 'Q-SOC2TypeII', name: 'SOC 2 Type II', validUntil: '2026-03-02' },
      expiredCertifications: 1,
      // 24 months → 2027-05-01, brought forward to the SOC 2 report's end of validity
      // (CSA STAR had already expired on the assessment date: it counts as expired, not for the review).
      review: { state: 'scheduled', date: '2026-03-02', basis: 'certification', daysLeft: 0, certification: 'SOC 2 Type II' },
    });
  });

  it('says when the figures come from an assessment received from someone else', () => {
    const received = {
      ...final('v1', '2025-01-01', { createdAt: '2025-01-01T00:00:00.000Z', revision: 1, recommendation: 'approve' }),
      received: { via: 'bundle' },
    };
    const own = final('v2', '2025-01-01', { createdAt: '2025-01-01T00:00:00.000Z', revision: 1, recommendation: 'approve' });
    const rows = buildPortfolio(
      [
        { id: 'v1', name: 'A' },
        { id: 'v2', name: 'B' },
      ],
      [received, own],
      TODAY,
    );
    expect(rows.map((row) => [row.name, row.received])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  it('orders assessments created at the same time by revision', () => {
    const first = final('v1', '2025-01-01', { createdAt: '2025-01-01T00:00:00.000Z', revision: 1, recommendation: 'reject' });
    const second = final('v1', '2025-01-01', { createdAt: '2025-01-01T00:00:00.000Z', revision: 2, recommendation: 'approve' });
    expect(buildPortfolio([{ id: 'v1', name: 'A' }], [second, first], TODAY)[0]!.recommendation).toBe('approve');
  });

  it('shows vendors without assessments, with only a draft, and with a summary that predates the figures', () => {
    const rows = buildPortfolio(
      [
        { id: 'v1', name: 'Amazon Connect' },
        { id: 'v2', name: 'Zendesk' },
        { id: 'v3', name: 'Talkdesk' },
      ],
      [
        draft('v2', '2026-02-20T10:00:00.000Z', highProfile),
        final('v3', '2025-06-01', { openFindings: undefined, certifications: undefined, residualRisk: 'high' }),
      ],
      TODAY,
    );
    expect(rows.map((r) => [r.name, r.status, r.tier, r.rating, r.openFindings, r.nextExpiry, r.review.state, r.review.date])).toEqual([
      ['Amazon Connect', 'none', null, null, null, null, 'dueNow', null],
      ['Zendesk', 'draft', 'high', null, null, null, 'dueNow', null],
      ['Talkdesk', 'final', 'low', 80, null, null, 'scheduled', '2026-06-01'],
    ]);
  });

  it('sums the key figures', () => {
    const rows = buildPortfolio(
      [
        { id: 'v1', name: 'A' },
        { id: 'v2', name: 'B' },
        { id: 'v3', name: 'C' },
        { id: 'v4', name: 'D' },
      ],
      [
        final('v1', '2025-01-10', {
          recommendation: 'approve',
          openFindings: { critical: 1, high: 2, medium: 5, low: 1 },
          certifications: [cert('ISO', 'valid', TODAY), cert('SOC', 'valid', addDays(TODAY, 90)), cert('C5', 'valid', addDays(TODAY, 91))],
        }),
        final('v2', '2024-01-10', {
          recommendation: 'reject',
          residualRisk: 'critical',
          openFindings: { critical: 0, high: 3, medium: 0, low: 0 },
          certifications: [cert('ISO', 'expired', '2026-03-01')],
        }),
        final('v3', '2025-12-10', { recommendation: 'approveWithConditions' }),
      ],
      TODAY,
    );
    expect(keyFigures(rows, TODAY)).toEqual({
      vendors: 4,
      approve: 1,
      approveWithConditions: 1,
      reject: 1,
      notAssessed: 1,
      openCritical: 1,
      openHigh: 5,
      reviewsOverdue: 1,
      certificatesExpiring: 2,
      certificatesExpired: 1,
    });
  });
});

describe('portfolio figures of a scored assessment', () => {
  const answered = (value: unknown): Answer => ({ status: 'answered', value }) as Answer;
  const result = scoreAssessment({
    questionnaire: mini,
    profile: { ...lowProfile, criticality: 'medium' },
    answers: {
      'SEC-ISO27001': answered({ held: 'yes', validUntil: '2026-04-30' }),
      'SEC-MFA': answered('no'),
      'SEC-LOGS': answered('partial'),
    },
    asOf: '2026-03-02',
  });

  it('counts open findings after tracking and keeps the certification questions that apply', () => {
    const figures = portfolioFigures(result, mini, [
      { findingId: 'F-SEC-MFA', status: 'resolved' },
      { findingId: 'M-1', status: 'open', manual: { title: 'Pen test overdue', severity: 'high', remediation: '' } },
    ]);
    // ISO expiring (medium), LOGS partial (low → one below its low severity stays low), MFA resolved, manual high open.
    expect(figures.openFindings).toEqual({ critical: 0, high: 1, medium: 1, low: 1 });
    // SOC 2 applies to financial services only: left out.
    expect(figures.certifications).toEqual([{ questionId: 'SEC-ISO27001', name: 'ISO/IEC 27001', status: 'expiring', validUntil: '2026-04-30' }]);
    expect(hasPortfolioFigures(figures)).toBe(true);
    expect(hasPortfolioFigures({})).toBe(false);
    expect(hasPortfolioFigures(undefined)).toBe(false);
  });
});

describe('accepted risks on the portfolio', () => {
  it('shows those in force with the first day one runs out, and counts those that ran out before today as open again', () => {
    const [row] = buildPortfolio(
      [{ id: 'v1', name: 'Five9' }],
      [
        final('v1', '2025-11-01', {
          openFindings: { critical: 0, high: 1, medium: 0, low: 0 },
          accepted: [
            { severity: 'high', until: '2026-06-30' },
            { severity: 'critical', until: '2026-03-02' },
            { severity: 'medium', until: '2026-03-01' },
          ],
        }),
      ],
      TODAY,
    );
    // Today is 2 Mar 2026: the acceptance ending today still holds; the one that ended yesterday is open again.
    expect(row!.accepted).toEqual({ count: 2, firstUntil: '2026-03-02' });
    expect(row!.acceptanceRanOut).toBe(1);
    expect(row!.openFindings).toEqual({ critical: 0, high: 1, medium: 1, low: 0 });
  });
});

function sampleRows(): PortfolioRow[] {
  return buildPortfolio(
    [
      { id: 'v1', name: 'Genesys Cloud' },
      { id: 'v2', name: 'NICE CXone' },
      { id: 'v3', name: 'Five9' },
      { id: 'v4', name: 'Talkdesk' },
      { id: 'v5', name: 'Zendesk' },
      { id: 'v6', name: 'amazon connect' },
    ],
    [
      final('v1', '2025-11-20', { score: 91, certifications: [cert('ISO/IEC 27001', 'valid', '2026-04-30')] }),
      final('v2', '2025-06-10', { score: 84, residualRisk: 'medium', profile: highProfile, certifications: [cert('ISO/IEC 27001', 'valid', '2027-06-30')] }),
      final('v3', '2025-06-10', {
        score: 55,
        residualRisk: 'critical',
        recommendation: 'reject',
        profile: highProfile,
        openFindings: { critical: 0, high: 9, medium: 0, low: 0 },
        certifications: [cert('SOC 2 Type II', 'valid', '2026-03-31'), cert('ISO/IEC 27001', 'valid', '2026-09-30')],
      }),
      final('v4', '2024-12-05', {
        score: 91,
        recommendation: 'approveWithConditions',
        openFindings: { critical: 1, high: 0, medium: 0, low: 0 },
        certifications: [cert('SOC 2 Type II', 'valid', '2025-10-31')],
      }),
      draft('v5', '2026-02-20T10:00:00.000Z'),
    ],
    TODAY,
  );
}

const names = (rows: PortfolioRow[]) => rows.map((r) => r.name);

describe('filtering', () => {
  const rows = sampleRows();
  const filter = (f: Parameters<typeof filterPortfolio>[1]) => names(filterPortfolio(rows, f, TODAY));

  it('searches names in any case and combines every filter', () => {
    expect(filter({})).toEqual(names(rows));
    expect(filter({ query: '  CONN ' })).toEqual(['amazon connect']);
    expect(filter({ tier: 'high' })).toEqual(['NICE CXone', 'Five9']);
    expect(filter({ recommendation: 'reject' })).toEqual(['Five9']);
    expect(filter({ recommendation: 'none' })).toEqual(['Zendesk', 'amazon connect']);
    expect(filter({ reviewOverdue: true })).toEqual(['Five9', 'Talkdesk']);
    expect(filter({ certificate: { kind: 'expired' } })).toEqual(['Talkdesk']);
    // 2026-03-31 is 29 days away, 2026-04-30 59 days.
    expect(filter({ certificate: { kind: 'expiringWithin', days: 29 } })).toEqual(['Five9']);
    expect(filter({ certificate: { kind: 'expiringWithin', days: 58 } })).toEqual(['Five9']);
    expect(filter({ certificate: { kind: 'expiringWithin', days: 59 } })).toEqual(['Genesys Cloud', 'Five9']);
    expect(filter({ reviewOverdue: true, tier: 'high', query: 'five' })).toEqual(['Five9']);
    expect(filter({ reviewOverdue: true, tier: 'low', query: 'five' })).toEqual([]);
  });
});

describe('sorting', () => {
  const rows = sampleRows();
  const sorted = (key: (typeof portfolioSortKeys)[number], direction: 'ascending' | 'descending' = firstSortDirection[key]) =>
    names(sortPortfolio(rows, { key, direction }, byName));

  it('sorts by every column, rows without a value last either way, ties by name', () => {
    expect(sorted('name')).toEqual(['amazon connect', 'Five9', 'Genesys Cloud', 'NICE CXone', 'Talkdesk', 'Zendesk']);
    expect(sorted('name', 'descending')).toEqual(['Zendesk', 'Talkdesk', 'NICE CXone', 'Genesys Cloud', 'Five9', 'amazon connect']);
    expect(sorted('tier')).toEqual(['Five9', 'NICE CXone', 'Genesys Cloud', 'Talkdesk', 'Zendesk', 'amazon connect']);
    expect(sorted('status')).toEqual(['Five9', 'Genesys Cloud', 'NICE CXone', 'Talkdesk', 'Zendesk', 'amazon connect']);
    expect(sorted('rating')).toEqual(['Genesys Cloud', 'Talkdesk', 'NICE CXone', 'Five9', 'amazon connect', 'Zendesk']);
    expect(sorted('rating', 'ascending')).toEqual(['Five9', 'NICE CXone', 'Genesys Cloud', 'Talkdesk', 'amazon connect', 'Zendesk']);
    expect(sorted('recommendation')).toEqual(['Five9', 'Talkdesk', 'Genesys Cloud', 'NICE CXone', 'amazon connect', 'Zendesk']);
    // One critical outranks nine high.
    expect(sorted('openFindings')).toEqual(['Talkdesk', 'Five9', 'Genesys Cloud', 'NICE CXone', 'amazon connect', 'Zendesk']);
    // Expired certificates first.
    expect(sorted('nextExpiry')).toEqual(['Talkdesk', 'Five9', 'Genesys Cloud', 'NICE CXone', 'amazon connect', 'Zendesk']);
    // Overdue (longest first), due now, then by date.
    expect(sorted('nextReview')).toEqual(['Talkdesk', 'Five9', 'amazon connect', 'Zendesk', 'Genesys Cloud', 'NICE CXone']);
    expect(sorted('nextReview', 'descending')).toEqual(['NICE CXone', 'Genesys Cloud', 'amazon connect', 'Zendesk', 'Five9', 'Talkdesk']);
  });

  it('returns a permutation ordered by the sort value, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows),
        fc.constantFrom(...portfolioSortKeys.filter((k) => k !== 'name')),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (subset, key, direction) => {
          const out = sortPortfolio(subset, { key, direction }, byName);
          expect([...out].map((r) => r.vendorId).sort()).toEqual(subset.map((r) => r.vendorId).sort());
          const values = out.map((r) => sortValue(r, key));
          const firstNull = values.indexOf(null);
          if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
          const present = values.filter((v) => v !== null) as (number | string)[];
          for (let i = 1; i < present.length; i += 1) {
            const [a, b] = [present[i - 1]!, present[i]!];
            expect(direction === 'ascending' ? a <= b : a >= b).toBe(true);
          }
          // Independent of input order.
          expect(names(sortPortfolio([...subset].reverse(), { key, direction }, byName))).toEqual(names(out));
        },
      ),
    );
  });
});

describe('expiry timeline', () => {
  it('groups held certifications by month for twelve months from the current one, expired ones apart', () => {
    const rows = buildPortfolio(
      [
        { id: 'v1', name: 'Talkdesk' },
        { id: 'v2', name: 'Five9' },
        { id: 'v3', name: 'Genesys Cloud' },
      ],
      [
        final('v1', '2024-12-05', { certifications: [cert('SOC 2 Type II', 'valid', '2025-10-31'), cert('ISO/IEC 27001', 'expired', '2024-11-30')] }),
        final('v2', '2025-06-10', {
          certifications: [
            cert('SOC 2 Type II', 'valid', TODAY),
            cert('ISO/IEC 27001', 'valid', '2027-02-28'),
            cert('BSI C5', 'valid', '2027-03-01'),
            cert('CSA STAR', 'inProgress'),
          ],
        }),
        final('v3', '2025-11-20', { certifications: [cert('ISO/IEC 27001', 'valid', '2026-03-31'), cert('ISO/IEC 27017', 'valid', '2026-03-01')] }),
      ],
      TODAY,
    );
    const timeline = expiryTimeline(rows, TODAY);
    expect(timeline.expired.map((e) => `${e.validUntil} ${e.vendor} ${e.certification}`)).toEqual([
      '2024-11-30 Talkdesk ISO/IEC 27001',
      '2025-10-31 Talkdesk SOC 2 Type II',
      '2026-03-01 Genesys Cloud ISO/IEC 27017',
    ]);
    expect(timeline.months.map((m) => m.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    const nonEmpty = timeline.months
      .filter((m) => m.entries.length > 0)
      .map((m) => [m.month, m.entries.map((e) => `${e.validUntil} ${e.vendor} ${e.certification}`)]);
    expect(nonEmpty).toEqual([
      ['2026-03', ['2026-03-02 Five9 SOC 2 Type II', '2026-03-31 Genesys Cloud ISO/IEC 27001']],
      ['2027-02', ['2027-02-28 Five9 ISO/IEC 27001']],
    ]);
  });

  it('orders a month by date, then vendor and certification', () => {
    const rows = buildPortfolio(
      [
        { id: 'v1', name: 'Zendesk' },
        { id: 'v2', name: 'Avaya' },
      ],
      [
        final('v1', '2025-06-01', { certifications: [cert('SOC 2', 'valid', '2026-05-10'), cert('ISO', 'valid', '2026-05-10')] }),
        final('v2', '2025-06-01', { certifications: [cert('SOC 2', 'valid', '2026-05-10'), cert('C5', 'valid', '2026-05-02')] }),
      ],
      TODAY,
    );
    expect(expiryTimeline(rows, TODAY).months[2]!.entries.map((e) => `${e.validUntil} ${e.vendor} ${e.certification}`)).toEqual([
      '2026-05-02 Avaya C5',
      '2026-05-10 Avaya SOC 2',
      '2026-05-10 Zendesk ISO',
      '2026-05-10 Zendesk SOC 2',
    ]);
  });
});

/** What the calendar must agree with: the same sums done with the engine's Date, in UTC. */
const viaDate = {
  daysBetween: (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
  addMonths(date: string, months: number) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, lastDay));
    return target.toISOString().slice(0, 10);
  },
};

describe('the calendar', () => {
  it('agrees with date arithmetic done with Date objects in UTC', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -600, max: 600 }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, months, days) => {
          const date = d.toISOString().slice(0, 10);
          expect(addMonths(date, months)).toBe(viaDate.addMonths(date, months));
          expect(daysBetween(date, addDays(date, days))).toBe(days);
          expect(daysBetween(TODAY, date)).toBe(viaDate.daysBetween(TODAY, date));
          expect(fromDayNumber(dayNumber(date))).toBe(date);
        },
      ),
    );
    expect(monthAfter('2026-03-31', 11)).toBe('2027-02');
  });

  it('adds days across months and years, and reads the local date of a clock', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(localDate(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
  });
});
