import { assessmentExportSchema, ASSESSMENT_EXPORT_FORMAT, type AssessmentExport } from '@shared/report/assessment-export';
import type { SignatureReport, Verdict, VerificationReport } from '@shared/verify/report';

export type Tone = 'success' | 'danger' | 'neutral';

export function toneOf(verdict: Verdict): Tone {
  return verdict === 'valid' ? 'success' : verdict === 'unsigned' ? 'neutral' : 'danger';
}

/** The signature that covers the most of the file: the one whose signer vouches for what is imported. */
export function lastSignature(report: Pick<VerificationReport, 'signatures'>): SignatureReport | undefined {
  return report.signatures.filter((signature) => signature.status !== 'malformed').at(-1);
}

/**
 * The problem that explains the verdict in its headline: the file's own for an
 * unreadable one, else that of the first broken signature, else of the first (oldest first) that has one.
 * `position` is 1-based among the signatures, for saying which one it is.
 */
export function headlineProblem(report: VerificationReport): { code: NonNullable<VerificationReport['problem']>; position?: number } | undefined {
  if (report.problem) return { code: report.problem };
  // A broken signature explains the verdict before a change after a valid one does.
  const broken = report.signatures.findIndex((signature) => signature.status !== 'valid' && signature.problem !== undefined);
  const index = broken >= 0 ? broken : report.signatures.findIndex((signature) => signature.problem !== undefined);
  if (index < 0) return undefined;
  return { code: report.signatures[index]!.problem!, position: index + 1 };
}

const KNOWN_SCHEMA_VERSION = assessmentExportSchema.shape.schemaVersion.value;

export type ParsedAttachment = { ok: true; data: AssessmentExport } | { ok: false; reason: 'newer' | 'foreign' };

/** The embedded JSON as an Assay assessment export; else whether it is one from a newer Assay or something else. */
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
