import type { Answer } from '../questionnaire/answers';
import { allQuestions } from '../questionnaire/questions';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { CCM_FRAMEWORK, isCcmV4Control } from './ccm-controls';
import { CCM_REFERENCES_QUESTIONNAIRE, ccmReferencesOf } from './ccm-references';
import { agreedOwnership, agreedVerdict, type CaiqOwnership, type CaiqRowAnswer, type CaiqVerdict } from './vocabulary';

/** One CAIQ row as the vendor filled it in, its texts already cut to the limit. */
export interface CaiqQuote {
  caiqId: string;
  /** 1-based, as the spreadsheet numbers it. */
  row: number;
  answer: CaiqRowAnswer;
  ownership: CaiqOwnership;
  /** The vendor's description of how it implements the control; '' when blank. */
  implementation: string;
  /** What the vendor says the customer must do; '' when blank. */
  customerResponsibilities: string;
}

/** A row read from the sheet, with the CCM control its question belongs to. */
export interface CaiqRow extends CaiqQuote {
  control: string;
}

/** What a vendor's CAIQ suggests for one question of ours, for the assessor to accept, edit or reject. */
export interface CaiqSuggestion {
  questionId: string;
  /** The CAIQ questions it rests on, in the order of the sheet. */
  caiqIds: string[];
  answer: CaiqVerdict;
  /** An answer to fill in, only where a Yes, No or NA settles it: yes/no questions, and N/A where the question allows it. */
  suggested?: Answer;
  quotes: CaiqQuote[];
  ownership: CaiqOwnership;
}

/**
 * The CCM v4 controls a question corresponds to: those of the map for the built-in questionnaire, and any CCM v4
 * reference the question carries itself, so an imported questionnaire that names CCM controls is matched too.
 */
export function controlsOf(question: Question, questionnaire: Pick<Questionnaire, 'id'>): string[] {
  const mapped = questionnaire.id === CCM_REFERENCES_QUESTIONNAIRE ? ccmReferencesOf(question.id) : [];
  const own = question.references.filter((r) => r.framework === CCM_FRAMEWORK && isCcmV4Control(r.ref)).map((r) => r.ref);
  return [...new Set([...mapped, ...own])];
}

/** The answer a verdict fills in: a yes/no question takes yes, partial or no; NA only where N/A is allowed. */
export function suggestedAnswer(question: Question, verdict: CaiqVerdict): Answer | undefined {
  if (question.answer.type !== 'yesNo' || verdict === 'none') return undefined;
  if (verdict === 'na') return question.allowNotApplicable ? { status: 'na' } : undefined;
  return { status: 'answered', value: verdict };
}

const saysSomething = (row: CaiqQuote) => row.answer !== 'none' || row.implementation !== '' || row.customerResponsibilities !== '';

const quoteOf = ({ control: _control, ...quote }: CaiqRow): CaiqQuote => quote;

export interface CaiqMatching {
  /** By question id, in the questionnaire's order. */
  suggestions: Record<string, CaiqSuggestion>;
  /** CAIQ ids whose control corresponds to no question of the questionnaire, in the order of the sheet. */
  unmatched: string[];
}

/**
 * Matches CAIQ rows to questions through their controls. A row is unmatched when no question of the questionnaire
 * corresponds to its control, whether that question applies or not. Only the questions in `applicable` (all, when
 * it is not given) get suggestions, and only when the vendor said something in one of their rows: an answer or a text.
 */
export function matchCaiqRows(questionnaire: Questionnaire, rows: readonly CaiqRow[], applicable?: ReadonlySet<string>): CaiqMatching {
  const rowsByControl = new Map<string, CaiqRow[]>();
  for (const row of rows) {
    const same = rowsByControl.get(row.control);
    if (same) same.push(row);
    else rowsByControl.set(row.control, [row]);
  }

  const matchedControls = new Set<string>();
  const suggestions: Record<string, CaiqSuggestion> = {};
  for (const question of allQuestions(questionnaire)) {
    const controls = controlsOf(question, questionnaire);
    controls.forEach((control) => matchedControls.add(control));
    if (applicable && !applicable.has(question.id)) continue;
    const mapped = controls.flatMap((control) => rowsByControl.get(control) ?? []).sort((a, b) => a.row - b.row);
    if (!mapped.some(saysSomething)) continue;
    const answer = agreedVerdict(mapped.map((row) => row.answer));
    const suggested = suggestedAnswer(question, answer);
    suggestions[question.id] = {
      questionId: question.id,
      caiqIds: mapped.map((row) => row.caiqId),
      answer,
      ...(suggested ? { suggested } : {}),
      quotes: mapped.map(quoteOf),
      ownership: agreedOwnership(mapped.map((row) => row.ownership)),
    };
  }
  const unmatched = rows.filter((row) => !matchedControls.has(row.control)).map((row) => row.caiqId);
  return { suggestions, unmatched };
}
