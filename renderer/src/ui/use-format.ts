import { useTranslation } from 'react-i18next';
import { languageFromLocale, type Language } from '@shared/i18n';
import { formatterFor, type LocaleFormat } from '@shared/i18n/format';

/** The UI language as Assay knows it: German or English. */
export function useUiLanguage(): Language {
  return languageFromLocale(useTranslation().i18n.language);
}

/**
 * Dates and numbers as the UI language writes them. The same object for as long as the
 * language stays, so it can be a memo dependency. Instants are shown in the system's time zone.
 */
export function useFormat(): LocaleFormat {
  return formatterFor(useUiLanguage());
}
