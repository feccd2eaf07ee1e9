import { de } from './de';
import { en, type Messages } from './en';

export const supportedLanguages = ['de', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export type LanguagePreference = Language | 'system';

export const messages: Record<Language, Messages> = { de, en };

/** German for any German-speaking locale, English for everything else. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().split(/[-_]/)[0] === 'de' ? 'de' : 'en';
}

export function resolveLanguage(preference: LanguagePreference, osLocale: string): Language {
  return preference === 'system' ? languageFromLocale(osLocale) : preference;
}

export type { Messages };

/** Fills {{name}} placeholders. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
