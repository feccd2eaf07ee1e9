import { z } from 'zod';
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
  }[];
}

/**
 * The attachment's content: a versioned, validated snapshot of one assessment, built from its rows. The one way
 * an assessment leaves the store, for a report's attachment and for a bundle alike; fields the store keeps for
 * itself (position, summary, timestamps) are left out.
 */
export function buildAssessmentExport({ exportedAt, vendor, assessment, answers, evidence, findings }: ExportSource): AssessmentExport {
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
    findings: findings.map(({ findingId, owner, dueDate, status, manual }) => ({
      findingId,
      status,
      ...(owner ? { owner } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(manual ? { manual } : {}),
    })),
  });
}
