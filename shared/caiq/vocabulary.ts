import type { MessageKey } from '../i18n/keys';
import { headingKey } from '../spreadsheet/header-row';

/**
 * The values a CAIQ v4 workbook's cells hold, and what Assay calls them: the answer column allows Yes, No and NA;
 * the SSRM column says who operates the control. Vendors type these by hand, so spelling, case and punctuation vary.
 */

/** A row's answer, as CSA's answer column allows it. */
export const caiqAnswers = ['yes', 'no', 'na'] as const;
export type CaiqAnswer = (typeof caiqAnswers)[number];
/** A row's answer, or none: the cell was blank or held something other than Yes, No or NA. */
export type CaiqRowAnswer = CaiqAnswer | 'none';

/**
 * Who operates a control, from the SSRM column: the vendor (the CSP), vendor and customer together, the customer
 * (the CSC) alone, a company the vendor outsourced it to, or the file does not say. Shared and customer-owned are
 * kept apart because they tell the assessor different things: part of the work, or all of it, is the customer's.
 */
export const caiqOwnerships = ['csp', 'shared', 'csc', 'thirdParty', 'unknown'] as const;
export type CaiqOwnership = (typeof caiqOwnerships)[number];

/** What the CAIQ rows mapped to one question say together. */
export const caiqVerdicts = ['yes', 'partial', 'no', 'na', 'none'] as const;
export type CaiqVerdict = (typeof caiqVerdicts)[number];

const ANSWER_WORDS: Readonly<Record<string, CaiqAnswer>> = { yes: 'yes', no: 'no', na: 'na', notapplicable: 'na' };

/** An answer cell's text as an answer: 'none' when blank, undefined when it is none of Yes, No, NA (N/A, Not applicable). */
export function parseCaiqAnswer(text: string): CaiqRowAnswer | undefined {
  if (text.trim() === '') return 'none';
  const key = headingKey(text);
  return Object.hasOwn(ANSWER_WORDS, key) ? ANSWER_WORDS[key] : undefined;
}

/**
 * An SSRM cell's text as an ownership; undefined when it names none. CSA's values are "CSP-owned", "CSC-owned",
 * "3rd-party outsourced", "Shared CSP and CSC" and "Shared CSP and 3rd-party". The last one is shared between the
 * vendor and its supplier, with nothing left to the customer, so it reads as outsourced rather than shared.
 */
export function parseCaiqOwnership(text: string): CaiqOwnership | undefined {
  const key = headingKey(text);
  if (key === '' || key === 'na' || key === 'notapplicable') return 'unknown';
  const customer = key.includes('csc') || key.includes('customer');
  const outsourced = key.includes('3rd') || key.includes('third') || key.includes('outsourc');
  if (key.includes('shared')) return customer || !outsourced ? 'shared' : 'thirdParty';
  if (outsourced) return 'thirdParty';
  if (customer) return 'csc';
  if (key.includes('csp') || key.includes('provider') || key.includes('vendor')) return 'csp';
  return undefined;
}

/**
 * What several rows say together: all Yes is yes, all No is no, a mix is partial. NA rows count only when no row
 * says Yes or No, since a vendor marks the parts of a control that do not apply to its service as NA.
 */
export function agreedVerdict(answers: readonly CaiqRowAnswer[]): CaiqVerdict {
  const decided = answers.filter((answer) => answer === 'yes' || answer === 'no');
  if (decided.length > 0) {
    if (decided.every((answer) => answer === 'yes')) return 'yes';
    return decided.every((answer) => answer === 'no') ? 'no' : 'partial';
  }
  return answers.includes('na') ? 'na' : 'none';
}

/**
 * Who operates what several rows cover. Rows that do not say are left out. Where they differ and the customer has
 * any part, the whole is shared, so the assessor still sees there is work on the customer's side; where only the
 * vendor and its suppliers appear, part of it is outsourced.
 */
export function agreedOwnership(ownerships: readonly CaiqOwnership[]): CaiqOwnership {
  const stated = new Set(ownerships.filter((ownership) => ownership !== 'unknown'));
  if (stated.size === 0) return 'unknown';
  if (stated.size === 1) return [...stated][0]!;
  return stated.has('csc') || stated.has('shared') ? 'shared' : 'thirdParty';
}

/** The label of a row's answer, of a verdict and of an ownership; a value without its string fails the type check. */
export const caiqAnswerKey = (answer: CaiqRowAnswer): MessageKey => `caiq.answers.${answer}`;
export const caiqVerdictKey = (verdict: CaiqVerdict): MessageKey => `caiq.verdicts.${verdict}`;
export const caiqOwnershipKey = (ownership: CaiqOwnership): MessageKey => `caiq.ownership.${ownership}`;
