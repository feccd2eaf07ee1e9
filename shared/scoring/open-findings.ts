import type { FindingStatus, ManualFinding, RiskAcceptance } from '../domain/assessment';
import type { Severity } from '../questionnaire/schema';
import { assessmentFindings, isOpenFinding } from './finding-list';

export type FindingCounts = Record<Severity, number>;

/** How a finding is tracked; a scored finding without a row is open. */
export interface FindingTrackingRow {
  findingId: string;
  status: FindingStatus;
  manual?: ManualFinding;
  acceptance?: RiskAcceptance;
}

/**
 * Open findings by severity: of the findings the Findings page lists
 * (assessmentFindings), the scored ones not closed by their tracking row and the
 * assessor's own that are still open. An accepted risk is not open until its acceptance runs out.
 */
export function openFindingCounts(
  scored: readonly { id: string; severity: Severity }[],
  tracking: readonly FindingTrackingRow[],
  /** The day counted (YYYY-MM-DD): an acceptance that ran out before it counts as open again. */
  asOf?: string,
): FindingCounts {
  const counts: FindingCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const entry of assessmentFindings(scored, tracking)) if (isOpenFinding(entry, asOf)) counts[entry.severity] += 1;
  return counts;
}
