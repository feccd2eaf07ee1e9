import { brokenDateRules, isoDateSchema, type CertificationRecord } from '@shared/questionnaire/answers';
import type { AnswerSpec } from '@shared/questionnaire/schema';
import { currentUntil } from '@shared/scoring/current-until';
import { typedDate, type AnswerFormValues } from './answer-model';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;
type DateField = 'issueDate' | 'validUntil' | 'periodStart' | 'periodEnd' | 'bridgeLetterUntil';

/** The dates per kind, in the order they appear on the document. */
export const CERTIFICATION_DATE_FIELDS: Readonly<Record<CertificationSpec['kind'], readonly DateField[]>> = {
  certificate: ['issueDate', 'validUntil'],
  report: ['periodStart', 'periodEnd', 'issueDate', 'bridgeLetterUntil'],
};

/**
 * The day the typed record counts as current until, read by the schema's own date rules: none while
 * a rule fails at the date the rule of currency starts from (the expiry, or the end of the period), and
 * without the bridge letter while it fails there. Text that is not yet a date counts as not given.
 */
export function typedCurrentUntil(spec: CertificationSpec, typed: AnswerFormValues['cert']): string | undefined {
  if (typed.held !== 'yes') return undefined;
  const record: CertificationRecord = { held: 'yes' };
  for (const field of CERTIFICATION_DATE_FIELDS[spec.kind]) {
    const date = typedDate(typed[field]);
    if (date !== undefined && isoDateSchema.safeParse(date).success) record[field] = date;
  }
  const broken = new Set(brokenDateRules(spec.kind, record).map((rule) => rule.field));
  if (broken.has('validUntil') || broken.has('periodEnd')) return undefined;
  if (broken.has('bridgeLetterUntil')) delete record.bridgeLetterUntil;
  return currentUntil(spec, record);
}
