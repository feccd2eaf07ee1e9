import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentExportSchema, historyOf } from '@shared/report/assessment-export';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, currentQuestion, firstYesNoQuestion, moved, newVendorByKeyboard, ready } from '../support/assessment-ui';
import { run } from '../support/pdf-tools';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Answers `count` yes/no questions with key 1 (Yes), then finalises through the dialog; returns the questions' ids and numbers. */
async function answerAndFinalise(page: Page, count: number, open: string, confirm: string) {
  const answered: { id: string; number: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0) {
      const from = await currentQuestion(page);
      await page.keyboard.press('Alt+ArrowRight');
      await moved(page, from.id);
    }
    const question = await firstYesNoQuestion(page);
    await page.keyboard.press('1');
    await page.locator(`[data-save-state=saved][data-save-question="${question.id}"]`).waitFor();
    answered.push({ id: question.id, number: (await page.locator('.q-number-big').textContent())!.trim() });
  }
  await page.getByRole('button', { name: open, exact: true }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return answered;
}

/** Changes one stored answer behind the app's back, with IndexedDB itself: what someone editing the profile could do. */
function alterAnswer(page: Page, questionId: string, value: unknown): Promise<string> {
  return page.evaluate(
    ([id, next]) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('assay');
        request.onsuccess = () => {
          const tx = request.result.transaction('answers', 'readwrite');
          const store = tx.objectStore('answers');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const row = cursor.result;
            if (!row) return;
            if ((row.value as { questionId: string }).questionId === id) row.update({ ...row.value, answer: { status: 'answered', value: next } });
            row.continue();
          };
          tx.oncomplete = () => {
            request.result.close();
            resolve('altered');
          };
          tx.onerror = () => reject(new Error('not altered'));
        };
      }),
    [questionId, value] as const,
  );
}

describe('an assessment’s history in the app', () => {
  it('seals a finalised assessment in its signed report, which Verify’s check holds to the content it carries', async () => {
    app = await launchTestApp();
    const { page } = app;
    await ready(page);
    const identity = await page.evaluate(() =>
      window.assay!['identities:generate']({ name: 'Alex Example', organisation: 'Buyer AG', email: 'alex@example.com', passphrase: 'correct horse battery' }),
    );
    expect(identity.ok).toBe(true);
    await createVendorAndStart(page, 'Genesys Cloud');
    const answered = await answerAndFinalise(page, 3, 'Finalise', 'Finalise');

    // The history lists every change, oldest first, and says it holds.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByTestId('history-holds').waitFor();
    const rows = await page.locator('.history-table tbody tr').allTextContents();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toContain('Assessment started');
    expect(rows.slice(1, 4).map((row) => row.match(/Answer to (\S+) saved/)?.[1])).toEqual(answered.map((question) => question.number));
    expect(rows[4]).toContain('Finalised');
    expect(rows.every((row) => row.includes('Alex Example'))).toBe(true);
    await expect(page.title()).resolves.toBe('History of Cloud contact centre · Assay');

    await page.getByRole('link', { name: '← Cloud contact centre' }).click();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export signed PDF' });
    await dialog.getByLabel('Passphrase of the signing identity').fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Sign and save' }).click();
    await page.getByText('Signed report saved to', { exact: false }).waitFor({ timeout: 30_000 });

    const folder = join(app.dataDir, 'reports');
    const path = join(folder, (await readdir(folder))[0]!);
    const saved = join(app.dataDir, 'assessment.json');
    expect(run('pdfdetach', ['-save', '1', '-o', saved, path]).code).toBe(0);
    const attached = assessmentExportSchema.parse(JSON.parse(await readFile(saved, 'utf8')));
    expect(attached.history).toMatchObject({ entries: 5, last: { kind: 'finalised', seq: 5 } });
    expect(attached.history!.head).toBe(attached.history!.last.hash);
    expect(historyOf(attached)).toBe('holds');
    // The report states the same count and head in words.
    const text = run('pdftotext', ['-layout', path, '-']).out.replace(/\s+/g, ' ');
    expect(text).toContain('Entries in the assessment’s history: 5.');
    expect(text.replace(/ /g, '')).toContain(attached.history!.head);

    // What a forger would change in the attachment no longer matches the sealed entry.
    const changedAnswer = structuredClone(attached);
    changedAnswer.answers[0]!.note = 'Added later.';
    expect(historyOf(changedAnswer)).toBe('altered');
    const changedEntry = structuredClone(attached);
    changedEntry.history!.last.by = 'Mallory';
    expect(historyOf(changedEntry)).toBe('altered');
    const miscounted = structuredClone(attached);
    miscounted.history!.entries = 4;
    expect(historyOf(miscounted)).toBe('altered');
    const { history: _history, ...without } = attached;
    expect(historyOf(without)).toBe('none');
  }, 120_000);

  it('names the entry a row changed outside Assay no longer matches, on the page, in the history and on export (German)', async () => {
    app = await launchTestApp({ locale: 'de' });
    const { page } = app;
    await ready(page);
    await page.evaluate(() =>
      window.assay!['identities:generate']({
        name: 'Alex Beispiel',
        organisation: 'Käufer AG',
        email: 'alex@example.com',
        passphrase: 'correct horse battery',
      }),
    );
    await newVendorByKeyboard(page);
    await page.keyboard.type('Five9');
    await page.keyboard.press('Enter');
    await page.locator('dialog').waitFor({ state: 'detached' });
    await page.locator('.vendor-label', { hasText: 'Five9' }).click();
    await page.getByRole('link', { name: 'Neue Bewertung' }).first().click();
    await page.getByLabel('Bewertete Leistung').fill('Cloud-Contact-Center');
    await page.getByLabel('Bewertet von').fill('Alex Beispiel');
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.locator('.question-card').waitFor();
    const [first] = await answerAndFinalise(page, 2, 'Abschließen', 'Abschließen');
    await expect(page.getByTestId('history-altered').count()).resolves.toBe(0);

    await expect(alterAnswer(page, first!.id, 'no')).resolves.toBe('altered');
    await page.reload();
    const banner = page.getByTestId('history-altered');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Außerhalb von Assay geändert. Eintrag 2 (Antwort auf ${first!.number} gespeichert, `);
    await expect(banner.textContent()).resolves.toContain(', von Alex Beispiel) stimmt nicht mehr mit den gespeicherten Daten überein.');

    await banner.getByRole('link', { name: 'Verlauf anzeigen' }).click();
    await page.locator('.history-table tr.history-flagged').waitFor();
    await expect(page.locator('.history-table tr.history-flagged').getAttribute('data-seq')).resolves.toBe('2');
    await expect(page.getByTestId('history-holds').count()).resolves.toBe(0);

    await page.getByRole('link', { name: '← Cloud-Contact-Center' }).click();
    await page.getByRole('button', { name: 'PDF exportieren' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Passphrase der Signaturidentität').fill('correct horse battery');
    await dialog.locator('button[type=submit]').click();
    await dialog.getByText('Nicht exportiert: Diese Bewertung wurde außerhalb von Assay geändert. Eintrag 2', { exact: false }).waitFor();
    await expect(readdir(join(app.dataDir, 'reports')).catch(() => [])).resolves.toEqual([]);
  }, 120_000);
});
