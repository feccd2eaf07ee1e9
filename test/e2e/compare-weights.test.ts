import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '@shared/i18n';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Recommendation } from '@shared/scoring/types';
import { launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';

type Seeded = { name: string; assessmentId: string; status: 'draft' | 'final'; recommendation?: Recommendation }[];

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const weightField = (page: Page, domainId: string) =>
  page.getByLabel(`${builtInQuestionnaire.domains.find((d) => d.id === domainId)!.title.en} weight (0 to 10)`);

async function setWeights(page: Page, weights: Record<string, number>) {
  for (const [domainId, weight] of Object.entries(weights)) await weightField(page, domainId).fill(String(weight));
}

describe('domain weights of an assessment', () => {
  it('are refused when every domain would weigh 0 or a weight leaves 0..10, and nothing is written', async () => {
    app = await launchTestApp();
    await app.page.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(app.page, resolve(__dirname, 'page/weights-checks.ts'));
    const r = await call<Record<string, unknown>>('domainWeightsNeedOneAboveZero');
    expect(r.allZero).toBe('invalid: assessment.errors.allWeightsZero');
    expect(r.outOfRange).toBe('invalid: assessment.errors.weightOutOfRange');
    expect(r.keptAfterRefusals).toEqual({});
    expect(r.oneAboveZero).toBe('ok');
    expect(r.saved).toEqual({ security: 0, aiEthics: 0, dataResidency: 0, resilience: 4, governance: 0 });
    expect(r.partial).toBe('ok');
  });
});

describe('weights in the vendor comparison', () => {
  it('keep a finalised vendor’s recommendation as finalised, and refuse to rank or export with every weight at 0', async () => {
    app = await launchTestApp();
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();
    const seeded = await (await loadPageModule(page, resolve(__dirname, 'page/compare-seed.ts')))<Seeded>('seedFinalisedComparison');
    await page.evaluate(() => (window.location.hash = '#/compare'));
    await page.reload();
    await page.locator('[data-app-ready]').waitFor();
    for (const { name } of seeded) await page.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();

    const finalised = seeded.find((s) => s.status === 'final')!;
    const signedLabel = messages.en.vendors.recommendation[finalised.recommendation!];
    const row = (name: string) => page.locator(`[data-ranked-vendor="${name}"]`);
    const pill = (name: string) => row(name).locator('[class*="vendors-recommendation-"]');
    const basis = (name: string) => row(name).locator('[data-recommendation-basis]');
    await row(finalised.name).waitFor();
    await expect(pill(finalised.name).textContent()).resolves.toBe(signedLabel);

    // Governance weighs 10: the finalised vendor left it unanswered, so its conservative score under these weights collapses,
    // yet its recommendation stays the one it was finalised with.
    const before = await row(finalised.name).locator('td').nth(2).textContent();
    await setWeights(page, { governance: 10 });
    await page.waitForFunction(([name, text]) => document.querySelector(`[data-ranked-vendor="${name}"] td:nth-of-type(3)`)?.textContent !== text, [
      finalised.name,
      before,
    ] as const);
    await expect(pill(finalised.name).textContent()).resolves.toBe(signedLabel);
    await expect(basis(finalised.name).textContent()).resolves.toBe('as finalised');
    for (const draft of seeded.filter((s) => s.status === 'draft')) await expect(basis(draft.name).textContent()).resolves.toBe('under these weights');
    await expect(page.locator('[data-ranking-note]').textContent()).resolves.toContain('under these weights');

    // The CSV says the same.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const folder = join(app.dataDir, 'reports');
    let files: string[] = [];
    await expect.poll(async () => (files = await readdir(folder).catch(() => [])).length, { timeout: 10_000 }).toBe(1);
    const lines = (await readFile(join(folder, files[0]!), 'utf8')).split('\r\n');
    const csvRow = lines.find((line) => /^\d+,/.test(line) && line.split(',')[1] === finalised.name)!;
    expect(csvRow).toMatch(new RegExp(`^\\d+,${finalised.name},[^,]*,[^,]*,"?${signedLabel} \\((provisional, )?as finalised\\)"?,`));

    // Governance alone: the finalised vendor has no score under these weights, and still its finalised recommendation.
    await setWeights(page, { security: 0, aiEthics: 0, dataResidency: 0, resilience: 0 });
    await page.waitForFunction((name) => document.querySelector(`[data-ranked-vendor="${name}"] .compare-overall`)?.textContent === '—', finalised.name);
    await expect(pill(finalised.name).textContent()).resolves.toBe(signedLabel);
    await expect(basis(finalised.name).textContent()).resolves.toBe('as finalised');

    // Every weight at 0: an inline error, no ranking, and every export refused with the reason.
    await setWeights(page, { governance: 0 });
    const error = page.locator('[data-weights-error]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('at least one domain');
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    await expect(weightField(page, 'security').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('[data-ranked-vendor]').first().waitFor({ state: 'detached' });
    await expect(page.locator('[data-ranking-unavailable]').isVisible()).resolves.toBe(true);
    for (const button of ['[data-export-csv]', '[data-export-xlsx]', '[data-export-pdf]']) {
      await expect(page.locator(button).isDisabled()).resolves.toBe(true);
      const reason = await page.locator(button).getAttribute('aria-describedby');
      await expect(page.locator(`[id="${reason}"]`).textContent()).resolves.toContain('above 0');
    }
    await expect(page.getByRole('button', { name: 'Save as profile…' }).isDisabled()).resolves.toBe(true);

    // One weight back above 0 ranks again.
    await setWeights(page, { resilience: 1 });
    await error.waitFor({ state: 'detached' });
    await row(finalised.name).waitFor();
    await expect(page.locator('[data-export-csv]').isDisabled()).resolves.toBe(false);
    await expect(pill(finalised.name).textContent()).resolves.toBe(signedLabel);
  }, 120_000);
});
