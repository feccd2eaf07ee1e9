import { useTranslation } from 'react-i18next';
import { supportedLanguages, type Language } from '@shared/i18n';

/** A topic's strings in every language, as a screen that loads later brings them. */
export type TopicStrings = Record<Language, Record<string, unknown>>;

/**
 * Adds a topic's strings (e.g. shared/i18n/bundles.ts) to the UI's strings the first time a component that needs
 * them renders, so they load with their screen and not with the first one. Call it before the first `t`.
 */
export function useTopic(strings: TopicStrings): void {
  const { i18n } = useTranslation();
  for (const language of supportedLanguages) {
    const topics = Object.keys(strings[language]);
    if (topics.every((topic) => i18n.getResource(language, 'translation', topic) !== undefined)) continue;
    i18n.addResourceBundle(language, 'translation', strings[language], true, false);
  }
}
