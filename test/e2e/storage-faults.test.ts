import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { resolve } from 'node:path';
import { createVendorAndStart, firstYesNoQuestion, newVendorByKeyboard, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

/**
 * The browser refusing writes as it does when the disk or the app's storage quota is full: from the next page load,
 * IndexedDB's add and put throw QuotaExceededError while the page's "storage-full" flag is set.
 */
async function refuseWritesWhenFlagged(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (sessionStorage.getItem('storage-full') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('storage that is full', () => {
  it('is said in plain words, in the user’s language, and what could not be saved is not shown as saved', async () => {
    for (const [locale, dialogButton, full] of [
      ['en-GB', 'Add vendor', 'The storage space for Assay on this device is full. Free some disk space, then try again.'],
      ['de-DE', 'Anbieter anlegen', 'Der Speicherplatz für Assay auf diesem Gerät ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.'],
    ] as const) {
      app = await launchTestApp({ locale });
      const { page, context } = app;
      await ready(page);
      await refuseWritesWhenFlagged(context);
      await page.evaluate(() => sessionStorage.setItem('storage-full', 'yes'));
      await page.reload();
      await ready(page);
      await newVendorByKeyboard(page);
      await page.keyboard.type('Quota Vendor');
      await page.getByRole('button', { name: dialogButton }).click();
      const shown = page.locator('dialog[open] [role=alert], .toast').filter({ hasText: full });
      await shown.first().waitFor();
      await expect(page.locator('body').textContent()).resolves.not.toMatch(/QuotaExceeded|AbortError|DOMException/);
      // Nothing was added.
      await page.evaluate(() => sessionStorage.removeItem('storage-full'));
      await page.reload();
      await ready(page);
      await expect(page.locator('.vendor-label').count()).resolves.toBe(0);
      await app.close();
      app = undefined;
    }
  });

  it('keeps an answer that did not fit in memory, shows it as not saved, and writes it once there is room', async () => {
    app = await launchTestApp();
    const { page, context } = app;
    await ready(page);
    await createVendorAndStart(page, 'Quota Vendor');
    const assessmentId = await page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2] ?? ''));
    await refuseWritesWhenFlagged(context);
    await page.evaluate(() => sessionStorage.setItem('storage-full', 'yes'));
    await page.reload();
    await page.locator('.question-card').waitFor();
    const question = await firstYesNoQuestion(page);
    await page.keyboard.press('1');
    const state = page.locator(`[data-save-question="${question.id}"]`);
    await expect.poll(() => state.getAttribute('data-save-state'), { timeout: 10_000 }).toBe('error');
    await expect(state.textContent()).resolves.toContain('The storage space for Assay on this device is full.');
    const checks = await loadPageModule(page, resolve(__dirname, 'page/store-checks.ts'));
    await expect(checks<unknown[]>('storedAnswers', assessmentId)).resolves.toEqual([]);
    // Space is freed: the answer is written by itself at the next try, and only then shown as saved.
    await page.evaluate(() => sessionStorage.removeItem('storage-full'));
    await expect.poll(() => state.getAttribute('data-save-state'), { timeout: 15_000 }).toBe('saved');
    await expect(checks<{ questionId: string }[]>('storedAnswers', assessmentId)).resolves.toEqual([expect.objectContaining({ questionId: question.id })]);
  }, 60_000);
});
