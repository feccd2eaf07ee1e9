import { createAssessmentRepository } from './assessments';
import Dexie from 'dexie';
import { AssayDatabase, DATABASE_VERSION } from './database';
import { createSettingsRepository, DATABASE_ID_KEY } from './settings';
import { createVendorRepository } from './vendors';
import { createPortfolioRepository } from './portfolio';
import type { ReceivedImport } from './received';
import type { BundleRepository, ReceivedOrigin } from './bundles';
import type { BackupRepository } from './backup';
import { createQuestionnaireRepository } from './questionnaire-store';
import { createImportedAnswerRepository } from './imported-answers';
import { checkAssessmentHistory } from './audit';
import type { AssessmentExport } from '@shared/report/assessment-export';

/** The repositories the UI uses, and only those: no screen reaches a Dexie table. */
export function openStore(name?: string) {
  const db = new AssayDatabase(name);
  // Every repository finds questionnaires here, the built-in ones and those the user imported.
  const questionnaires = createQuestionnaireRepository(db);
  // Bundles load with the screens that hand work on, not with the first one.
  let bundles: Promise<BundleRepository> | undefined;
  const loadBundles = () => (bundles ??= import('./bundles').then((m) => m.createBundleRepository(db, undefined, questionnaires)));
  let backups: Promise<BackupRepository> | undefined;
  return {
    questionnaires,
    bundles: loadBundles,
    backups: () => (backups ??= import('./backup').then((m) => m.createBackupRepository(db))),
    /**
     * Whether this app can work with the database: `unreadable` when it cannot be opened, `newer` when a newer version
     * of Assay wrote it (this one would risk damaging what it does not know), with the version found.
     */
    async health(): Promise<{ state: 'readable' } | { state: 'unreadable' } | { state: 'newer'; found: number }> {
      try {
        await db.open();
      } catch {
        return { state: 'unreadable' };
      }
      // Dexie opens a database of a higher version as it is; the version it was written at is the backend's.
      const found = db.backendDB().version / 10;
      return found > DATABASE_VERSION ? { state: 'newer', found } : { state: 'readable' };
    },
    /** Nothing here at all, not even a setting (its own id aside): a new or lost database, which a backup may fill. */
    isEmpty: async (): Promise<boolean> =>
      (await db.vendors.count()) === 0 &&
      (await db.assessments.count()) === 0 &&
      (await db.settings.filter((row) => row.key !== DATABASE_ID_KEY).count()) === 0,
    /** Calls `listener` after every committed write to this database (not to other databases, such as a restore's scratch copy). */
    onChange(listener: () => void): () => void {
      const prefix = `idb://${db.name}/`;
      const onMutated = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
      };
      Dexie.on('storagemutated', onMutated);
      return () => Dexie.on('storagemutated').unsubscribe(onMutated);
    },
    vendors: createVendorRepository(db),
    assessments: createAssessmentRepository(db, undefined, questionnaires),
    settings: createSettingsRepository(db),
    portfolio: createPortfolioRepository(db, questionnaires),
    importedAnswers: createImportedAnswerRepository(db, questionnaires),
    /** Each assessment's history, checked against the rows stored now. */
    history: { check: (assessmentId: string) => checkAssessmentHistory(db, assessmentId) },
    received: {
      importReport: async (data: AssessmentExport, origin: Omit<ReceivedOrigin, 'via'>): Promise<ReceivedImport> =>
        (await import('./received')).receiveReport(await loadBundles(), data, origin),
    },
  };
}

export type Store = ReturnType<typeof openStore>;
export { RepositoryError } from './errors';
