import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingStatuses, type FindingStatus } from '@shared/domain/assessment';
import { severities, type Severity } from '@shared/questionnaire/schema';
import { acceptanceExpired, assessmentFindings, effectiveStatus } from '@shared/scoring/finding-list';
import { openFindingCounts, type FindingCounts, type FindingTrackingRow } from '@shared/scoring/open-findings';

const severity = fc.constantFrom(...severities);
const status = fc.constantFrom(...findingStatuses);
// A few ids, so tracking rows often meet scored findings, sometimes twice, sometimes none.
const findingId = fc.constantFrom('F1', 'F2', 'F3', 'F4', 'M-1', 'M-2');

const scoredFindings = fc.uniqueArray(fc.record({ id: findingId, severity }), { selector: (f) => f.id, maxLength: 4 });
const trackingRows = fc.array(
  fc.record(
    {
      findingId,
      status,
      manual: fc.record({ title: fc.constant('Own finding'), severity, remediation: fc.constant('') }),
    },
    { requiredKeys: ['findingId', 'status'] },
  ),
  { maxLength: 6 },
);

const stillOpen: ReadonlySet<FindingStatus> = new Set(['open', 'inProgress']);
const zero = (): FindingCounts => ({ critical: 0, high: 0, medium: 0, low: 0 });

/** What the Findings page shows as open, counted by severity from its own list. */
function openOnFindingsPage(scored: readonly { id: string; severity: Severity }[], tracking: readonly FindingTrackingRow[]): FindingCounts {
  const counts = zero();
  for (const entry of assessmentFindings(scored, tracking)) if (stillOpen.has(entry.tracking?.status ?? 'open')) counts[entry.severity] += 1;
  return counts;
}

describe('open finding counts and the findings list', () => {
  it('count exactly the listed findings that are open or in progress, by severity', () => {
    fc.assert(
      fc.property(scoredFindings, trackingRows, (scored, tracking) => {
        expect(openFindingCounts(scored, tracking)).toEqual(openOnFindingsPage(scored, tracking));
      }),
    );
  });

  it('count nothing once every listed finding is resolved or accepted', () => {
    fc.assert(
      fc.property(scoredFindings, trackingRows, fc.constantFrom<FindingStatus>('resolved', 'accepted'), (scored, tracking, closed) => {
        const closedRows = assessmentFindings(scored, tracking).map((entry): FindingTrackingRow => ({
          findingId: entry.findingId,
          status: closed,
          ...(entry.source === 'manual' ? { manual: entry.manual } : {}),
        }));
        expect(openFindingCounts(scored, closedRows)).toEqual(zero());
      }),
    );
  });

  it('count a scored finding without a tracking row as open, and an own finding by its own severity', () => {
    const counts = openFindingCounts(
      [{ id: 'F1', severity: 'high' }],
      [{ findingId: 'M-1', status: 'inProgress', manual: { title: 'Own finding', severity: 'critical', remediation: '' } }],
    );
    expect(counts).toEqual({ critical: 1, high: 1, medium: 0, low: 0 });
    expect(assessmentFindings([{ id: 'F1', severity: 'high' }], []).map((entry) => entry.findingId)).toEqual(['F1']);
  });
});

describe('accepted risks over time', () => {
  const acceptance = (until: string) => ({
    justification: 'Contract clause covers it until the migration.',
    approver: 'Dana Lee',
    approverRole: 'CISO',
    control: 'Weekly export review',
    acceptedOn: '2026-12-08',
    until,
  });
  const scored = [
    { id: 'F1', severity: 'high' as const },
    { id: 'F2', severity: 'medium' as const },
  ];
  const tracking: FindingTrackingRow[] = [
    { findingId: 'F1', status: 'accepted', acceptance: acceptance('2027-03-31') },
    { findingId: 'F2', status: 'accepted', acceptance: acceptance('2026-12-31') },
  ];

  it('do not count as open up to and including their last day, and count again from the day after', () => {
    expect(openFindingCounts(scored, tracking, '2026-12-31')).toEqual({ ...zero(), high: 0, medium: 0 });
    expect(openFindingCounts(scored, tracking, '2027-01-01')).toEqual({ ...zero(), medium: 1 });
    expect(openFindingCounts(scored, tracking, '2027-04-01')).toEqual({ ...zero(), high: 1, medium: 1 });
  });

  it('say so: expired from the day after the last one, and then open again', () => {
    expect(acceptanceExpired(tracking[1], '2026-12-31')).toBe(false);
    expect(acceptanceExpired(tracking[1], '2027-01-01')).toBe(true);
    expect(effectiveStatus(tracking[1], '2027-01-01')).toBe('open');
    expect(effectiveStatus(tracking[0], '2027-01-01')).toBe('accepted');
    // Without a day to count on, a status is taken as tracked.
    expect(effectiveStatus(tracking[1])).toBe('accepted');
    expect(effectiveStatus(undefined, '2027-01-01')).toBe('open');
  });
});
