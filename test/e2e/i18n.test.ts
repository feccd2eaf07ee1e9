import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('language', () => {
  it('follows a German OS locale', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    await app.page.locator('[data-app-ready]').waitFor();
    await app.page.getByRole('heading', { name: 'Anbieter', level: 1 }).waitFor();
    await expect(app.page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
  });

  it('follows an English OS locale and switches to German in settings, kept after reload', async () => {
    app = await launchTestApp({ locale: 'en-US' });
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    // The select is enabled once the saved preference has loaded.
    await page.locator('select:enabled', { has: page.locator('option[value=system]') }).waitFor();
    await expect(page.getByLabel('Display language').inputValue()).resolves.toBe('system');
    await page.getByLabel('Display language').selectOption('de');
    await page.getByRole('heading', { name: 'Einstellungen', level: 1 }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Einstellungen', level: 1 }).waitFor();
    await page.locator('select:enabled', { has: page.locator('option[value=system]') }).waitFor();
    await expect(page.getByLabel('Sprache der Oberfläche').inputValue()).resolves.toBe('de');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
  });
});
