import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingStatuses, type FindingStatus } from '@shared/domain/assessment';
import { severities, type Severity } from '@shared/questionnaire/schema';
import { assessmentFindings } from '@shared/scoring/finding-list';
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
