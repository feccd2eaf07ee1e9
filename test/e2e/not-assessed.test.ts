import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart } from '../support/assessment-ui';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Starts an assessment of a new vendor, answers nothing and finalises it; returns its id. */
async function finaliseUnanswered(page: Page, vendor: string): Promise<string> {
  await createVendorAndStart(page, vendor);
  const id = await page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2] ?? ''));
  await page.getByRole('button', { name: 'Finalise' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalise assessment' });
  await dialog.getByRole('button', { name: 'Finalise' }).click();
  await dialog.waitFor({ state: 'detached' });
  return id;
}

/** Drawn in greys only: text and background without a hue, as a pill that states no finding. */
const neutral = (pill: Locator) =>
  pill.first().evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.color, style.backgroundColor].every((value) => {
      const [r, g, b] = (value.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      return Math.max(r, g, b) - Math.min(r, g, b) < 30;
    });
  });

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .textContent()
    .then((t) => (t ?? '').trim());

describe('recommendation of an assessment with nothing answered', () => {
  it('shows a neutral "Not assessed" pill instead of a recommendation on every screen', async () => {
    app = await launchTestApp();
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();

    await createVendorAndStart(page, 'Five9');
    await expect(text(page, '.score-chip .badge')).resolves.toBe('Not assessed');
    await expect(neutral(page.locator('.score-chip .badge'))).resolves.toBe(true);
    await expect(text(page, '.score-panel .badge')).resolves.toBe('Not assessed');
    await page.getByRole('link', { name: 'Vendors' }).first().click();

    await finaliseUnanswered(page, 'Talkdesk');
    await expect(text(page, '.score-chip .badge')).resolves.toBe('Not assessed');

    await page.getByRole('link', { name: 'Vendors' }).first().click();
    const row = page.locator('tr', { has: page.locator('.vendor-label', { hasText: 'Talkdesk' }) });
    await expect(row.locator('td[data-column=recommendation]').textContent()).resolves.toBe('Not assessed');
    await expect(neutral(row.locator('td[data-column=recommendation] > span'))).resolves.toBe(true);

    await page.locator('.vendor-label', { hasText: 'Talkdesk' }).click();
    await page.locator('tr[data-assessment-id]').first().waitFor();
    await expect(page.locator('tr[data-assessment-id]').first().textContent()).resolves.toContain('Not assessed');

    await page.getByRole('link', { name: 'Portfolio' }).click();
    const portfolioRow = page.locator('tr[data-portfolio-row]', { hasText: 'Talkdesk' });
    await expect(portfolioRow.locator('td[data-column=recommendation]').textContent()).resolves.toBe('Not assessed');
    await expect(neutral(portfolioRow.locator('td[data-column=recommendation] > span'))).resolves.toBe(true);
    // No decision is counted for it, and it is not one "without a final assessment" either: only Five9 is.
    await expect(page.locator('[data-figure=decisions] .portfolio-decision-count').allTextContents()).resolves.toEqual(['0', '0', '0']);
    await expect(page.locator('[data-figure=vendors] .portfolio-figure-note').textContent()).resolves.toBe('1 without a final assessment');

    await page.getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare vendors' }).waitFor();
    for (const name of ['Five9', 'Talkdesk']) await page.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
    for (const name of ['Five9', 'Talkdesk']) {
      await page.locator(`[data-ranked-vendor=${name}]`).waitFor();
      await expect(page.locator(`[data-ranked-vendor=${name}]`).textContent()).resolves.toContain('Not assessed');
    }
  });
});
