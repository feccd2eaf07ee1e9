import { createAssessmentRepository } from './assessments';
import { AssayDatabase } from './database';
import { createSettingsRepository } from './settings';
import { createVendorRepository } from './vendors';
import { createPortfolioRepository } from './portfolio';
import { importReceivedAssessment } from './received';
import { createQuestionnaireRepository } from './questionnaire-store';
import { createImportedAnswerRepository } from './imported-answers';
import type { AssessmentExport } from '@shared/report/assessment-export';

/** The repositories the UI uses, and only those: no screen reaches a Dexie table. */
export function openStore(name?: string) {
  const db = new AssayDatabase(name);
  // Every repository finds questionnaires here, the built-in ones and those the user imported.
  const questionnaires = createQuestionnaireRepository(db);
  return {
    questionnaires,
    vendors: createVendorRepository(db),
    assessments: createAssessmentRepository(db, undefined, questionnaires),
    settings: createSettingsRepository(db),
    portfolio: createPortfolioRepository(db, questionnaires),
    importedAnswers: createImportedAnswerRepository(db, questionnaires),
    received: { importReport: (data: AssessmentExport) => importReceivedAssessment(db, data, undefined, questionnaires) },
  };
}

export type Store = ReturnType<typeof openStore>;
export { RepositoryError } from './errors';
