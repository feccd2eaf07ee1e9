import { supportedLanguages, type LanguagePreference } from '../../../shared/i18n';
import type { AssayDatabase } from './database';

const LANGUAGE_KEY = 'language';

function isLanguagePreference(value: unknown): value is LanguagePreference {
  return value === 'system' || (supportedLanguages as readonly unknown[]).includes(value);
}

export function createSettingsRepository(db: AssayDatabase) {
  return {
    async language(): Promise<LanguagePreference> {
      const row = await db.settings.get(LANGUAGE_KEY);
      return isLanguagePreference(row?.value) ? row.value : 'system';
    },
    async setLanguage(value: LanguagePreference): Promise<void> {
      if (!isLanguagePreference(value)) throw new TypeError(`Unsupported language: ${String(value)}`);
      await db.settings.put({ key: LANGUAGE_KEY, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
