import type { Questionnaire } from '../schema';
import { questionnaireFileText } from './write';

/** How an imported questionnaire stands to the ones that ship with Assay. */
export type BuiltInMatch = 'new' | 'builtIn' | 'conflict';

/**
 * `builtIn` when a shipped questionnaire has the same id, version and content (importing it changes nothing),
 * `conflict` when one has the same id and version but other content (an assessment names only id and version,
 * so the two could not be told apart), `new` otherwise. Content is compared as the exported file, which does
 * not depend on key order.
 */
export function builtInMatch(questionnaire: Questionnaire, builtIns: readonly Questionnaire[]): BuiltInMatch {
  const same = builtIns.find((q) => q.id === questionnaire.id && q.version === questionnaire.version);
  if (!same) return 'new';
  return questionnaireFileText(same) === questionnaireFileText(questionnaire) ? 'builtIn' : 'conflict';
}
