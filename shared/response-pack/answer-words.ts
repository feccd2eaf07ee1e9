import { messages, supportedLanguages, type Language } from '../i18n';
import type { Question } from '../questionnaire/schema';

/**
 * The words a vendor may put in an answer cell, and what each means. The pack offers the labels in its own
 * language; reading accepts either language's labels and the ids, without case or surrounding spaces, so a
 * vendor who types "partly" or "Teilweise" is understood.
 */

export const NOT_APPLICABLE = 'na';

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The labels a list answer offers in `language`, in order, by value: an option id, yes/partial/no, a certification's
 * yes/inProgress/no (whether it is held), or 'na'.
 */
export function offeredChoices(question: Question, language: Language): { value: string; label: string }[] {
  const spec = question.answer;
  const words = messages[language].assessment.answer;
  const base =
    spec.type === 'yesNo'
      ? (['yes', 'partial', 'no'] as const).map((value) => ({ value, label: words[value] }))
      : spec.type === 'choice' || spec.type === 'multiChoice'
        ? spec.options.map((option) => ({ value: option.id, label: option.label[language] }))
        : spec.type === 'certification'
          ? (['yes', 'inProgress', 'no'] as const).map((value) => ({ value, label: messages[language].responsePacks.workbook.heldValues[value] }))
          : [];
  return question.allowNotApplicable && spec.type !== 'multiChoice' ? [...base, { value: NOT_APPLICABLE, label: words.na }] : base;
}

const lookups = new WeakMap<Question, Map<string, string>>();

/** Every word that names a value of a list answer, in both languages, folded; built once per question. */
export function choiceLookup(question: Question): Map<string, string> {
  const known = lookups.get(question);
  if (known) return known;
  const lookup = new Map<string, string>();
  lookups.set(question, lookup);
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

/** The answers a question offers, in `language`, as a problem lists them. */
export const allowedWords = (question: Question, language: Language): string =>
  offeredChoices(question, language)
    .map((c) => c.label)
    .join(', ');
