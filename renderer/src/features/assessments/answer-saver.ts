import { parseDateInput } from '@shared/i18n/date-entry';
import { failureKind, failureMessage } from '../../ui/failure-message';
import { isMessageKey } from '@shared/i18n/keys';
import { answerSchema } from '@shared/questionnaire/answers';
import type { Question } from '@shared/questionnaire/schema';
import { createAutosaver, type Autosaver } from '../../app/autosave';
import { RepositoryError, type Store } from '../../db';
import type { AnswerDraft } from '../../db/database';
import type { Translate } from '../../ui/use-t';
import { answerFromForm, type AnswerFormValues } from './answer-model';

/** Autosave waits this long after the last change, well inside the 500 ms promise. */
export const AUTOSAVE_DELAY_MS = 250;

/** One question's form as it stood when it changed: the question travels with its values. */
export interface AnswerSnapshot {
  question: Question;
  values: AnswerFormValues;
}

export type AnswerSaver = Autosaver<AnswerSnapshot> & {
  /** The stored row's version a question's form starts from, when it starts from that row and not from this session's values. */
  startFrom(questionId: string, version: number): void;
};

/** A form field with a problem, and the message for it in the user's language. */
export interface AnswerIssue {
  field: 'root' | 'choice' | 'choices' | 'number' | 'date' | 'text' | `cert.${string}`;
  message: string;
}

/** Form fields that hold a typed date. */
const DATE_FIELDS = new Set(['date', 'issueDate', 'validUntil', 'periodStart', 'periodEnd', 'bridgeLetterUntil']);

/** The form field that holds the value of an answer type. */
function valueField(question: Question): Exclude<AnswerIssue['field'], `cert.${string}`> {
  switch (question.answer.type) {
    case 'yesNo':
    case 'choice':
      return 'choice';
    case 'multiChoice':
      return 'choices';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'text':
      return 'text';
    case 'certification':
      return 'root';
  }
}

/** Why the form does not make a valid answer yet, field by field; empty when it does (or holds nothing). */
export function answerIssues(question: Question, values: AnswerFormValues, t: Translate): AnswerIssue[] {
  const answer = answerFromForm(question, values);
  if (!answer) return [];
  const parsed = answerSchema(question).safeParse(answer);
  if (parsed.success) return [];
  const spec = question.answer;
  const issues: AnswerIssue[] = [];
  for (const issue of parsed.error.issues) {
    const [, key] = issue.path;
    const field: AnswerIssue['field'] = spec.type === 'certification' && typeof key === 'string' ? `cert.${key}` : valueField(question);
    if (issues.some((known) => known.field === field)) continue;
    const typed =
      spec.type === 'date'
        ? values.date
        : spec.type === 'certification' && typeof key === 'string'
          ? values.cert[key as keyof AnswerFormValues['cert']]
          : undefined;
    let message: string;
    if (typeof typed === 'string' && DATE_FIELDS.has(spec.type === 'date' ? 'date' : String(key)) && parseDateInput(typed, 'en') === 'invalid')
      message = t('dateField.invalid');
    else if (issue.message.startsWith('questionnaire.') && isMessageKey(issue.message)) message = t(issue.message);
    else if (spec.type === 'number' && !Number.isFinite(Number(values.number.replace(',', '.')))) message = t('assessment.answer.notANumber');
    else if (spec.type === 'number') message = t('assessment.answer.outOfRange', { min: spec.min ?? '−∞', max: spec.max ?? '∞' });
    else message = t('assessment.answer.invalid');
    issues.push({ field, message });
  }
  return issues;
}

/** The fields of the form that hold what was typed for this answer type. */
export function draftOf(question: Question, values: AnswerFormValues): AnswerDraft {
  const field = valueField(question);
  if (field === 'root') return { cert: { ...values.cert } };
  return { [field]: values[field] };
}

/** The form values a stored draft stands for, on top of an empty form. */
export function withDraft(values: AnswerFormValues, draft: AnswerDraft): AnswerFormValues {
  const merged = { ...values } as Record<string, unknown>;
  for (const [key, value] of Object.entries(draft)) {
    const base = merged[key];
    if (base === undefined) continue;
    merged[key] = typeof base === 'object' && !Array.isArray(base) && typeof value === 'object' && !Array.isArray(value) ? { ...base, ...value } : value;
  }
  return merged as unknown as AnswerFormValues;
}

/**
 * The one save path of an assessment's answers: a valid answer is stored as such,
 * anything else that was typed is kept as a draft, never dropped.
 */
export function createAnswerSaver(store: Store, assessmentId: string, t: () => Translate): AnswerSaver {
  // The row version each question's form stands on: where it started, then what its own last write made.
  const versions = new Map<string, number>();
  const saver = createAutosaver<AnswerSnapshot>({
    delayMs: AUTOSAVE_DELAY_MS,
    async write(questionId, { question, values }) {
      const answer = answerFromForm(question, values);
      const basis = versions.get(questionId);
      if (answer && !answerSchema(question).safeParse(answer).success) {
        versions.set(questionId, await store.assessments.saveDraft(assessmentId, questionId, draftOf(question, values), values.note, basis));
        return 'draft';
      }
      versions.set(questionId, await store.assessments.saveAnswer(assessmentId, questionId, answer, values.note, basis));
      return 'saved';
    },
    describeError: (error) =>
      error instanceof RepositoryError || failureKind(error) === 'storageFull' ? failureMessage(t(), error) : t()('assessment.save.failed'),
    // An answer that did not fit stays in memory and is written once there is room.
    retryable: (error) => failureKind(error) === 'storageFull',
  });
  return {
    ...saver,
    startFrom(questionId, version) {
      versions.set(questionId, version);
    },
  };
}
