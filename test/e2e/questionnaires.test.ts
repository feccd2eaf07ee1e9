import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { questionnaireCsv, questionnaireFileText, questionnaireSheets, readQuestionnaireWorkbook } from '@shared/questionnaire/exchange';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gridXlsx } from '../../electron/services/spreadsheet/grid-xlsx';
import { gridOf } from '../support/response-pack';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { sixDomains } from '../fixtures/six-domain-questionnaire';
import { launchTestApp, type TestApp } from '../support/app';
import { newVendorByKeyboard, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const storeChecks = resolve(__dirname, 'page/store-checks.ts');
const sixFile = questionnaireFileText(sixDomains);
const builtInQuestions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).length;

async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: typeof content === 'string' ? Buffer.from(content) : content });
  await page.locator('dialog[open]').waitFor();
}

const storedQuestionnaires = async (page: Page) => (await loadPageModule(page, storeChecks))<string[]>('storedQuestionnaires');

describe('the questionnaire manager', () => {
  it('imports a questionnaire with six domains of its own after a preview, offers it for new assessments, exports it and retires it', async () => {
    app = await launchTestApp({ locale: 'en-GB' });
    const { page } = app;
    await ready(page);
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    const builtIn = page.locator('tr[data-questionnaire="cx-platform@1.0.0"]');
    await builtIn.waitFor();
    await expect(builtIn.locator('td').allTextContents()).resolves.toEqual([
      '1.0.0',
      '5',
      String(builtInQuestions),
      'Built in',
      '0 assessments',
      'Export asJSONXLSXCSV',
    ]);

    // A file that is not JSON: the problem in words, and nothing stored.
    await chooseFile(page, 'notes.json', '{ "format": "assay-questionnaire", ');
    await expect(page.locator('[data-import-refused]').textContent()).resolves.toContain('Nothing has been imported.');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await expect(storedQuestionnaires(page)).resolves.toEqual([]);

    // The six-domain questionnaire: its domains and counts first, stored only on Import.
    await chooseFile(page, 'contact-centre.json', sixFile);
    const preview = page.locator('[data-import-preview="new"]');
    await expect(preview.locator('.questionnaires-domains tbody th').allTextContents()).resolves.toEqual(sixDomains.domains.map((d) => d.title.en));
    await expect(storedQuestionnaires(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const imported = page.locator('tr[data-questionnaire="contact-centre-outsourcing@2.1.0"]');
    await imported.waitFor();
    await expect(imported.locator('td').nth(3).textContent()).resolves.toMatch(/^Imported on .* from contact-centre\.json$/);
    await expect(storedQuestionnaires(page)).resolves.toEqual(['contact-centre-outsourcing@2.1.0']);

    // The same file again: already here, nothing to import.
    await chooseFile(page, 'contact-centre.json', sixFile);
    await page.locator('[data-import-preview="same"]').waitFor();
    await expect(page.getByRole('button', { name: 'Import', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();

    // Exported, it is the file it was imported from.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Contact-centre outsourcing review 2.1.0 as JSON' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('contact-centre-outsourcing-2.1.0.json');
    expect(await readFile((await file.path())!, 'utf8')).toBe(sixFile);

    // A new assessment can use it.
    await page.getByRole('link', { name: 'Vendors' }).click();
    await newVendorByKeyboard(page);
    await page.keyboard.type('Northwind Contact');
    await page.keyboard.press('Enter');
    await page.locator('dialog').waitFor({ state: 'detached' });
    await page.locator('.vendor-label', { hasText: 'Northwind Contact' }).click();
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    const picker = page.getByLabel('Questionnaire', { exact: true });
    await picker.waitFor();
    await expect(picker.locator('option').allTextContents()).resolves.toEqual([
      'CX platform vendor assessment, version 1.0.0',
      'Contact-centre outsourcing review, version 2.1.0',
    ]);
    await picker.selectOption('contact-centre-outsourcing@2.1.0');
    await expect(page.locator('[data-questionnaire="contact-centre-outsourcing@2.1.0"]').textContent()).resolves.toBe('Domains: 6 · questions: 9');
    await page.getByLabel('Service in scope').fill('Inbound customer service');
    await page.getByLabel('Assessor').fill('Alex Example');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.locator('.question-card').waitFor();
    await expect(page.locator('.question-card').textContent()).resolves.toContain(sixDomains.domains[0]!.sections[0]!.questions[0]!.text.en);
    const assessmentUrl = page.url();

    // Retired, it is no longer offered; the assessment made with it keeps it.
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('button', { name: 'Retire Contact-centre outsourcing review 2.1.0' }).click();
    await page.locator('tr[data-retired]').waitFor();
    await expect(imported.locator('td').nth(4).textContent()).resolves.toBe('1 assessment');
    await page.getByRole('link', { name: 'Vendors' }).click();
    await page.locator('.vendor-label', { hasText: 'Northwind Contact' }).click();
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    await picker.waitFor();
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(['CX platform vendor assessment, version 1.0.0']);
    await page.goto(assessmentUrl);
    await page.locator('.question-card').waitFor();
    await expect(page.locator('.question-card').textContent()).resolves.toContain(sixDomains.domains[0]!.sections[0]!.questions[0]!.text.en);
  });

  it('speaks German, and refuses a file that is no questionnaire without storing anything', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    const { page } = app;
    await ready(page);
    await page.getByRole('link', { name: 'Fragenkataloge' }).click();
    await page.locator('tr[data-questionnaire="cx-platform@1.0.0"]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Fragenkataloge');
    await expect(page.locator('tr[data-questionnaire="cx-platform@1.0.0"] td').nth(3).textContent()).resolves.toBe('Mitgeliefert');
    await chooseFile(page, 'bericht.json', JSON.stringify({ title: 'Kein Fragenkatalog' }));
    await expect(page.locator('[data-import-refused]').textContent()).resolves.toContain('Es wurde nichts importiert.');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect(storedQuestionnaires(page)).resolves.toEqual([]);
  });

  it('imports a questionnaire from a workbook of one row per question, and exports it as XLSX and CSV that read back equal', async () => {
    app = await launchTestApp({ locale: 'en-GB' });
    const { page, dataDir } = app;
    await ready(page);
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.locator('tr[data-questionnaire="cx-platform@1.0.0"]').waitFor();

    const workbook = await gridXlsx(questionnaireSheets(sixDomains), { created: new Date('2026-12-01T09:00:00Z') });
    await chooseFile(page, 'contact-centre.xlsx', workbook);
    const preview = page.locator('[data-import-preview="new"]');
    await expect(preview.locator('.questionnaires-domains tbody th').allTextContents()).resolves.toEqual(sixDomains.domains.map((d) => d.title.en));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await expect(storedQuestionnaires(page)).resolves.toEqual(['contact-centre-outsourcing@2.1.0']);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Contact-centre outsourcing review 2.1.0 as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('contact-centre-outsourcing-2.1.0.csv');
    expect(await readFile((await csv.path())!, 'utf8')).toBe(questionnaireCsv(sixDomains));

    await page.getByRole('button', { name: 'Export Contact-centre outsourcing review 2.1.0 as an XLSX workbook' }).click();
    await page.locator('.toasts', { hasText: 'Saved as' }).waitFor();
    const saved = (await readdir(join(dataDir, 'reports'))).filter((f) => f.endsWith('.xlsx'));
    expect(saved).toEqual(['contact-centre-outsourcing-2.1.0.xlsx']);
    const reading = readQuestionnaireWorkbook(await gridOf(await readFile(join(dataDir, 'reports', saved[0]!))));
    expect(reading.ok && reading.questionnaire).toEqual(sixDomains);
  });
});
