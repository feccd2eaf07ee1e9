import { createAssessmentRepository } from './assessments';
import { AssayDatabase } from './database';
import { createSettingsRepository } from './settings';
import { createVendorRepository } from './vendors';
import { createPortfolioRepository } from './portfolio';
import type { ReceivedImport } from './received';
import type { BundleRepository, ReceivedOrigin } from './bundles';
import type { BackupRepository } from './backup';
import { createQuestionnaireRepository } from './questionnaire-store';
import { createImportedAnswerRepository } from './imported-answers';
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
    vendors: createVendorRepository(db),
    assessments: createAssessmentRepository(db, undefined, questionnaires),
    settings: createSettingsRepository(db),
    portfolio: createPortfolioRepository(db, questionnaires),
    importedAnswers: createImportedAnswerRepository(db, questionnaires),
    received: {
      importReport: async (data: AssessmentExport, origin: Omit<ReceivedOrigin, 'via'>): Promise<ReceivedImport> =>
        (await import('./received')).receiveReport(await loadBundles(), data, origin),
    },
  };
}

export type Store = ReturnType<typeof openStore>;
export { RepositoryError } from './errors';
