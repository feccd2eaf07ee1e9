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

export { parseAttachment, type ParsedAttachment } from '@shared/report/assessment-export';
