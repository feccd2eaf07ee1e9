import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, firstYesNoQuestion, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a draft assessment open in two windows', () => {
  it('is written by one window only: the other says so, refuses edits, and takes over when the first closes', async () => {
    app = await launchTestApp();
    const { page: first, context } = app;
    await ready(first);
    await createVendorAndStart(first, 'Two Windows Vendor');
    const question = await firstYesNoQuestion(first);
    const url = first.url();
    const assessmentId = decodeURIComponent(new URL(url).hash.split('/')[2] ?? '');
    // The launcher closes any second page; a later feature might open one all the same, so the test does.
    context.removeAllListeners('page');
    const second = await context.newPage();
    await second.goto(url);
    await second.locator('.question-card').waitFor();
    const banner = second.getByTestId('open-elsewhere');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toBe('This assessment is open in another Assay window. It is read-only here until you close it there.');
    await expect(second.locator('.answer-form input:not([disabled])').count()).resolves.toBe(0);
    await expect(first.getByTestId('open-elsewhere').count()).resolves.toBe(0);

    // The first window answers; the second's keys change nothing, and it shows the first window's answer.
    await first.keyboard.press('1');
    await expect.poll(() => first.locator(`[data-save-question="${question.id}"]`).getAttribute('data-save-state')).toBe('saved');
    // The read-only window follows what the writing one stored.
    await expect.poll(() => second.locator('.answer-form input[value=yes]').isChecked()).toBe(true);
    await second.keyboard.press('3');
    await second.waitForTimeout(800);
    const checks = await loadPageModule(first, resolve(__dirname, 'page/store-checks.ts'));
    const stored = () => checks<{ questionId: string; answer: { value: unknown } }[]>('storedAnswers', assessmentId);
    await expect(stored()).resolves.toEqual([expect.objectContaining({ questionId: question.id, answer: expect.objectContaining({ value: 'yes' }) })]);

    // The first window closes: the second writes from now on.
    await first.close();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => second.locator('.answer-form input:not([disabled])').count()).toBeGreaterThan(0);
    await second.keyboard.press('3');
    await expect.poll(() => second.locator(`[data-save-question="${question.id}"]`).getAttribute('data-save-state')).toBe('saved');
    const after = await loadPageModule(second, resolve(__dirname, 'page/store-checks.ts'));
    await expect(after<{ answer: { value: unknown } }[]>('storedAnswers', assessmentId)).resolves.toEqual([
      expect.objectContaining({ answer: expect.objectContaining({ value: 'no' }) }),
    ]);
  }, 90_000);
});
