import { builtInQuestionnaires, refKey, type CatalogEntry, type QuestionnaireRef } from '@shared/questionnaire/catalog';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { RepositoryError } from './errors';

/** How an assessment row names its questionnaire. */
export type AssessmentQuestionnaire = { questionnaireId: string; questionnaireVersion: string };

export const refOf = (row: AssessmentQuestionnaire): QuestionnaireRef => ({ id: row.questionnaireId, version: row.questionnaireVersion });

/** Questionnaires kept beside the built-in ones (those the user imported): found by reference, and the active ones named. */
export interface QuestionnaireSource {
  find(ref: QuestionnaireRef): Promise<Questionnaire | undefined>;
  active(): Promise<QuestionnaireRef[]>;
}

/**
 * The questionnaires assessments can be answered against: the built-in ones, and those of `stored` when given.
 * Each loads once, on first use, and is then shared by every screen. An assessment of a questionnaire that is
 * not here is refused with a message that names it.
 */
export function createQuestionnaireCatalog(entries: readonly CatalogEntry[], stored?: QuestionnaireSource) {
  const loading = new Map<string, Promise<Questionnaire>>();

  async function fromStore(ref: QuestionnaireRef): Promise<Questionnaire> {
    const found = await stored?.find(ref);
    if (!found) throw new RepositoryError('invalid', 'assessment.errors.unknownQuestionnaire', { id: refKey(ref) });
    return found;
  }

  function load(ref: QuestionnaireRef): Promise<Questionnaire> {
    const key = refKey(ref);
    let pending = loading.get(key);
    if (!pending) {
      const entry = entries.find((e) => e.id === ref.id && e.version === ref.version);
      pending = entry ? entry.load() : fromStore(ref);
      loading.set(key, pending);
      // A failed load may be tried again.
      pending.catch(() => loading.delete(key));
    }
    return pending;
  }

  return {
    load,
    /** The questionnaire of an assessment row. */
    of: (row: AssessmentQuestionnaire) => load(refOf(row)),
    /** Every questionnaire a new assessment can use: the built-in ones, then the active imported ones. */
    list: async (): Promise<Questionnaire[]> => Promise.all([...entries, ...((await stored?.active()) ?? [])].map(load)),
  };
}

export type QuestionnaireCatalog = ReturnType<typeof createQuestionnaireCatalog>;

/** The built-in questionnaires, shared by the whole app. */
export const builtInCatalog: QuestionnaireCatalog = createQuestionnaireCatalog(builtInQuestionnaires);
