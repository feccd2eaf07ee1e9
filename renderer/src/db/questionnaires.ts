import { builtInQuestionnaires, refKey, type CatalogEntry, type QuestionnaireRef } from '@shared/questionnaire/catalog';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { RepositoryError } from './errors';

/** How an assessment row names its questionnaire. */
export type AssessmentQuestionnaire = { questionnaireId: string; questionnaireVersion: string };

export const refOf = (row: AssessmentQuestionnaire): QuestionnaireRef => ({ id: row.questionnaireId, version: row.questionnaireVersion });

/**
 * The questionnaires assessments can be answered against: each loads once, on first use, and is then
 * shared by every screen. An assessment of a questionnaire this version of Assay does not have is refused
 * with a message that names it.
 */
export function createQuestionnaireCatalog(entries: readonly CatalogEntry[]) {
  const loading = new Map<string, Promise<Questionnaire>>();

  function load(ref: QuestionnaireRef): Promise<Questionnaire> {
    const key = refKey(ref);
    let pending = loading.get(key);
    if (!pending) {
      const entry = entries.find((e) => e.id === ref.id && e.version === ref.version);
      if (!entry) return Promise.reject(new RepositoryError('invalid', 'assessment.errors.unknownQuestionnaire', { id: key }));
      pending = entry.load();
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
    /** Every questionnaire a new assessment can use, newest last. */
    list: (): Promise<Questionnaire[]> => Promise.all(entries.map(load)),
  };
}

export type QuestionnaireCatalog = ReturnType<typeof createQuestionnaireCatalog>;

/** The built-in questionnaires, shared by the whole app. */
export const builtInCatalog: QuestionnaireCatalog = createQuestionnaireCatalog(builtInQuestionnaires);
