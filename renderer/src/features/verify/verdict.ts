import type { VerificationDto } from '../../../../shared/ipc/contract';
import { assessmentExportSchema, type AssessmentExport } from '../../../../shared/report/assessment-export';

export type Verdict = 'valid' | 'altered' | 'invalid' | 'unsigned' | 'corrupt' | 'damaged';
export type Tone = 'success' | 'danger' | 'neutral';

export const problemCodes = ['not_a_pdf', 'byte_range', 'cms', 'signature', 'digest', 'modified_after_signing', 'no_signed_attributes', 'signer_certificate'] as const;
export type ProblemCode = (typeof problemCodes)[number];

export function isKnownProblem(code: string): code is ProblemCode {
  return (problemCodes as readonly string[]).includes(code);
}

/** What the page says about a result: valid, altered after signing, otherwise invalid, unsigned, not a PDF, or a damaged signature. */
export function verdictOf(result: Pick<VerificationDto, 'status' | 'problem'>): Verdict {
  switch (result.status) {
    case 'valid':
      return 'valid';
    case 'unsigned':
      return 'unsigned';
    case 'invalid':
      return result.problem === 'digest' || result.problem === 'modified_after_signing' ? 'altered' : 'invalid';
    case 'corrupt':
      return !result.problem || result.problem === 'not_a_pdf' ? 'corrupt' : 'damaged';
  }
}

export function toneOf(verdict: Verdict): Tone {
  return verdict === 'valid' ? 'success' : verdict === 'unsigned' ? 'neutral' : 'danger';
}

export type ParsedAttachment = { ok: true; data: AssessmentExport } | { ok: false };

/** The embedded JSON as an Assay assessment export, or not one. */
export function parseAttachment(json: string): ParsedAttachment {
  try {
    const parsed = assessmentExportSchema.safeParse(JSON.parse(json));
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}
