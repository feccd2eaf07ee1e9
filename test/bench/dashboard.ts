// The portfolio dashboard with 2,000 vendors and 5,000 assessments: time from navigating
// to #/portfolio until its first table rows are on screen, against the vendor list and a
// raw IndexedDB read of the same two tables, all in the same browser and run.
import { join } from 'node:path';
import { loadPageModule } from '../support/page-module';
import { root, withApp } from './app';

export const DASHBOARD_VENDORS = 2000;
export const DASHBOARD_ASSESSMENTS = 5000;
export const DASHBOARD_FINAL_SHARE = 0.6;
export const DASHBOARD_RUNS = 7;
/** First render of the dashboard must stay under this. */
export const DASHBOARD_TARGET_MS = 500;

export interface DashboardBench {
  seeded: { vendors: number; assessments: number; final: number };
  runs: number;
  /** #/settings → #/portfolio until the first rows are rendered. */
  portfolio: number[];
  /** #/settings → #/vendors until the first rows are rendered (every row, not virtualised). */
  vendorList: number[];
  /** getAll() of vendors and assessments in one read transaction. */
  rawRead: number[];
}

export async function benchDashboard(): Promise<DashboardBench> {
  return withApp(async ({ page, origin }) => {
    await page.locator('[data-app-ready]').waitFor();
    const seed = await loadPageModule(page, join(root, 'test/bench/page-portfolio.ts'));
    const seeded = await seed<DashboardBench['seeded']>('seed', DASHBOARD_VENDORS, DASHBOARD_ASSESSMENTS, DASHBOARD_FINAL_SHARE);
    // Start from a fresh page that reads the seeded store; the settings screen touches neither table.
    await page.goto(`${origin}/index.html#/settings`);
    await page.reload();
    await page.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(page, join(root, 'test/bench/page-portfolio.ts'));

    const measure = async (hash: string, selector: string) => {
      const samples: number[] = [];
      for (let i = 0; i < DASHBOARD_RUNS; i += 1) {
        await page.evaluate(() => (window.location.hash = '#/settings'));
        await page.locator('[data-storage-state]').waitFor();
        await page.waitForTimeout(300);
        samples.push(await call<number>('timeNavigation', hash, selector));
        await page.waitForTimeout(300);
      }
      return samples;
    };
    const portfolio = await measure('#/portfolio', 'tr[data-portfolio-row]');
    const vendorList = await measure('#/vendors', '.vendors-table tbody tr');
    const rawRead: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS; i += 1) rawRead.push(await call<number>('rawRead', ['vendors', 'assessments']));
    return { seeded, runs: DASHBOARD_RUNS, portfolio, vendorList, rawRead };
  }, 'assay-bench-dashboard-');
}
