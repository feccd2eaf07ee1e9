import type { MessageKey } from '../../i18n/keys';

/**
 * One thing wrong with an imported file, in words the app can translate: where it is
 * ("domains[2].sections[0].questions[4].answer", "question PRV-DPA") and what, as a message key with its values.
 */
export interface Problem {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}
