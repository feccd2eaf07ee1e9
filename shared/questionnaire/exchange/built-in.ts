import type { Questionnaire } from '../schema';
import { questionnaireFileText } from './write';

/** How a questionnaire being imported stands to the one already here under its id and version, if any. */
export type ImportStatus = 'new' | 'same' | 'conflict';

/**
 * `same` when the questionnaire already here has the same content (importing it changes nothing), `conflict`
 * when it has other content (an assessment names only id and version, so the two could not be told apart),
 * `new` when there is none. Content is compared as the exported file, which does not depend on key order.
 */
export function importStatus(questionnaire: Questionnaire, here: Questionnaire | undefined): ImportStatus {
  if (!here) return 'new';
  return questionnaireFileText(here) === questionnaireFileText(questionnaire) ? 'same' : 'conflict';
}

/** How an imported questionnaire stands to the ones that ship with Assay. */
export type BuiltInMatch = 'new' | 'builtIn' | 'conflict';

export function builtInMatch(questionnaire: Questionnaire, builtIns: readonly Questionnaire[]): BuiltInMatch {
  const status = importStatus(
    questionnaire,
    builtIns.find((q) => q.id === questionnaire.id && q.version === questionnaire.version),
  );
  return status === 'same' ? 'builtIn' : status;
}
