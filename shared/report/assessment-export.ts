import { z } from 'zod';
import { canonicalJson } from '../bundle/canonical';
import { entryHash, sha256Text } from '../audit/chain';
import { exportHistorySchema, type ExportHistory } from '../audit/schema';
import { assessmentSetupSchema, findingTrackingSchema, manualFindingSchema } from '../domain/assessment';
import { answerSourceSchema } from '../response-pack/source';
import type { AnswerSource } from '../response-pack/source';

/**
 * The machine-readable assessment a report carries as its attachment, so the
 * PDF can be verified and re-imported. Evidence travels as its index (name,
 * size, SHA-256), not as content.
 */
export const ASSESSMENT_EXPORT_FORMAT = 'assay-assessment';

export const assessmentExportSchema = z.object({
  format: z.literal(ASSESSMENT_EXPORT_FORMAT),
  schemaVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  vendor: z.object({ name: z.string().trim().min(1).max(120), website: z.string().max(500).optional(), services: z.array(z.string().max(200)).max(200) }),
  assessment: assessmentSetupSchema.extend({
    id: z.string().max(100),
    questionnaireId: z.string().max(100),
    questionnaireVersion: z.string().max(20),
    status: z.enum(['draft', 'final']),
    revision: z.number().int().min(1),
    domainWeights: z.record(z.string(), z.number().min(0).max(10)),
    override: z
      .object({
        recommendation: z.enum(['approve', 'approveWithConditions', 'reject']),
        reason: z.string().max(2000),
        by: z.string().max(120),
        at: z.string().max(40),
      })
      .optional(),
    finalisedAt: z.string().max(40).optional(),
  }),
  answers: z
    .array(
      z.object({
        questionId: z.string().max(100),
        answer: z.unknown().nullable(),
        note: z.string().max(10_000).optional(),
        /** Where the answer came from when the vendor gave it. */
        source: answerSourceSchema.optional(),
      }),
    )
    .max(5_000),
  evidence: z
    .array(
      z.object({
        questionId: z.string().max(100),
        fileName: z.string().max(260),
        mediaType: z.string().max(200),
        size: z.number().int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(5_000),
  findings: z.array(findingTrackingSchema.extend({ findingId: z.string().max(100), manual: manualFindingSchema.optional() })).max(5_000),
  /** A finalised assessment's history: its length and last entry, which seals the content above (see `historyOf`). */
  history: exportHistorySchema.optional(),
});
export type AssessmentExport = z.infer<typeof assessmentExportSchema>;

/** An assessment as the store keeps it: its row, its vendor, and its answer, evidence and finding rows. */
export interface ExportSource {
  exportedAt: string;
  vendor: { name: string; website?: string; services: readonly string[] } | undefined;
  assessment: Omit<AssessmentExport['assessment'], 'override'> & { override?: AssessmentExport['assessment']['override'] };
  answers: readonly { questionId: string; answer: unknown; note?: string; source?: AnswerSource }[];
  evidence: readonly { questionId: string; fileName: string; mediaType: string; size: number; sha256: string }[];
  findings: readonly {
    findingId: string;
    status: AssessmentExport['findings'][number]['status'];
    owner?: string;
    dueDate?: string;
    manual?: AssessmentExport['findings'][number]['manual'];
    acceptance?: AssessmentExport['findings'][number]['acceptance'];
  }[];
  history?: ExportHistory;
}

/** A finding as an export carries it, and as a store receives it back: its tracking, without empty fields. */
export function findingFields({
  findingId,
  owner,
  dueDate,
  status,
  manual,
  acceptance,
}: ExportSource['findings'][number]): AssessmentExport['findings'][number] {
  return {
    findingId,
    status,
    ...(owner ? { owner } : {}),
    ...(dueDate ? { dueDate } : {}),
    ...(manual ? { manual } : {}),
    ...(acceptance ? { acceptance } : {}),
  };
}

/**
 * The attachment's content: a versioned, validated snapshot of one assessment, built from its rows. The one way
 * an assessment leaves the store, for a report's attachment and for a bundle alike; fields the store keeps for
 * itself (position, summary, timestamps) are left out.
 */
export function buildAssessmentExport({ exportedAt, vendor, assessment, answers, evidence, findings, history }: ExportSource): AssessmentExport {
  return assessmentExportSchema.parse({
    format: ASSESSMENT_EXPORT_FORMAT,
    schemaVersion: 1,
    exportedAt,
    vendor: { name: vendor?.name ?? '—', ...(vendor?.website ? { website: vendor.website } : {}), services: [...(vendor?.services ?? [])] },
    assessment: {
      id: assessment.id,
      serviceName: assessment.serviceName,
      assessor: assessment.assessor,
      assessmentDate: assessment.assessmentDate,
      profile: assessment.profile,
      questionnaireId: assessment.questionnaireId,
      questionnaireVersion: assessment.questionnaireVersion,
      status: assessment.status,
      revision: assessment.revision,
      domainWeights: assessment.domainWeights,
      ...(assessment.override ? { override: assessment.override } : {}),
      ...(assessment.finalisedAt ? { finalisedAt: assessment.finalisedAt } : {}),
    },
    answers: answers.map((row) => ({
      questionId: row.questionId,
      answer: row.answer,
      ...(row.note ? { note: row.note } : {}),
      ...(row.source ? { source: row.source } : {}),
    })),
    evidence: evidence.map(({ questionId, fileName, mediaType, size, sha256 }) => ({ questionId, fileName, mediaType, size, sha256 })),
    findings: findings.map(findingFields),
    ...(history ? { history } : {}),
  });
}

/**
 * An assessment's content as the text it is known by: what it says, not when or by whom it was sent. Received
 * assessments are known by its digest, and a finalised assessment's history records it.
 */
export function contentText(content: AssessmentExport): string {
  const { assessment, answers, evidence, findings } = content;
  const by =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return canonicalJson({
    assessment,
    answers: [...answers].sort(by((a) => a.questionId)),
    evidence: [...evidence].sort(by((e) => `${e.sha256}/${e.questionId}/${e.fileName}`)),
    findings: [...findings].sort(by((f) => f.findingId)),
  });
}

/**
 * Whether the history a report states seals the assessment it carries: its last entry is intact, is the head and
 * the last of the count stated, was made at finalising this assessment, and names the digest of exactly this content.
 * `none` when the report states no history.
 */
export function historyOf(data: AssessmentExport): 'holds' | 'altered' | 'none' {
  const history = data.history;
  if (!history) return 'none';
  const { last } = history;
  const holds =
    entryHash(last.previous, last) === last.hash &&
    last.hash === history.head &&
    last.seq === history.entries &&
    last.kind === 'finalised' &&
    last.assessmentId === data.assessment.id &&
    data.assessment.status === 'final' &&
    last.detail?.content === sha256Text(contentText(data));
  return holds ? 'holds' : 'altered';
}

const KNOWN_SCHEMA_VERSION = assessmentExportSchema.shape.schemaVersion.value;

export type ParsedAttachment = { ok: true; data: AssessmentExport } | { ok: false; reason: 'newer' | 'foreign' };

/** A report's embedded JSON as an Assay assessment export; else whether it is one from a newer Assay or something else. */
export function parseAttachment(json: string): ParsedAttachment {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'foreign' };
  }
  const parsed = assessmentExportSchema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const head = typeof value === 'object' && value !== null ? (value as { format?: unknown; schemaVersion?: unknown }) : {};
  const newer = head.format === ASSESSMENT_EXPORT_FORMAT && typeof head.schemaVersion === 'number' && head.schemaVersion > KNOWN_SCHEMA_VERSION;
  return { ok: false, reason: newer ? 'newer' : 'foreign' };
}
