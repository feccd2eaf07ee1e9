import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../electron/launcher/chromium';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Answer } from '@shared/questionnaire/answers';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, currentQuestion, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';
import { fillPack, vendorAnswer } from '../support/response-pack';
import { simplePdf } from '../support/pdf-tools';
import { caiqWorkbookXlsx } from '../support/caiq-workbook';
import { ccmReferencesOf } from '@shared/caiq/ccm-references';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const responseChecks = resolve(__dirname, 'page/response-checks.ts');
const bank = builtInQuestionnaire;
const everyAnswer: Record<string, Answer> = Object.fromEntries(
  bank.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).map((q, i) => [q.id, vendorAnswer(q, i)]),
);

async function chooseWorkbook(page: Page, name: string, buffer: Buffer) {
  await page.locator('dialog[open] input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('the vendor response exchange', () => {
  it('saves a pack, refuses a file that is no workbook, imports the filled pack after a preview and shows each answer’s source', async () => {
    app = await launchTestApp({ locale: 'en-GB' });
    const { page, dataDir } = app;
    await ready(page);
    await createVendorAndStart(page, 'Example Contact Cloud');
    const rows = async () =>
      (await loadPageModule(page, responseChecks))<{ questionId: string; answered: boolean; source: string | null; confirmed: boolean }[]>('answerRows');

    // Out: the pack, saved as a workbook.
    await page.getByRole('button', { name: 'Response pack for the vendor…' }).click();
    await page.getByLabel('Your organisation').fill('Musterbank AG');
    await page.getByLabel('Contact for questions').fill('Procurement, procurement@example.com');
    await page.getByRole('button', { name: 'Save workbook' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const saved = (await readdir(join(dataDir, 'reports'))).filter((f) => f.endsWith('.xlsx'));
    expect(saved).toHaveLength(1);
    const pack = await readFile(join(dataDir, 'reports', saved[0]!));

    // A PDF named .xlsx: the reason in words, and nothing written.
    await page.getByRole('button', { name: 'Import vendor response…' }).click();
    await chooseWorkbook(page, 'answers.xlsx', await simplePdf());
    await expect(page.locator('dialog[open] [role=alert]').textContent()).resolves.toBe(
      'This is a PDF document, not a spreadsheet. Signed reports are checked on the Verify page.',
    );
    expect(await rows()).toEqual([]);

    // The filled pack: a preview first, then one import.
    const filled = await fillPack(pack, bank, everyAnswer, 'en');
    await chooseWorkbook(page, 'Example answers.xlsx', filled);
    const preview = page.locator('[data-testid=response-preview]');
    await preview.waitFor();
    const summary = await preview.locator('[role=status]').textContent();
    const asked = Number(
      /^Questions in the workbook: (\d+) · new answers: \1 · different from yours: 0 · unchanged: 0 · left blank: 0$/.exec(summary ?? '')?.[1],
    );
    expect(asked).toBeGreaterThan(50);
    expect(await rows()).toEqual([]);
    await page.getByRole('button', { name: `Import ${asked} answers` }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const written = await rows();
    expect(written).toHaveLength(asked);
    expect(written.every((r) => r.answered && r.source === 'Example answers.xlsx' && !r.confirmed)).toBe(true);

    // Beside the answer: where it came from; the assessor confirms it.
    const question = await currentQuestion(page);
    const note = page.locator('[data-answer-source]');
    await expect(note.getAttribute('data-answer-source')).resolves.toBe('unconfirmed');
    await expect(note.textContent()).resolves.toContain('From the vendor’s response · Example answers.xlsx');
    await note.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('[data-answer-source=confirmed]').waitFor();
    expect((await rows()).find((r) => r.questionId === question.id)?.confirmed).toBe(true);
  });

  it('reads a vendor’s CAIQ as suggestions, which the assessor edits, accepts or rejects before any answer is written', async () => {
    app = await launchTestApp({ locale: 'en-GB' });
    const { page } = app;
    await ready(page);
    await createVendorAndStart(page, 'Example Contact Cloud');
    const rows = async () =>
      (await loadPageModule(page, responseChecks))<{ questionId: string; answered: boolean; source: string | null; value: unknown }[]>('answerRows');
    // Controls of three yes/no questions that apply to every service profile, one shared with the customer.
    const controls = [
      ...new Set(
        bank.domains
          .flatMap((d) => d.sections.flatMap((s) => s.questions))
          .filter((q) => q.answer.type === 'yesNo' && !q.appliesWhen)
          .map((q) => ccmReferencesOf(q.id)[0])
          .filter((c): c is string => c !== undefined),
      ),
    ].slice(0, 3);
    expect(controls).toHaveLength(3);
    const caiq = await caiqWorkbookXlsx([
      { id: `${controls[0]}.1`, answer: 'Yes', ownership: 'Shared CSP and CSC', implementation: 'Placeholder vendor text.' },
      { id: `${controls[1]}.1`, answer: 'No', ownership: 'CSP-owned' },
      { id: `${controls[2]}.1`, answer: 'Yes', ownership: 'CSP-owned' },
    ]);
    await page.getByRole('button', { name: 'Read the vendor’s CAIQ…' }).click();
    await page.locator('dialog[open] input[type=file]').setInputFiles({ name: 'caiq.xlsx', mimeType: 'application/octet-stream', buffer: caiq });
    const review = page.locator('[data-testid=caiq-review]');
    await review.waitFor();
    // The suggestions that fill in an answer (yes/no questions); the others quote the vendor only.
    const suggestions = review.locator('li[data-question]:has(select)');
    const count = await suggestions.count();
    expect(count).toBeGreaterThan(1);
    await expect(review.locator('li[data-question]').first().textContent()).resolves.toContain('Shared');

    // Edit the second to "No", accept all in bulk, then take the first back and reject it.
    const first = await suggestions.nth(0).getAttribute('data-question');
    const second = await suggestions.nth(1).getAttribute('data-question');
    await suggestions.nth(1).getByRole('combobox').selectOption('no');
    await review.getByRole('button', { name: /^Accept all/ }).click();
    await suggestions.nth(0).getByRole('button', { name: 'Undo' }).click();
    await suggestions.nth(0).getByRole('button', { name: 'Reject' }).click();
    await expect(suggestions.nth(0).getAttribute('data-decision')).resolves.toBe('rejected');
    expect(await rows()).toEqual([]);

    const apply = page.getByRole('button', { name: /^Answer \d+ questions?$/ });
    expect(Number(/(\d+)/.exec((await apply.textContent()) ?? '')?.[1])).toBe(count - 1);
    await apply.click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const written = await rows();
    expect(written).toHaveLength(count - 1);
    expect(written.every((r) => r.answered && r.source === 'caiq.xlsx')).toBe(true);
    expect(written.map((r) => r.questionId)).not.toContain(first);
    expect(written.find((r) => r.questionId === second)?.value).toBe('no');
  });

  it('saves the pack as an offline form, which a vendor fills in a browser without a network, and imports the answers file it saves', async () => {
    app = await launchTestApp({ locale: 'en-GB' });
    const { page, dataDir } = app;
    await ready(page);
    await createVendorAndStart(page, 'Example Contact Cloud');
    const rows = async () => (await loadPageModule(page, responseChecks))<{ questionId: string; value: unknown; source: string | null }[]>('answerRows');

    await page.getByRole('button', { name: 'Response pack for the vendor…' }).click();
    await page.getByLabel('Offline form (.html), for vendors without a spreadsheet program').check();
    await page.getByLabel('Your organisation').fill('Musterbank AG');
    await page.getByRole('button', { name: 'Save form' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const saved = (await readdir(join(dataDir, 'reports'))).filter((f) => f.endsWith('.html'));
    expect(saved).toHaveLength(1);
    const html = await readFile(join(dataDir, 'reports', saved[0]!), 'utf8');

    // The vendor's browser: a separate one, which blocks every request the page might make.
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumFlags() });
    let answersFile: Buffer;
    try {
      const vendorPage = await browser.newPage({ acceptDownloads: true });
      const requests: string[] = [];
      await vendorPage.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      await vendorPage.setContent(html);
      const blocks = vendorPage.locator('section.question');
      await blocks.first().waitFor();
      // Answer the first three list questions with their first choice, and comment on the first.
      const lists = vendorPage.locator('section.question:not(:has(input[type=date])) select');
      for (let i = 0; i < 3; i += 1) await lists.nth(i).selectOption({ index: 1 });
      await blocks.first().locator('textarea').last().fill('See our trust centre.');
      const [download] = await Promise.all([vendorPage.waitForEvent('download'), vendorPage.getByRole('button', { name: 'Save answers as a file' }).click()]);
      answersFile = await readFile((await download.path())!);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }

    await page.getByRole('button', { name: 'Import vendor response…' }).click();
    await page.locator('dialog[open] input[type=file]').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: answersFile });
    const preview = page.locator('[data-testid=response-preview]');
    await preview.waitFor();
    await expect(preview.locator('[role=status]').textContent()).resolves.toMatch(/^Questions in the workbook: \d+ · new answers: 3 · /);
    await page.getByRole('button', { name: 'Import 3 answers' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const written = await rows();
    expect(written).toHaveLength(3);
    expect(written.every((r) => r.source === 'answers.json')).toBe(true);
  });
});
