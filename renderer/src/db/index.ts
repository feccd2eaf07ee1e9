import { createAssessmentRepository } from './assessments';
import { AssayDatabase } from './database';
import { createSettingsRepository } from './settings';
import { createVendorRepository } from './vendors';
import { createPortfolioRepository } from './portfolio';
import { importReceivedAssessment } from './received';
import { builtInCatalog } from './questionnaires';
import type { AssessmentExport } from '@shared/report/assessment-export';

/** The repositories the UI uses, and only those: no screen reaches a Dexie table. */
export function openStore(name?: string) {
  const db = new AssayDatabase(name);
  return {
    questionnaires: builtInCatalog,
    vendors: createVendorRepository(db),
    assessments: createAssessmentRepository(db),
    settings: createSettingsRepository(db),
    portfolio: createPortfolioRepository(db),
    received: { importReport: (data: AssessmentExport) => importReceivedAssessment(db, data) },
  };
}

export type Store = ReturnType<typeof openStore>;
export { RepositoryError } from './errors';
