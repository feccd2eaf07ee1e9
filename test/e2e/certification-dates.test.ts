import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { newVendorByKeyboard, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

const storeChecks = resolve(__dirname, 'page/store-checks.ts');
const certificationStore = resolve(__dirname, 'page/certification-store.ts');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Stored = { questionId: string; answer: { status: string; value?: unknown } | null; draft?: Record<string, unknown> };

/** A new assessment dated 2 Mar 2026, as an assessor starts one; returns its id. */
async function startAssessment(page: Page, vendor: string): Promise<string> {
  await ready(page);
  await newVendorByKeyboard(page);
  await page.keyboard.type(vendor);
  await page.keyboard.press('Enter');
  await page.locator('dialog').waitFor({ state: 'detached' });
  await page.locator('.vendor-label', { hasText: vendor }).click();
  await page.getByRole('link', { name: 'New assessment' }).first().click();
  await page.getByLabel('Service in scope').fill('Cloud contact centre');
  await page.getByLabel('Assessor').fill('Alex Example');
  await page.getByLabel('Assessment date').fill('2026-03-02');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await page.locator('.question-card').waitFor();
  return page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2] ?? ''));
}

async function soc2(page: Page, assessmentId: string): Promise<Stored | undefined> {
  const rows = await (await loadPageModule(page, storeChecks))<Stored[]>('storedAnswers', assessmentId);
  return rows.find((r) => r.questionId === 'SEC-SOC2T2');
}

describe('certification dates in the answer form', () => {
  it('takes a SOC 2 report issued after its period, saves what it states and says how long it is current', async () => {
    app = await launchTestApp();
    const { page } = app;
    const assessmentId = await startAssessment(page, 'Genesys Cloud');
    await page.evaluate((a) => (window.location.hash = `#/assessments/${a}/questions/SEC-SOC2T2`), assessmentId);
    const form = page.locator('form[data-question="SEC-SOC2T2"]');
    await form.waitFor();

    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByLabel('Start of the period covered').fill('2025-01-01');
    await form.getByLabel('End of the period covered').fill('2025-12-31');
    await form.getByLabel('Issued on').fill('2026-01-20');
    await expect(form.getByLabel('Valid until (as printed)').count()).resolves.toBe(0);

    const marker = form.locator('.cert-current');
    await expect.poll(() => marker.textContent()).toContain('Current until 31 Dec 2026 · expires in 304 days');
    expect(await marker.getAttribute('data-state')).toBe('current');
    expect(await form.locator('.field-error').count()).toBe(0);
    await expect
      .poll(() => soc2(page, assessmentId))
      .toMatchObject({
        answer: { status: 'answered', value: { held: 'yes', periodStart: '2025-01-01', periodEnd: '2025-12-31', issueDate: '2026-01-20' } },
      });

    // A bridge letter carries the report three months past its own date.
    await form.getByLabel('Bridge letter covers up to').fill('2026-11-30');
    await expect.poll(() => marker.textContent()).toContain('Current until 28 Feb 2027 · expires in 363 days');

    // An issue date inside the period is refused at that field, and kept as a draft.
    const issued = form.getByLabel('Issued on');
    await issued.fill('2025-12-30');
    const error = form.locator('.field-error');
    await expect
      .poll(() => error.textContent())
      .toBe('A report is issued after the period it covers ends: the issue date cannot be before the end of the period.');
    expect(await issued.getAttribute('aria-invalid')).toBe('true');
    expect((await issued.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
    await expect
      .poll(async () => (await soc2(page, assessmentId))?.draft)
      .toMatchObject({ cert: { issueDate: expect.stringMatching(/^(2025-12-30|30\/12\/2025)$/), periodEnd: '31/12/2025' } });
  });

  it('marks an expired report with the days since', async () => {
    app = await launchTestApp();
    const { page } = app;
    const assessmentId = await startAssessment(page, 'Five9');
    await page.evaluate((a) => (window.location.hash = `#/assessments/${a}/questions/SEC-SOC2T2`), assessmentId);
    const form = page.locator('form[data-question="SEC-SOC2T2"]');
    await form.waitFor();
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByLabel('End of the period covered').fill('2025-02-18');
    const marker = form.locator('.cert-current');
    await expect.poll(() => marker.textContent()).toContain('Current until 18 Feb 2026 · expired 12 days ago');
    expect(await marker.getAttribute('data-state')).toBe('expired');
  });
});

// The store's upgrade of the same records is tested with its migration, in migrations.test.ts.
describe('certification records stored before reports had a period', () => {
  it('are read as the store upgrade reads them when they arrive in a received assessment', async () => {
    app = await launchTestApp();
    await ready(app.page);
    const stored = await (await loadPageModule(app.page, certificationStore))<Record<string, unknown>>('importsLegacyReceivedReport');
    expect(stored['SEC-SOC2T2']).toEqual({ status: 'answered', value: { held: 'yes', issuer: 'EY', periodStart: '2025-01-01', periodEnd: '2025-12-31' } });
    expect(stored['SEC-ISO27001']).toEqual({ status: 'answered', value: { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' } });
  });
});
