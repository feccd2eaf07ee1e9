import { createAssessmentRepository } from './assessments';
import { AssayDatabase } from './database';
import { createSettingsRepository } from './settings';
import { createVendorRepository } from './vendors';

/** The repositories the UI uses; nothing else in the renderer touches IndexedDB. */
export function openStore(name?: string) {
  const db = new AssayDatabase(name);
  return {
    db,
    vendors: createVendorRepository(db),
    assessments: createAssessmentRepository(db),
    settings: createSettingsRepository(db),
  };
}

export type Store = ReturnType<typeof openStore>;
export { RepositoryError } from './errors';
