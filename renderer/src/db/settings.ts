import { DEFAULT_EVIDENCE_LIMIT_BYTES } from '@shared/domain/assessment';
import type { DomainWeights } from '@shared/compare/rank';
import { readProfiles, withoutProfile, withProfile, type WeightProfile } from '@shared/compare/profiles';
import { supportedLanguages, type LanguagePreference } from '@shared/i18n';
import type { AssayDatabase } from './database';

const LANGUAGE_KEY = 'language';
const EVIDENCE_LIMIT_KEY = 'evidenceLimitMb';
const WEIGHT_PROFILES_KEY = 'compare.weightProfiles';
export const EVIDENCE_LIMIT_RANGE_MB = { min: 1, max: 500 } as const;

function isLanguagePreference(value: unknown): value is LanguagePreference {
  return value === 'system' || (supportedLanguages as readonly unknown[]).includes(value);
}

export function createSettingsRepository(db: AssayDatabase) {
  return {
    async language(): Promise<LanguagePreference> {
      const row = await db.settings.get(LANGUAGE_KEY);
      return isLanguagePreference(row?.value) ? row.value : 'system';
    },
    async evidenceLimitMb(): Promise<number> {
      const row = await db.settings.get(EVIDENCE_LIMIT_KEY);
      return typeof row?.value === 'number' ? row.value : DEFAULT_EVIDENCE_LIMIT_BYTES / 1024 / 1024;
    },
    async setEvidenceLimitMb(value: number): Promise<void> {
      if (!Number.isInteger(value) || value < EVIDENCE_LIMIT_RANGE_MB.min || value > EVIDENCE_LIMIT_RANGE_MB.max) {
        throw new RangeError(`Evidence limit must be ${EVIDENCE_LIMIT_RANGE_MB.min}–${EVIDENCE_LIMIT_RANGE_MB.max} MB`);
      }
      await db.settings.put({ key: EVIDENCE_LIMIT_KEY, value });
    },
    /** The buyer's saved domain-weight profiles, by name. */
    async weightProfiles(): Promise<WeightProfile[]> {
      return readProfiles((await db.settings.get(WEIGHT_PROFILES_KEY))?.value);
    },
    /** Saves weights under a name, replacing a profile of the same name; refuses a bad name without writing. */
    async saveWeightProfile(name: string, weights: DomainWeights): Promise<WeightProfile[]> {
      return db.transaction('rw', db.settings, async () => {
        const next = withProfile(readProfiles((await db.settings.get(WEIGHT_PROFILES_KEY))?.value), name, weights);
        await db.settings.put({ key: WEIGHT_PROFILES_KEY, value: next });
        return next;
      });
    },
    async deleteWeightProfile(name: string): Promise<WeightProfile[]> {
      return db.transaction('rw', db.settings, async () => {
        const next = withoutProfile(readProfiles((await db.settings.get(WEIGHT_PROFILES_KEY))?.value), name);
        await db.settings.put({ key: WEIGHT_PROFILES_KEY, value: next });
        return next;
      });
    },
    async setLanguage(value: LanguagePreference): Promise<void> {
      if (!isLanguagePreference(value)) throw new TypeError(`Unsupported language: ${String(value)}`);
      await db.settings.put({ key: LANGUAGE_KEY, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
