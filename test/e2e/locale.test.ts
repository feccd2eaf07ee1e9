import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateInput } from '@shared/i18n/date-entry';
import { launchTestApp, type TestApp } from '../support/app';
import { newVendorByKeyboard, ready } from '../support/assessment-ui';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Today in the browser's clock, YYYY-MM-DD, as the intake form's default date. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

async function openIntake(page: Page, vendor: string, newAssessment: string) {
  await newVendorByKeyboard(page);
  await page.keyboard.type(vendor);
  await page.keyboard.press('Enter');
  await page.locator('dialog').waitFor({ state: 'detached' });
  await page.locator('.vendor-label', { hasText: vendor }).click();
  await page.getByRole('link', { name: newAssessment }).first().click();
}

describe('dates and numbers in the UI language', () => {
  it('takes the intake date in German format, refuses 31.02. and shows the date German-style', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    const { page } = app;
    await ready(page);
    await openIntake(page, 'Genesys', 'Neue Bewertung');
    const date = page.getByLabel('Datum der Bewertung');
    await expect(date.getAttribute('type')).resolves.toBe('text');
    await expect(date.getAttribute('placeholder')).resolves.toBe('TT.MM.JJJJ');
    await expect(date.inputValue()).resolves.toBe(formatDateInput(await browserToday(page), 'de'));

    await page.getByLabel('Bewertete Leistung').fill('Cloud-Contact-Center');
    await page.getByLabel('Bewertet von').fill('Alex Beispiel');
    await date.fill('31.02.2026');
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.getByRole('alert').filter({ hasText: 'TT.MM.JJJJ' }).waitFor();
    await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');

    // A day picked in the calendar is written into the field in German format.
    await page.locator('.date-input-native').fill('2026-04-30', { force: true });
    await expect(date.inputValue()).resolves.toBe('30.04.2026');

    // Typed without leading zeros, it reads the same and is written out in full on leaving the field.
    await date.fill('5.1.2026');
    await date.blur();
    await expect(date.inputValue()).resolves.toBe('05.01.2026');
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.locator('.question-card').waitFor();
    await expect(page.locator('.page-subtitle').first().textContent()).resolves.toBe('Bewertet von Alex Beispiel am 05.01.2026');
  });

  it('writes lost points with a decimal comma in German', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    const { page } = app;
    await ready(page);
    await openIntake(page, 'Five9', 'Neue Bewertung');
    await page.getByLabel('Bewertete Leistung').fill('Contact-Center');
    await page.getByLabel('Bewertet von').fill('Alex Beispiel');
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.locator('.question-card').waitFor();
    await page.locator('.question-card input[type=radio]').last().check();
    const lost = page.locator('[data-domain-lost]');
    await lost.waitFor();
    const text = (await lost.textContent())!;
    const points = Number(await lost.getAttribute('data-domain-lost'));
    expect(points).toBeGreaterThan(0);
    expect(text).toMatch(/\d+,\d Punkte/);
    expect(text).not.toMatch(/\d\.\d/);
    await expect(page.locator('.explanation li span').first().textContent()).resolves.toMatch(/^−\d+,\d$/);
  });

  it('takes a finding’s due date in German format and keeps a half-typed or impossible date out of the store', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    const { page } = app;
    await ready(page);
    await openIntake(page, 'NICE', 'Neue Bewertung');
    await page.getByLabel('Bewertete Leistung').fill('Contact-Center');
    await page.getByLabel('Bewertet von').fill('Alex Beispiel');
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.locator('form[data-question]').waitFor();
    await page.keyboard.press('3');
    await page.locator('[data-domain-lost]').waitFor();
    const assessmentId = /#\/assessments\/([^/]+)/.exec(page.url())![1]!;
    await page.evaluate((a) => (window.location.hash = `#/assessments/${a}/findings`), assessmentId);

    const due = page
      .locator('tr[data-finding-id]')
      .first()
      .getByLabel(/^Fälligkeit von Befund/);
    await due.waitFor();
    await expect(due.getAttribute('placeholder')).resolves.toBe('TT.MM.JJJJ');
    await due.fill('15.03.2026');
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
    await due.fill('31.02.2026');
    await due.blur();
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');

    await page.reload();
    await due.waitFor();
    await expect(due.inputValue()).resolves.toBe('15.03.2026');
  });

  it('shows British dates in English on a US system, on every screen', async () => {
    app = await launchTestApp({ locale: 'en-US' });
    const { page } = app;
    await ready(page);
    await openIntake(page, 'Talkdesk', 'New assessment');
    const date = page.getByLabel('Assessment date');
    await expect(date.getAttribute('placeholder')).resolves.toBe('DD/MM/YYYY');
    await page.getByLabel('Service in scope').fill('Cloud contact centre');
    await page.getByLabel('Assessor').fill('Alex Example');
    await date.fill('2026-12-02');
    await date.blur();
    await expect(date.inputValue()).resolves.toBe('02/12/2026');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.locator('.question-card').waitFor();
    await expect(page.locator('.page-subtitle').first().textContent()).resolves.toBe('Assessed by Alex Example on 2 Dec 2026');

    await page.locator('.back-link').first().click();
    await page.locator('.vendors-history table').waitFor();
    const body = (await page.locator('main').textContent())!;
    expect(body).toContain('2 Dec 2026');
    expect(body).not.toMatch(/Dec 2, 2026|December \d+, \d{4}|\d+ December \d{4}/);
  });
});
