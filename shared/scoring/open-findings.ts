import type { FindingStatus, ManualFinding } from '../domain/assessment';
import type { Severity } from '../questionnaire/schema';

export type FindingCounts = Record<Severity, number>;

/** How a finding is tracked; a scored finding without a row is open. */
export interface FindingTrackingRow {
  findingId: string;
  status: FindingStatus;
  manual?: ManualFinding;
}

/** Resolved and accepted findings are closed; open and in-progress ones still need work. */
export function isOpenStatus(status: FindingStatus): boolean {
  return status === 'open' || status === 'inProgress';
}

/**
 * Open findings by severity: the scored findings not closed by their tracking row,
 * plus the assessor's own findings that are still open.
 */
export function openFindingCounts(scored: readonly { id: string; severity: Severity }[], tracking: readonly FindingTrackingRow[]): FindingCounts {
  const counts: FindingCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  const status = new Map(tracking.map((t) => [t.findingId, t.status]));
  for (const finding of scored) if (isOpenStatus(status.get(finding.id) ?? 'open')) counts[finding.severity] += 1;
  for (const row of tracking) if (row.manual && isOpenStatus(row.status)) counts[row.manual.severity] += 1;
  return counts;
}
