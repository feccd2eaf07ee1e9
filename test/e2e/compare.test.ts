import { readdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '@shared/questionnaire/answers';
import { launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';
import { run } from '../support/pdf-tools';
import { comparisonModelSchema } from '@shared/compare/model';

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

/** Every question row of the virtualised answers table, scrolling it from top to bottom. */
async function allQuestionRows(page: Page): Promise<{ id: string; differs: boolean }[]> {
  const scroller = page.locator('[data-answers-scroll]');
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  const seen = new Map<string, boolean>();
  for (;;) {
    const batch = await page
      .locator('tr[data-question-id]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-question-id')!, r.classList.contains('compare-differs')] as const));
    for (const [id, differs] of batch) seen.set(id, differs);
    const done = await scroller.evaluate((el) => {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
      el.scrollBy({ top: el.clientHeight * 0.8 });
      return false;
    });
    if (done) break;
    await page.waitForTimeout(30);
  }
  return [...seen].map(([id, differs]) => ({ id, differs }));
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
    await page.waitForFunction(
      (ids) => ids.every((id) => window.location.hash.includes(id)),
      seeded.map((s) => s.assessmentId),
    );

    // Balanced (3/2/3/2/2): Talkdesk 900/12 = 75, Genesys 700/12 = 58, Five9 650/12 = 54.
    await expectRanking(page, ['Talkdesk', 'Genesys', 'Five9']);
    await expect(page.locator('[data-ranked-vendor=Talkdesk] .compare-overall').textContent()).resolves.toBe('75');
    const explanation = page.locator('[data-rank-explanation]');
    await expect(explanation.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(explanation.textContent()).resolves.toBe('Change a weight to see how the ranking responds.');
    // Resilience r: Talkdesk 900/(10 + r), Five9 (450 + 100 r)/(10 + r): Talkdesk leads while r < 4.5.
    const robustness = page.locator('[data-robustness]');
    await expect(robustness.getByRole('heading').textContent()).resolves.toBe('How robust is the first place?');
    await expect(robustness.locator('li').allTextContents()).resolves.toContain(
      'Talkdesk stays first for any Resilience and SLAs weight from 0 to 4. At 5, Five9 takes first place.',
    );
    await expect(robustness.locator('.compare-robustness-figure').textContent()).resolves.toMatch(
      /^Stability: \d+\s?% of the weightings within one step of these keep Talkdesk first \(\d+ of 243\)\.$/,
    );

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
    // Whole numbers, as the screen and the PDF show them: 75, 58.33 and 54.17.
    expect(lines.find((line) => line.startsWith('1,'))).toMatch(/^1,Talkdesk,75,/);
    expect(lines.find((line) => line.startsWith('2,'))).toMatch(/^2,Genesys,58,/);
    expect(lines.find((line) => line.startsWith('3,'))).toMatch(/^3,Five9,54,/);

    // Answers side by side: every question, then only the differing ones.
    const answeredIds = [...new Set(seeded.flatMap((s) => Object.keys(s.answers)))];
    const differing = answeredIds.filter((id) => new Set(seeded.map((s) => JSON.stringify(s.answers[id] ?? null))).size > 1).sort();
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(answeredIds.length);

    await page.getByLabel('Domain', { exact: true }).selectOption('all');
    await page.locator('[data-shown-rows="154"]').waitFor();
    // Virtualised: far fewer rows are in the page than the table holds.
    expect(await page.locator('tr[data-question-id]').count()).toBeLessThan(80);
    const all = await allQuestionRows(page);
    expect(all).toHaveLength(154);
    expect(
      all
        .filter((r) => r.differs)
        .map((r) => r.id)
        .sort(),
    ).toEqual(differing);

    await page.getByLabel('Only differing answers').check();
    await page.locator(`[data-shown-rows="${differing.length}"]`).waitFor();
    const shown = (await allQuestionRows(page)).map((r) => r.id).sort();
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

  it('saves a named weight profile, applies it after a restart, and records it in the XLSX and the signed PDF', async () => {
    app = await launchTestApp();
    const { page } = app;
    const seeded = await seed(page);
    const identity = await page.evaluate(() =>
      window.assay!['identities:generate']({ name: 'Alex Example', organisation: 'Buyer AG', passphrase: 'correct horse battery' }),
    );
    expect(identity.ok).toBe(true);
    for (const { name } of seeded) await page.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
    await expectRanking(page, ['Talkdesk', 'Genesys', 'Five9']);

    // Open findings by severity and the certification matrix, per vendor.
    await expect(page.locator('[data-ranked-vendor=Talkdesk] .compare-findings').getAttribute('aria-label')).resolves.toMatch(
      /^\d+ critical, \d+ high, \d+ medium, \d+ low$/,
    );
    await expect(page.locator('[data-certification=SEC-ISO27001] td').allTextContents()).resolves.toEqual(['Not answered', 'Not answered', 'Not answered']);

    // Save resilience 5 as a profile; an empty name is refused first.
    await page.getByLabel('Resilience and SLAs weight (0 to 10)').fill('5');
    await expectRanking(page, ['Five9', 'Talkdesk', 'Genesys']);
    await page.getByRole('button', { name: 'Save as profile…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save weight profile' });
    await dialog.getByLabel('Profile name').fill('   ');
    await page.keyboard.press('Enter');
    await dialog.getByText('Enter a name for the profile.').waitFor();
    await dialog.getByLabel('Profile name').fill('Contact centre uptime');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: 'Contact centre uptime', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');

    // After a restart the profile is still there and puts its weights back.
    await page.reload();
    await page.locator('[data-app-ready]').waitFor();
    await expectRanking(page, ['Talkdesk', 'Genesys', 'Five9']);
    await page.getByRole('button', { name: 'Contact centre uptime', exact: true }).click();
    await expectRanking(page, ['Five9', 'Talkdesk', 'Genesys']);
    await expect(page.getByLabel('Resilience and SLAs weight (0 to 10)').inputValue()).resolves.toBe('5');
    const screenScores = await page
      .locator('[data-ranked-vendor]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-ranked-vendor'), Number(r.querySelector('.compare-overall')!.textContent)] as const));

    // XLSX: the same numbers as on screen, and the weights with the profile's name.
    const folder = join(app.dataDir, 'reports');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    await page.getByText('Comparison saved to', { exact: false }).waitFor();
    const xlsxName = (await readdir(folder)).find((f) => f.endsWith('.xlsx'))!;
    expect(xlsxName).toMatch(/^Vendor comparison \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(join(folder, xlsxName))).buffer);
    const values: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values.flat()).toContain('Contact centre uptime');
    const weightRow = values.find((row) => row.includes('Resilience and SLAs') && row.some((cell) => typeof cell === 'number'));
    expect(weightRow?.find((cell) => typeof cell === 'number')).toBe(5);
    for (const [vendor, score] of screenScores) {
      const row = values.find((r) => r.includes(vendor) && typeof r[0] === 'number');
      expect(row, vendor!).toBeDefined();
      expect(row!.some((cell) => cell === score)).toBe(true);
    }

    // Signed PDF through the dialog: pdfsig accepts it, and it carries the comparison with its weights.
    await page.getByRole('button', { name: 'Export signed PDF…' }).click();
    const pdfDialog = page.getByRole('dialog', { name: 'Export the comparison as a signed PDF' });
    await pdfDialog.getByLabel('Passphrase of the signing identity').fill('correct horse battery');
    await pdfDialog.getByRole('button', { name: 'Sign and save' }).click();
    await page.getByText('Signed comparison saved to', { exact: false }).waitFor({ timeout: 60_000 });
    const pdfName = (await readdir(folder)).find((f) => f.endsWith('.pdf'))!;
    const pdf = join(folder, pdfName);
    const sig = run('pdfsig', [pdf]).out;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
    expect(run('qpdf', ['--check', pdf]).code).toBe(0);
    const attached = join(app.dataDir, 'comparison.json');
    expect(run('pdfdetach', ['-save', '1', '-o', attached, pdf]).code).toBe(0);
    const model = comparisonModelSchema.parse(JSON.parse(await readFile(attached, 'utf8')));
    expect(model.weightProfile).toBe('Contact centre uptime');
    expect(model.domains.find((d) => d.title === 'Resilience and SLAs')?.weight).toBe(5);
    expect(model.vendors.map((v) => v.name)).toEqual(['Five9', 'Talkdesk', 'Genesys']);
    expect(run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).out).toContain('Contact centre uptime');

    // Deleting the profile can be undone.
    await page.getByRole('button', { name: 'Delete profile Contact centre uptime' }).click();
    await page.getByRole('button', { name: 'Contact centre uptime', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Contact centre uptime', exact: true }).waitFor();
  }, 120_000);
});
