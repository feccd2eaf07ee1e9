import { ACCEPTANCE_MONTHS_RANGE, DEFAULT_ACCEPTANCE_MONTHS, DEFAULT_EVIDENCE_LIMIT_BYTES } from '@shared/domain/assessment';
import type { DomainWeights } from '@shared/compare/rank';
import { readProfiles, withoutProfile, withProfile, type WeightProfile } from '@shared/compare/profiles';
import { supportedLanguages, type LanguagePreference } from '@shared/i18n';
import { databaseIdSchema } from '@shared/ipc/database-id';
import type { AssayDatabase } from './database';
import { RepositoryError } from './errors';

const LANGUAGE_KEY = 'language';
const EVIDENCE_LIMIT_KEY = 'evidenceLimitMb';
const WEIGHT_PROFILES_KEY = 'compare.weightProfiles';
const AUTO_BACKUP_KEY = 'backups.automatic';
const RECOVERY_DECLINED_KEY = 'backups.recoveryDeclined';
/** The database's own id, written at its first start (renderer/src/app/database-check.ts). */
export const DATABASE_ID_KEY = 'database.id';
/** The longest a risk acceptance may run, in months. */
export const ACCEPTANCE_MONTHS_KEY = 'acceptance.maxMonths';
/** What was removed in Assay and when: at start-up, counts below the last automatic backup's must be explained by it. */
export const REMOVALS_KEY = 'database.removals';
/** Backups made before this time are not held against the counts: a restore, or the user chose to go on without. */
export const COUNTS_FROM_KEY = 'database.countsFrom';

export interface Removal {
  at: string;
  vendors: number;
  assessments: number;
  evidence: number;
}

/** Notes a removal, inside the transaction that makes it (which must include the settings table). The last 500 are kept. */
export async function recordRemoval(db: AssayDatabase, removal: Removal): Promise<void> {
  const listed = (await db.settings.get(REMOVALS_KEY))?.value;
  const removals = Array.isArray(listed) ? (listed as Removal[]) : [];
  await db.settings.put({ key: REMOVALS_KEY, value: [...removals, removal].slice(-500) });
}
export const AUTO_BACKUP_RANGE = { intervalMinutes: { min: 1, max: 1440 }, keep: { min: 1, max: 100 } } as const;

/** Automatic backups: on or off, at most every so many minutes after a change, and how many of them to keep. */
export interface AutoBackupSettings {
  enabled: boolean;
  intervalMinutes: number;
  keep: number;
}
export const DEFAULT_AUTO_BACKUP: AutoBackupSettings = { enabled: true, intervalMinutes: 10, keep: 10 };

const within = (value: unknown, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;

function readAutoBackup(value: unknown): AutoBackupSettings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof AutoBackupSettings, unknown>>;
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_AUTO_BACKUP.enabled,
    intervalMinutes: within(stored.intervalMinutes, AUTO_BACKUP_RANGE.intervalMinutes) ? stored.intervalMinutes : DEFAULT_AUTO_BACKUP.intervalMinutes,
    keep: within(stored.keep, AUTO_BACKUP_RANGE.keep) ? stored.keep : DEFAULT_AUTO_BACKUP.keep,
  };
}
export const EVIDENCE_LIMIT_RANGE_MB = { min: 1, max: 500 } as const;

function isLanguagePreference(value: unknown): value is LanguagePreference {
  return value === 'system' || (supportedLanguages as readonly unknown[]).includes(value);
}

/** Counts of what a backup's manifest lists. */
export interface BackupCounts {
  vendors: number;
  assessments: number;
  evidence: number;
}

/** The longest a risk acceptance may run, in months: as set, else the default. */
export async function acceptanceMonths(db: AssayDatabase): Promise<number> {
  const value = (await db.settings.get(ACCEPTANCE_MONTHS_KEY))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= ACCEPTANCE_MONTHS_RANGE.min && value <= ACCEPTANCE_MONTHS_RANGE.max
    ? value
    : DEFAULT_ACCEPTANCE_MONTHS;
}

export function createSettingsRepository(db: AssayDatabase) {
  return {
    acceptanceMonths: () => acceptanceMonths(db),
    async setAcceptanceMonths(months: number): Promise<void> {
      if (!Number.isInteger(months) || months < ACCEPTANCE_MONTHS_RANGE.min || months > ACCEPTANCE_MONTHS_RANGE.max)
        throw new RepositoryError('invalid', 'settings.number.invalid', { min: String(ACCEPTANCE_MONTHS_RANGE.min), max: String(ACCEPTANCE_MONTHS_RANGE.max) });
      await db.settings.put({ key: ACCEPTANCE_MONTHS_KEY, value: months });
    },
    async databaseId(): Promise<string | null> {
      const value = (await db.settings.get(DATABASE_ID_KEY))?.value;
      return databaseIdSchema.safeParse(value).data ?? null;
    },
    /**
     * How many vendors, assessments and evidence files are here, and how many were removed in Assay since `since`;
     * null when the counts are not to be held against what was there at `since` (restored or accepted since).
     */
    async countsSince(since: string): Promise<{ here: BackupCounts; removed: BackupCounts } | null> {
      return db.transaction('r', db.vendors, db.assessments, db.evidence, db.settings, async () => {
        const from = (await db.settings.get(COUNTS_FROM_KEY))?.value;
        if (typeof from === 'string' && from >= since) return null;
        const listed = (await db.settings.get(REMOVALS_KEY))?.value;
        const removed = { vendors: 0, assessments: 0, evidence: 0 };
        for (const removal of Array.isArray(listed) ? (listed as Removal[]) : []) {
          if (!(removal.at > since)) continue;
          removed.vendors += removal.vendors;
          removed.assessments += removal.assessments;
          removed.evidence += removal.evidence;
        }
        const here = { vendors: await db.vendors.count(), assessments: await db.assessments.count(), evidence: await db.evidence.count() };
        return { here, removed };
      });
    },
    /** From now on, only backups made later are held against the counts. */
    async countFromNow(): Promise<void> {
      await db.settings.put({ key: COUNTS_FROM_KEY, value: new Date().toISOString() });
    },
    async setDatabaseId(id: string): Promise<void> {
      await db.settings.put({ key: DATABASE_ID_KEY, value: id });
    },
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
    async autoBackup(): Promise<AutoBackupSettings> {
      return readAutoBackup((await db.settings.get(AUTO_BACKUP_KEY))?.value);
    },
    async setAutoBackup(value: AutoBackupSettings): Promise<void> {
      if (
        !within(value.intervalMinutes, AUTO_BACKUP_RANGE.intervalMinutes) ||
        !within(value.keep, AUTO_BACKUP_RANGE.keep) ||
        typeof value.enabled !== 'boolean'
      )
        throw new RangeError('Automatic backup settings out of range');
      await db.settings.put({ key: AUTO_BACKUP_KEY, value: { enabled: value.enabled, intervalMinutes: value.intervalMinutes, keep: value.keep } });
    },
    /** The user would rather start afresh than restore a backup: not offered again. */
    async declineRecovery(): Promise<void> {
      await db.settings.put({ key: RECOVERY_DECLINED_KEY, value: true });
    },
    async setLanguage(value: LanguagePreference): Promise<void> {
      if (!isLanguagePreference(value)) throw new TypeError(`Unsupported language: ${String(value)}`);
      await db.settings.put({ key: LANGUAGE_KEY, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
