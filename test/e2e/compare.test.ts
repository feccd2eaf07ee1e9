import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../shared/questionnaire/answers';
import { launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';

const seedModule = resolve(__dirname, 'page/compare-seed.ts');
type Seeded = { name: string; assessmentId: string; answers: Record<string, Answer> }[];

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function seed(page: Page): Promise<Seeded> {
  await page.locator('[data-app-ready]').waitFor();
  const seeded = await (await loadPageModule(page, seedModule))<Seeded>('seedComparison');
  // The seed wrote through its own Dexie; reload so the app reads it fresh.
  await page.evaluate(() => (window.location.hash = '#/compare'));
  await page.reload();
  await page.locator('[data-app-ready]').waitFor();
  return seeded;
}

const rankedVendors = (page: Page) => page.locator('[data-ranked-vendor]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ranked-vendor')));

async function expectRanking(page: Page, names: string[]) {
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('[data-ranked-vendor]')].map((r) => r.getAttribute('data-ranked-vendor')).join() === expected.join(),
    names,
  );
  expect(await rankedVendors(page)).toEqual(names);
}

describe('vendor comparison', () => {
  it('ranks the selected vendors, re-ranks on a weight change with an explanation, and filters to differing answers', async () => {
    app = await launchTestApp();
    const { page } = app;
    const seeded = await seed(page);

    await page.getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare vendors' }).waitFor();
    await expect(page.getByText('Choose at least two assessments to compare.').isVisible()).resolves.toBe(true);
    for (const { name } of seeded) await page.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
    // The selection is kept in the address.
    await page.waitForFunction((ids) => ids.every((id) => window.location.hash.includes(id)), seeded.map((s) => s.assessmentId));

    // Balanced (3/2/3/2/2): Talkdesk 900/12 = 75, Genesys 700/12 = 58, Five9 650/12 = 54.
    await expectRanking(page, ['Talkdesk', 'Genesys', 'Five9']);
    await expect(page.locator('[data-ranked-vendor=Talkdesk] .compare-overall').textContent()).resolves.toBe('75');
    const explanation = page.locator('[data-rank-explanation]');
    await expect(explanation.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(explanation.textContent()).resolves.toBe('Change a weight to see how the ranking responds.');

    // Resilience 2 → 5 (total 15): Five9 950/15 = 63, Talkdesk 900/15 = 60, Genesys 850/15 = 57.
    await page.getByLabel('Resilience and SLAs weight (0 to 10)').fill('5');
    await expectRanking(page, ['Five9', 'Talkdesk', 'Genesys']);
    await expect(explanation.textContent()).resolves.toBe(
      'Five9 moved from 3rd to 1st: Resilience and SLAs weight 2 → 5, where Five9 scores 100 and Talkdesk 0. Also: Talkdesk 1st → 2nd, Genesys 2nd → 3rd.',
    );
    await expect(page.getByRole('button', { name: 'Balanced' }).getAttribute('aria-pressed')).resolves.toBe('false');

    // The balanced preset puts it back, by keyboard.
    await page.getByRole('button', { name: 'Balanced' }).focus();
    await page.keyboard.press('Enter');
    await expectRanking(page, ['Talkdesk', 'Genesys', 'Five9']);
    await expect(explanation.textContent()).resolves.toMatch(/^Talkdesk moved from 2nd to 1st: Resilience and SLAs weight 5 → 2/);
    await expect(page.getByRole('button', { name: 'Balanced' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // CSV export: the launcher saves the app's download into the reports folder.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const folder = join(app.dataDir, 'reports');
    let files: string[] = [];
    await expect.poll(async () => (files = await readdir(folder).catch(() => [])).length, { timeout: 10_000 }).toBe(1);
    const csv = { name: files[0]!, text: await readFile(join(folder, files[0]!), 'utf8') };
    expect(csv.name).toMatch(/^Comparison \d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines).toContain('Weight,Resilience and SLAs,2');
    expect(lines.filter((line) => line.startsWith('Weight,'))).toHaveLength(5);
    expect(lines.find((line) => line.startsWith('1,'))).toMatch(/^1,Talkdesk,75\.0,/);
    expect(lines.find((line) => line.startsWith('2,'))).toMatch(/^2,Genesys,58\.3,/);
    expect(lines.find((line) => line.startsWith('3,'))).toMatch(/^3,Five9,54\.2,/);

    // Answers side by side: every question, then only the differing ones.
    const answeredIds = [...new Set(seeded.flatMap((s) => Object.keys(s.answers)))];
    const differing = answeredIds.filter((id) => new Set(seeded.map((s) => JSON.stringify(s.answers[id] ?? null))).size > 1).sort();
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(answeredIds.length);

    await page.getByLabel('Domain', { exact: true }).selectOption('all');
    const rows = page.locator('tr[data-question-id]');
    await expect(rows.count()).resolves.toBe(154);
    const highlighted = await page.locator('tr[data-question-id].compare-differs').evaluateAll((r) => r.map((row) => row.getAttribute('data-question-id')!).sort());
    expect(highlighted).toEqual(differing);

    await page.getByLabel('Only differing answers').check();
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-question-id]').length === n, differing.length);
    const shown = await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-question-id')!).sort());
    expect(shown).toEqual(differing);
    // Columns follow the selection's vendor order (by name): Five9, Genesys, Talkdesk.
    const five9 = seeded.find((s) => s.name === 'Five9')!.answers;
    const textId = Object.keys(five9).find((id) => JSON.stringify(five9[id]) === JSON.stringify({ status: 'answered', value: 'EU and US' }))!;
    await expect(page.locator(`tr[data-question-id="${textId}"] td`).allTextContents()).resolves.toEqual([
      expect.any(String),
      'EU and US',
      'EU (Frankfurt, Dublin)',
      'EU (Frankfurt, Dublin)',
    ]);
  });
});
