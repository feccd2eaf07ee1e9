import type { CertificationRecord } from '../questionnaire/answers';
import type { AnswerSpec } from '../questionnaire/schema';
import { addMonths } from '../calendar';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;

/** How long an attestation report counts after the end of the period it covers, unless the question says otherwise. */
export const DEFAULT_REPORT_VALIDITY_MONTHS = 12;

/**
 * How long a bridge letter extends a report: it asserts no material change up to its date,
 * and is relied on for one quarter beyond it (the usual interval between bridge letters).
 */
export const BRIDGE_LETTER_MONTHS = 3;

/**
 * The last day (YYYY-MM-DD) a held certificate or report counts as current: the one rule
 * every score, finding, report, comparison, portfolio view and export uses.
 *
 * - certificate: the expiry date printed on it (`validUntil`);
 * - report: the end of its period plus the question's `reportValidityMonths` (12 by default),
 *   or, when a bridge letter is on file, its date plus BRIDGE_LETTER_MONTHS, whichever is later.
 *
 * Months are added on the calendar, clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb).
 * Undefined when the record does not state the date the rule needs (not held, or in progress).
 */
export function currentUntil(spec: CertificationSpec, record: CertificationRecord): string | undefined {
  if (spec.kind === 'certificate') return record.validUntil;
  if (!record.periodEnd) return undefined;
  const byPeriod = addMonths(record.periodEnd, spec.reportValidityMonths ?? DEFAULT_REPORT_VALIDITY_MONTHS);
  if (!record.bridgeLetterUntil) return byPeriod;
  const byBridgeLetter = addMonths(record.bridgeLetterUntil, BRIDGE_LETTER_MONTHS);
  return byBridgeLetter > byPeriod ? byBridgeLetter : byPeriod;
}
