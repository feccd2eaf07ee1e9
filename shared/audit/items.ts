import type { AuditItems } from './chain';

/**
 * The state an assessment's history records, as items under stable keys: what entries set and what the stored rows
 * are checked against. Fields the store keeps for itself (timestamps, position, figures lists fill in later) are not
 * items, so they may change without breaking the history.
 */

export interface AuditedAssessment {
  vendorId: string;
  serviceName: string;
  assessor: string;
  assessmentDate: string;
  profile: unknown;
  questionnaireId: string;
  questionnaireVersion: string;
  status: 'draft' | 'final';
  revision: number;
  previousId?: string;
  domainWeights: Readonly<Record<string, number>>;
  override?: unknown;
  summary?: {
    score: number | null;
    conservativeScore: number;
    inherentTier: unknown;
    residualRisk: unknown;
    recommendation: unknown;
    knockouts: number;
  };
  finalisedAt?: string;
  received?: unknown;
}

export interface AuditedAnswer {
  questionId: string;
  answer: unknown;
  note?: string;
  draft?: unknown;
  source?: unknown;
}

export interface AuditedEvidence {
  id: string;
  questionId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface AuditedFinding {
  findingId: string;
  status: string;
  owner?: string;
  dueDate?: string;
  manual?: unknown;
  acceptance?: unknown;
}

export const answerKey = (questionId: string) => `answer/${questionId}`;
export const evidenceKey = (id: string) => `evidence/${id}`;
export const findingKey = (findingId: string) => `finding/${findingId}`;

/** The figures a finalised assessment was finalised with; those the portfolio adds later are left out. */
export function summaryCore(summary: NonNullable<AuditedAssessment['summary']>) {
  const { score, conservativeScore, inherentTier, residualRisk, recommendation, knockouts } = summary;
  return { score, conservativeScore, inherentTier, residualRisk, recommendation, knockouts };
}

/** The assessment row's own items: its intake and lineage, its weights, and once finalised, what it was finalised with. */
export function assessmentItems(row: AuditedAssessment): AuditItems {
  const { vendorId, serviceName, assessor, assessmentDate, profile, questionnaireId, questionnaireVersion, revision, previousId } = row;
  return {
    setup: { vendorId, serviceName, assessor, assessmentDate, profile, questionnaireId, questionnaireVersion, revision, previousId },
    weights: row.domainWeights,
    final:
      row.status === 'final' ? { finalisedAt: row.finalisedAt, override: row.override, summary: row.summary ? summaryCore(row.summary) : undefined } : null,
    received: row.received ?? null,
  };
}

export const answerItem = ({ answer, note, draft, source }: AuditedAnswer) => ({ answer, note, draft, source });
export const evidenceItem = ({ questionId, fileName, mediaType, size, sha256 }: AuditedEvidence) => ({ questionId, fileName, mediaType, size, sha256 });
export const findingItem = ({ status, owner, dueDate, manual, acceptance }: AuditedFinding) => ({ status, owner, dueDate, manual, acceptance });

/** Every item of an assessment as its rows stand; absent items are left out. */
export function stateItems(
  assessment: AuditedAssessment,
  answers: readonly AuditedAnswer[],
  evidence: readonly AuditedEvidence[],
  findings: readonly AuditedFinding[],
): AuditItems {
  const items: AuditItems = {};
  for (const [key, value] of Object.entries(assessmentItems(assessment))) if (value !== null) items[key] = value;
  for (const row of answers) items[answerKey(row.questionId)] = answerItem(row);
  for (const row of evidence) items[evidenceKey(row.id)] = evidenceItem(row);
  for (const row of findings) items[findingKey(row.findingId)] = findingItem(row);
  return items;
}
