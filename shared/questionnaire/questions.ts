import { matchesProfile, type ServiceProfile } from './profile';
import type { Question, Questionnaire } from './schema';

/** Every question of a questionnaire, domain by domain and section by section. */
export const allQuestions = (questionnaire: Pick<Questionnaire, 'domains'>): Question[] =>
  questionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));

const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();

/** Every question of a questionnaire by its id, built once per questionnaire. */
export function questionsById(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new Map(allQuestions(questionnaire).map((q) => [q.id, q] as const));
    indexes.set(questionnaire, index);
  }
  return index;
}

/** The questions that apply to a service profile, in questionnaire order: what an assessment of it asks. */
export const applicableQuestions = (questionnaire: Pick<Questionnaire, 'domains'>, profile: ServiceProfile): Question[] =>
  allQuestions(questionnaire).filter((q) => matchesProfile(q.appliesWhen, profile));
