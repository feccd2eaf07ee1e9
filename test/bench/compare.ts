import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadPageModule } from '../support/page-module';

export const COMPARE_RUNS = 7;

export interface CompareViewBench {
  questions: number;
  vendors: number;
  /** ms from render to the next frame, virtualised table. */
  virtual: number[];
  /** The same rows as a plain table (every cell in the DOM), same page and run. */
  plain: number[];
  /** Frame intervals while scrolling the virtualised table 120 px per frame, top to bottom. */
  frames: number[];
  cells: { virtual: number; plain: number };
}

/**
 * Opens the answers table for 12 vendors × 300 questions in the app page. The compare screen is opened first: its
 * stylesheet loads with its lazy chunk, and without it the table's scroll box has no height limit, so nothing
 * would scroll and the table would not be virtualised as the app shows it.
 */
export async function benchCompareView(page: Page): Promise<CompareViewBench> {
  await page.locator('[data-app-ready]').waitFor();
  await page.evaluate(() => {
    location.hash = '#/compare';
  });
  await page.locator('.compare-page').waitFor();
  const call = await loadPageModule(page, join(__dirname, 'page-compare.tsx'));
  return call<CompareViewBench>('run', COMPARE_RUNS);
}
