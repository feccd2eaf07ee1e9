import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';

const seedModule = resolve(__dirname, 'page/figures-seed.ts');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Runs a seed function in the page, then reloads at `hash` so the app reads the seeded store fresh. */
async function seed<T>(page: Page, fn: string, hash: (seeded: T) => string): Promise<T> {
  await page.locator('[data-app-ready]').waitFor();
  const seeded = await (await loadPageModule(page, seedModule))<T>(fn);
  await page.evaluate((h) => (window.location.hash = h), hash(seeded));
  await page.reload();
  await page.locator('[data-app-ready]').waitFor();
  return seeded;
}

const countIn = (text: string | null) => Number(/(\d+) findings?/.exec(text ?? '')?.[1] ?? Number.NaN);

describe('one figure everywhere', () => {
  it('counts on the findings button what the Findings page lists, the assessor’s own finding included', async () => {
    app = await launchTestApp();
    const { page } = app;
    const { assessmentId, manualTitle } = await seed<{ assessmentId: string; manualTitle: string }>(
      page,
      'seedFindings',
      (s) => `#/assessments/${s.assessmentId}`,
    );
    const button = page.locator('.header-actions').getByRole('link', { name: /findings?$/ });
    await expect.poll(() => button.textContent()).toMatch(/^\d+ findings?$/);
    const shown = countIn(await button.textContent());

    await button.click();
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await page.locator('tr[data-finding-id]').first().waitFor();
    const rows = page.locator('tr[data-finding-id]');
    await expect(rows.filter({ hasText: manualTitle }).count()).resolves.toBe(1);
    await expect(rows.count()).resolves.toBe(shown);
    expect(countIn(await page.locator('.page-subtitle').textContent())).toBe(shown);
    expect(page.url()).toContain(assessmentId);
  });

  it('shows the vendor’s rating in the list as its history shows it, and says which revision it comes from', async () => {
    app = await launchTestApp();
    const { page } = app;
    const { vendorId, finalId, draftId } = await seed<{ vendorId: string; finalId: string; draftId: string }>(page, 'seedRevisedVendor', () => '#/vendors');
    const row = page.locator(`tbody tr[data-vendor-id="${vendorId}"]`);
    await row.waitFor();
    const listRating = await row.locator('[data-column="rating"] .vendors-rating-value').textContent();
    expect(listRating).toMatch(/^\d+$/);
    await expect(row.locator('[data-column="status"]').textContent()).resolves.toBe('Draft');
    await expect(row.locator('[data-column="rating"] .vendors-rating-source').textContent()).resolves.toBe('final rev. 1');

    await row.getByRole('link', { name: 'NICE CXone' }).click();
    const history = page.getByRole('region', { name: 'Assessment history' });
    await history.locator(`tr[data-assessment-id="${finalId}"]`).waitFor();
    const ratingOf = (id: string) => history.locator(`tr[data-assessment-id="${id}"] td`).nth(3).textContent();
    await expect(history.locator(`tr[data-assessment-id="${finalId}"] td`).nth(1).textContent()).resolves.toBe('1');
    expect(await ratingOf(finalId)).toBe(listRating);
    // The draft has no frozen figures yet: no rating, in the history as in the list.
    await expect(history.locator(`tr[data-assessment-id="${draftId}"] .vendors-rating-value`).count()).resolves.toBe(0);
  });
});
