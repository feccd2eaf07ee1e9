import type { Question, Questionnaire } from './schema';

const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();

/** Every question of a questionnaire by its id, built once per questionnaire. */
export function questionsById(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new Map(questionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))));
    indexes.set(questionnaire, index);
  }
  return index;
}
