import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '@shared/questionnaire/schema';
import { freePort, launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, currentQuestion, moved, questions, ready, tabTo } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

const storeChecks = resolve(__dirname, 'page/store-checks.ts');

let app: TestApp | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  scratch = undefined;
});

/** Answers the current question by keyboard only, with a passing answer. */
async function answerByKeyboard(page: Page, question: Question) {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
    case 'choice':
      await page.keyboard.press('1');
      break;
    case 'multiChoice':
      await tabTo(page, '.answer-form input[type=checkbox]');
      await page.keyboard.press('Space');
      break;
    case 'number': {
      const band = spec.bands[0]!;
      const value = band.atLeast ?? band.atMost ?? spec.min ?? 1;
      await tabTo(page, '.answer-form input[inputmode=decimal]');
      await page.keyboard.type(String(value));
      break;
    }
    case 'date':
      await tabTo(page, '.answer-form [data-date-input]');
      await page.keyboard.type('15/01/2026');
      break;
    case 'text':
      await tabTo(page, '.answer-form textarea');
      await page.keyboard.type('Documented in the service description.');
      break;
    case 'certification':
      await tabTo(page, '.answer-form input[type=radio]');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      break;
  }
}

describe('assessment workflow', () => {
  it('walks a full assessment by keyboard only and finalises it', async () => {
    app = await launchTestApp();
    const { page } = app;
    await ready(page);
    await createVendorAndStart(page, 'NICE CXone', { ai: false });
    const total = Number((await page.locator('.question-meta').textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(50);

    const seen = new Set<string>();
    for (let i = 0; i < total; i += 1) {
      const question = await currentQuestion(page);
      seen.add(question.id);
      await answerByKeyboard(page, question);
      if (i < total - 1) {
        await page.keyboard.press('Alt+ArrowRight');
        await moved(page, question.id);
      }
    }
    await page.locator('[data-save-state=saved]').waitFor();
    expect(seen.size).toBe(total);

    const stored = await (await loadPageModule(page, storeChecks))<{ questionId: string }[]>('storedAnswers');
    expect(stored.length).toBe(total);
    // The score panel follows the store through a live query: wait for it to catch up with the last answer.
    await page.waitForFunction(() => !document.querySelector('.score-panel')?.textContent?.includes('provisional'), undefined, { timeout: 10_000 });
    await expect(page.locator('.score-panel').textContent()).resolves.not.toContain('provisional');

    await tabTo(page, 'button.button-primary:not([disabled])');
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Finalise') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Finalise assessment' });
    await dialog.waitFor();
    await tabTo(page, 'dialog button[type=submit]');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('This assessment can no longer be changed', { exact: false }).waitFor();
    await expect(page.locator('.answer-form input').first().isDisabled()).resolves.toBe(true);

    // A finalised assessment refuses answer keys.
    const before = await (await loadPageModule(page, storeChecks))<unknown[]>('storedAnswers');
    await page.keyboard.press('2');
    await page.waitForTimeout(400);
    expect(await (await loadPageModule(page, storeChecks))<unknown[]>('storedAnswers')).toEqual(before);
  }, 180_000);

  it('keeps every answer when the browser is killed mid-session', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'assay-kill-'));
    const profile = { userDataDir: join(scratch, 'profile'), dataDir: join(scratch, 'data'), port: await freePort() };
    app = await launchTestApp({ profile });
    const { page } = app;
    await ready(page);
    await createVendorAndStart(page, 'Five9');
    const answered: string[] = [];
    while (answered.length < 20) {
      const question = await currentQuestion(page);
      if (question.answer.type === 'yesNo' || question.answer.type === 'choice') {
        await page.keyboard.press('2');
        answered.push(question.id);
      }
      await page.keyboard.press('Alt+ArrowRight');
      await moved(page, question.id);
    }
    const lastShown = (await currentQuestion(page)).id;
    // The autosave promise is 500 ms; then kill Chromium without a clean shutdown.
    await page.waitForTimeout(500);
    const pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile.userDataDir}`])
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await app.close();

    app = await launchTestApp({ profile });
    await ready(app.page);
    const stored = await (await loadPageModule(app.page, storeChecks))<{ questionId: string; answer: { value: unknown } }[]>('storedAnswers');
    expect(stored.map((s) => s.questionId).sort()).toEqual([...answered].sort());
    for (const row of stored) {
      const spec = questions.get(row.questionId)!.answer;
      const expected = spec.type === 'yesNo' ? 'partial' : spec.type === 'choice' ? spec.options[1]!.id : undefined;
      expect(row.answer.value).toBe(expected);
    }
    // Reopening resumes at the last question.
    await app.page.locator('.vendor-label', { hasText: 'Five9' }).click();
    await app.page.locator('a[href*="#/assessments/"]').first().click();
    await app.page.locator('.question-card').waitFor();
    expect((await currentQuestion(app.page)).id).toBe(lastShown);
  }, 120_000);

  it('stores evidence with its SHA-256, and refuses a file over the limit without storing it', async () => {
    app = await launchTestApp();
    const { page } = app;
    await ready(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Evidence size limit (MB)').fill('1');
    await page.getByLabel('Evidence size limit (MB)').blur();
    await page.getByRole('link', { name: 'Vendors' }).click();
    await createVendorAndStart(page, 'Talkdesk');

    const report = Buffer.from(`SOC 2 Type II report\n${'x'.repeat(5000)}`);
    await page.locator('.evidence input[type=file]').setInputFiles({ name: 'soc2-report.pdf', mimeType: 'application/pdf', buffer: report });
    await page.locator('.evidence-list li').waitFor();
    const expected = createHash('sha256').update(report).digest('hex');
    await expect(page.locator('.evidence-list li').getAttribute('data-sha256')).resolves.toBe(expected);

    const big = Buffer.alloc(1.5 * 1024 * 1024, 1);
    await page.locator('.evidence input[type=file]').setInputFiles({ name: 'recording.wav', mimeType: 'audio/wav', buffer: big });
    await page.getByText('“recording.wav” is larger than the limit of 1 MB and was not attached.').waitFor();

    const stored = await (await loadPageModule(page, storeChecks))<{ fileName: string; sha256: string; actual: string; size: number }[]>('storedEvidence');
    expect(stored).toEqual([{ fileName: 'soc2-report.pdf', size: report.length, sha256: expected, actual: expected }]);

    // Remove, then undo.
    await page.getByRole('button', { name: 'Remove soc2-report.pdf' }).click();
    await page.locator('.evidence-list').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.evidence-list li').waitFor();
    expect(await (await loadPageModule(page, storeChecks))<unknown[]>('storedEvidence')).toHaveLength(1);
  });
});
