import type { FindingStatus, ManualFinding } from '../domain/assessment';
import { severities, type Severity } from '../questionnaire/schema';
import { compareQuestionNumbers } from './findings';
import type { FindingTrackingRow } from './open-findings';
import type { Finding, QuestionResult } from './types';

/** What listing and counting read of a scored finding. */
export type ScoredFinding = Pick<Finding, 'id' | 'severity'>;

/** One entry of an assessment's findings: a scored finding or one the assessor added. */
export type ListedFinding<T extends FindingTrackingRow = FindingTrackingRow, F extends ScoredFinding = Finding> =
  | { source: 'scored'; findingId: string; severity: Severity; finding: F; tracking: T | undefined }
  | { source: 'manual'; findingId: string; severity: Severity; manual: ManualFinding; tracking: T };

/**
 * Every finding of an assessment, as the Findings page lists it and every count
 * counts it: the scored findings in the engine's order, then the assessor's own.
 */
export function assessmentFindings<T extends FindingTrackingRow, F extends ScoredFinding = Finding>(
  scored: readonly F[],
  tracking: readonly T[],
): ListedFinding<T, F>[] {
  const byId = new Map(tracking.map((t) => [t.findingId, t]));
  return [
    ...scored.map((finding): ListedFinding<T, F> => ({
      source: 'scored',
      findingId: finding.id,
      severity: finding.severity,
      finding,
      tracking: byId.get(finding.id),
    })),
    ...tracking.flatMap((t): ListedFinding<T, F>[] =>
      t.manual ? [{ source: 'manual', findingId: t.findingId, severity: t.manual.severity, manual: t.manual, tracking: t }] : [],
    ),
  ];
}

/** Resolved and accepted findings are closed; open and in-progress ones still need work. */
export function isOpenStatus(status: FindingStatus): boolean {
  return status === 'open' || status === 'inProgress';
}

/** Whether an accepted risk's acceptance has run out by `asOf` (YYYY-MM-DD): its last day is before that day. */
export function acceptanceExpired(tracking: Pick<FindingTrackingRow, 'status' | 'acceptance'> | undefined, asOf: string | undefined): boolean {
  return tracking?.status === 'accepted' && asOf !== undefined && tracking.acceptance !== undefined && tracking.acceptance.until < asOf;
}

/** Where a finding stands on `asOf`: as tracked, except that an acceptance that has run out leaves it open again. */
export function effectiveStatus(tracking: Pick<FindingTrackingRow, 'status' | 'acceptance'> | undefined, asOf?: string): FindingStatus {
  return acceptanceExpired(tracking, asOf) ? 'open' : (tracking?.status ?? 'open');
}

/** A finding without a tracking row is open; so is one whose acceptance ran out before `asOf`. */
export function isOpenFinding(entry: ListedFinding<FindingTrackingRow, ScoredFinding>, asOf?: string): boolean {
  return isOpenStatus(effectiveStatus(entry.tracking, asOf));
}

/** Top risks and conditions leave out what is resolved; an accepted risk is still carried. */
const isUnresolved = (entry: ListedFinding) => entry.tracking?.status !== 'resolved';

const severityRank = (s: Severity) => severities.indexOf(s);

/**
 * The findings by risk: most severe first; within a severity the assessor's own
 * findings first (they were raised on purpose and have no question to weigh), then
 * the points at stake, question weight × (1 − score), largest first.
 */
export function rankByRisk<T extends FindingTrackingRow>(entries: readonly ListedFinding<T>[], questions: readonly QuestionResult[]): ListedFinding<T>[] {
  const weights = new Map(questions.map((q) => [q.id, q.weight]));
  const loss = (e: ListedFinding<T>) => (e.source === 'manual' ? Number.POSITIVE_INFINITY : (weights.get(e.finding.questionId) ?? 0) * (1 - e.finding.score));
  // Array sort is stable: entries that tie keep the order they came in.
  return [...entries].sort((a, b) => {
    const bySeverity = severityRank(b.severity) - severityRank(a.severity);
    if (bySeverity !== 0) return bySeverity;
    const la = loss(a);
    const lb = loss(b);
    if (la !== lb) return la > lb ? -1 : 1;
    return a.source === 'scored' && b.source === 'scored' ? compareQuestionNumbers(a.finding.number, b.finding.number) : 0;
  });
}

/** The risks page 1 leads with: unresolved findings, assessor's own included, ranked by rankByRisk. */
export function topRisks<T extends FindingTrackingRow>(
  entries: readonly ListedFinding<T>[],
  questions: readonly QuestionResult[],
  count = 5,
): ListedFinding<T>[] {
  return rankByRisk(entries.filter(isUnresolved), questions).slice(0, count);
}

/** Severities that make a condition of "approve with conditions". */
const CONDITION_SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium'];

/**
 * The conditions of an approval with conditions: the open findings (open or in
 * progress) of medium severity or above, ranked by rankByRisk.
 */
export function approvalConditions<T extends FindingTrackingRow>(
  entries: readonly ListedFinding<T>[],
  questions: readonly QuestionResult[],
): ListedFinding<T>[] {
  return rankByRisk(
    entries.filter((e) => isOpenFinding(e) && CONDITION_SEVERITIES.includes(e.severity)),
    questions,
  );
}

/**
 * The risks accepted and still in force on `asOf` (every one without it), soonest to run out first: what lists show
 * as "accepted until …".
 */
export function acceptedInForce<T extends FindingTrackingRow>(
  scored: readonly ScoredFinding[],
  tracking: readonly T[],
  asOf?: string,
): { findingId: string; severity: Severity; until: string }[] {
  return assessmentFindings(scored, tracking)
    .flatMap((entry) => {
      const acceptance = entry.tracking?.status === 'accepted' ? entry.tracking.acceptance : undefined;
      return acceptance && !acceptanceExpired(entry.tracking, asOf) ? [{ findingId: entry.findingId, severity: entry.severity, until: acceptance.until }] : [];
    })
    .sort((a, b) => a.until.localeCompare(b.until));
}
