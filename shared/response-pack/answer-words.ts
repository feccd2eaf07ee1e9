import { messages, supportedLanguages, type Language } from '../i18n';
import type { Question } from '../questionnaire/schema';

/**
 * The words a vendor may put in an answer cell, and what each means. The pack offers the labels in its own
 * language; reading accepts either language's labels and the ids, without case or surrounding spaces, so a
 * vendor who types "partly" or "Teilweise" is understood.
 */

export const NOT_APPLICABLE = 'na';

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The labels a list answer offers in `language`, in order, by value (an option id, yes/partial/no, or 'na'). */
export function offeredChoices(question: Question, language: Language): { value: string; label: string }[] {
  const spec = question.answer;
  const words = messages[language].assessment.answer;
  const base =
    spec.type === 'yesNo'
      ? (['yes', 'partial', 'no'] as const).map((value) => ({ value, label: words[value] }))
      : spec.type === 'choice' || spec.type === 'multiChoice'
        ? spec.options.map((option) => ({ value: option.id, label: option.label[language] }))
        : [];
  return question.allowNotApplicable && spec.type !== 'multiChoice' ? [...base, { value: NOT_APPLICABLE, label: words.na }] : base;
}

/** Every word that names a value of a list answer, in both languages, folded. */
export function choiceLookup(question: Question): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const language of supportedLanguages) {
    for (const { value, label } of offeredChoices(question, language)) {
      lookup.set(fold(label), value);
      lookup.set(fold(value), value);
    }
  }
  return lookup;
}

/** The value a cell names, if any. */
export const choiceIn = (lookup: ReadonlyMap<string, string>, text: string): string | undefined => lookup.get(fold(text));

/** The held values of a certification row, in both languages. */
export function heldLookup(): Map<string, 'yes' | 'inProgress' | 'no'> {
  const lookup = new Map<string, 'yes' | 'inProgress' | 'no'>();
  for (const language of supportedLanguages) {
    const held = messages[language].responsePacks.workbook.heldValues;
    for (const value of ['yes', 'inProgress', 'no'] as const) {
      lookup.set(fold(held[value]), value);
      lookup.set(fold(value), value);
    }
  }
  return lookup;
}

export const foldWord = fold;
