import type { MessageKey } from '../../i18n/keys';
import { MAX_PROBLEMS } from './limits';

/**
 * One thing wrong with an imported file, in words the app can translate: where it is
 * ("domains[2].sections[0].questions[4].answer", "question PRV-DPA") and what, as a message key with its values.
 */
export interface Problem {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The first problems in full, and one that counts the rest: what every reader of an imported file reports. */
export function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - (MAX_PROBLEMS - 1);
  return [...problems.slice(0, MAX_PROBLEMS - 1), { path: 'file', key: 'questionnaires.file.moreProblems', params: { count: more } }];
}
