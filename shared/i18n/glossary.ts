/*
 * One word per idea, in both languages. The string tables (shared/i18n/*.ts, the report's
 * included) use these terms; test/unit/glossary.test.ts reads every string and fails on a
 * wording listed under `not`, and checks that the strings at `keys` say the term.
 */
import type { Language } from './index';

export interface GlossaryEntry {
  /** The term as it stands on its own (a label, a badge). */
  term: Record<Language, string>;
  /** What the term means here, so a translator picks the right one. */
  meaning: string;
  /** Wordings for this idea that must not appear, per language (whole words; compounds such as "Geltungsbereich" are other words). */
  not?: Partial<Record<Language, readonly RegExp[]>>;
  /** String-table paths (dot-separated) whose text is exactly this term. */
  keys?: readonly string[];
}

export const glossary = {
  assessment: { term: { en: 'Assessment', de: 'Bewertung' }, meaning: 'one questionnaire answered for one vendor service' },
  vendor: { term: { en: 'Vendor', de: 'Anbieter' }, meaning: 'the company assessed', not: { de: [/\bLieferant(en)?\b/] } },
  domain: {
    term: { en: 'Domain', de: 'Domäne' },
    meaning: 'one of the risk areas the questionnaire is divided into, each with a score and a weight',
    not: { de: [/\bBereich(e|en|s)?\b/] },
  },
  finding: {
    term: { en: 'Finding', de: 'Befund' },
    meaning: 'a weak answer, an expiring certificate or a noted issue, with severity and remediation',
    not: { de: [/\bFeststellung(en)?\b/] },
  },
  knockout: {
    term: { en: 'Knock-out criterion', de: 'K.-o.-Kriterium' },
    meaning: 'a rule that rejects whatever the score',
    not: { en: [/\bknock-?out rules?\b/i], de: [/\bK\.-o\.-Regel(n)?\b/, /\bAusschlusskriteri(um|en)\b/] },
  },
  approve: {
    term: { en: 'Approve', de: 'Freigeben' },
    meaning: 'recommendation: the vendor may be used',
    keys: ['risk.recommendation.approve', 'vendors.recommendation.approve'],
  },
  approveWithConditions: {
    term: { en: 'Approve with conditions', de: 'Unter Auflagen freigeben' },
    meaning: 'recommendation: the vendor may be used once the listed conditions are met',
    not: { en: [/\bconditional approval\b/i], de: [/\bMit Auflagen\b/] },
    keys: ['risk.recommendation.approveWithConditions', 'vendors.recommendation.approveWithConditions'],
  },
  reject: {
    term: { en: 'Reject', de: 'Ablehnen' },
    meaning: 'recommendation: the vendor must not be used',
    keys: ['risk.recommendation.reject', 'vendors.recommendation.reject'],
  },
  notApplicable: {
    term: { en: 'Not applicable', de: 'Nicht anwendbar' },
    meaning: 'the assessor answered a question as not applicable (N/A)',
    keys: ['assessment.status.na'],
  },
  doesNotApply: {
    term: { en: 'Does not apply', de: 'Entfällt' },
    meaning: 'the service profile excludes the question, so it is not asked',
    // "Trifft nicht zu" also reads as the answer "no" to a yes/no question.
    not: { de: [/\bTrifft nicht zu\b/i] },
    keys: ['assessment.status.notApplicable', 'assessment.nav.notApplicable', 'compare.answers.notApplicable'],
  },
  notRequired: {
    term: { en: 'Not required', de: 'Nicht gefordert' },
    meaning: 'a certification the service does not need (its question is N/A or does not apply)',
    keys: ['report.certStatus.notApplicable'],
  },
  currentUntil: {
    term: { en: 'Current until', de: 'Aktuell bis' },
    meaning: 'the last day a certificate or attestation report counts as current',
    keys: ['report.labels.validUntil'],
  },
  residualRisk: { term: { en: 'Residual risk', de: 'Restrisiko' }, meaning: 'inherent risk against control strength' },
  inherentRisk: { term: { en: 'Inherent risk', de: 'Inhärentes Risiko' }, meaning: 'risk from the service profile before controls' },
  evidence: { term: { en: 'Evidence', de: 'Nachweis' }, meaning: 'a file attached to an answer', not: { de: [/\bBeleg(e|en)?\b/] } },
  recommendation: { term: { en: 'Recommendation', de: 'Empfehlung' }, meaning: 'approve, approve with conditions or reject, derived or overridden' },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryConcept = keyof typeof glossary;
