import { join } from 'node:path';
import { loadPageModule } from '../support/page-module';
import { root, withApp } from './app';

export const BACKUP_RUNS = 5;
export const BACKUP_VENDORS = 200;
export const BACKUP_ASSESSMENTS = 1000;

export interface BackupBench {
  assessments: number;
  answers: number;
  total: number[];
  collect: number[];
  rawRead: number[];
}

/** A full backup of 1,000 assessments in the app, beside a raw read of the same tables. */
export async function benchBackups(): Promise<BackupBench> {
  return withApp(async ({ page }) => {
    await page.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(page, join(root, 'test/bench/page-backup.ts'));
    const seeded = await call<{ assessments: number; answers: number }>('seedWithAnswers', BACKUP_VENDORS, BACKUP_ASSESSMENTS);
    const result: BackupBench = { ...seeded, total: [], collect: [], rawRead: [] };
    for (let i = 0; i < BACKUP_RUNS; i += 1) {
      const run = await call<{ collectMs: number; totalMs: number }>('backUp');
      result.total.push(run.totalMs);
      result.collect.push(run.collectMs);
      result.rawRead.push(await call<number>('rawReadAll'));
    }
    return result;
  }, 'assay-bench-backups-');
}
