import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '@shared/questionnaire/limits';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

const storeChecks = resolve(__dirname, 'page/store-checks.ts');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Stored = { questionId: string; answer: { status: string; value?: unknown } | null; note?: string; draft?: Record<string, unknown> };

async function stored(page: Page, assessmentId: string): Promise<Stored[]> {
  return (await loadPageModule(page, storeChecks))<Stored[]>('storedAnswers', assessmentId);
}

async function start(page: Page, name: string): Promise<string> {
  await ready(page);
  await createVendorAndStart(page, name);
  return page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2] ?? ''));
}

async function open(page: Page, assessmentId: string, questionId: string) {
  await page.evaluate(([a, q]) => (window.location.hash = `#/assessments/${a}/questions/${q}`), [assessmentId, questionId]);
  await page.locator(`form[data-question="${questionId}"]`).waitFor();
}

describe('nothing typed is dropped', () => {
  it('keeps an answer that is not valid yet as a draft, with the error at its field, until it is fixed', async () => {
    app = await launchTestApp();
    const { page } = app;
    const assessmentId = await start(page, 'Draft vendor');
    await open(page, assessmentId, 'RSL-SLA');
    const field = page.locator('form[data-question="RSL-SLA"] input[inputmode=decimal]');
    await field.fill('85');
    await page.locator('form[data-question="RSL-SLA"] textarea[name=note]').fill('Vendor quoted 85 % for the EU region.');
    const error = page.locator('form[data-question="RSL-SLA"] .field-error').first();
    await expect.poll(() => error.textContent()).toBe('Enter a number from 90 to 100.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('draft');

    // Moving on keeps it: stored as a draft, marked in the navigator, back in the form on return.
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('form[data-question="RSL-SLA"]').waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await stored(page, assessmentId)).find((r) => r.questionId === 'RSL-SLA'))
      .toEqual({
        questionId: 'RSL-SLA',
        answer: null,
        note: 'Vendor quoted 85 % for the EU region.',
        draft: { number: '85' },
      });
    expect(await page.locator('.q-link.status-draft').getAttribute('href')).toContain('RSL-SLA');
    // The next question's indicator is its own, not the draft's.
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('idle');

    await page.reload();
    await open(page, assessmentId, 'RSL-SLA');
    expect(await field.inputValue()).toBe('85');
    expect(await error.textContent()).toBe('Enter a number from 90 to 100.');

    // Finalising waits for the draft and says which question holds it.
    await page.getByRole('button', { name: 'Finalise' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[data-finalise-drafts]').waitFor();
    const number = await page.locator('.q-link[href$="/RSL-SLA"] .q-number').textContent();
    expect(await dialog.locator('[data-finalise-drafts] a').allTextContents()).toEqual([number]);
    expect(await dialog.getByRole('button', { name: 'Finalise' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Fixing the value turns the draft into the answer.
    await field.fill('99.95');
    await expect
      .poll(async () => (await stored(page, assessmentId)).find((r) => r.questionId === 'RSL-SLA'))
      .toEqual({
        questionId: 'RSL-SLA',
        answer: { status: 'answered', value: 99.95 },
        note: 'Vendor quoted 85 % for the EU region.',
      });
    expect(await page.locator('form[data-question="RSL-SLA"] .field-error').count()).toBe(0);
  }, 120_000);

  it('shows the note limit before it bites, and cuts an over-long paste without losing what was there', async () => {
    app = await launchTestApp();
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const assessmentId = await start(page, 'Paste vendor');
    const questionId = 'SEC-RBAC';
    await open(page, assessmentId, questionId);
    const form = page.locator(`form[data-question="${questionId}"]`);
    await page.locator('#question-text').focus();
    await page.keyboard.press('1');
    const note = form.locator('textarea[name=note]');
    await note.fill('Start. ');
    expect(await form.locator('[data-limit-hint]').count()).toBe(0);
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'x'.repeat(315_000));
    await note.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+V');
    expect((await note.inputValue()).length).toBe(MAX_NOTE_LENGTH);
    expect((await note.inputValue()).startsWith('Start. x')).toBe(true);
    expect(await form.locator('[data-limit-hint]').textContent()).toBe(
      'Pasted text was cut to fit the limit of 10,000 characters. 10,000 of 10,000 characters',
    );

    await page.keyboard.press('Alt+ArrowRight');
    await page.locator(`form[data-question="${questionId}"]`).waitFor({ state: 'detached' });
    await expect
      .poll(async () => {
        const row = (await stored(page, assessmentId)).find((r) => r.questionId === questionId);
        return row && { answer: row.answer, length: row.note?.length };
      })
      .toEqual({ answer: { status: 'answered', value: 'yes' }, length: MAX_NOTE_LENGTH });
    expect(await page.locator('[data-limit-hint]').count()).toBe(0);
  }, 120_000);

  it('lets digits choose on every answer type that has choices, and lists every shortcut under ?', async () => {
    app = await launchTestApp();
    const { page } = app;
    const assessmentId = await start(page, 'Keys vendor');
    await open(page, assessmentId, 'SEC-PENTEST-SCOPE');
    await page.locator('#question-text').focus();
    await page.keyboard.press('1');
    await page.keyboard.press('3');
    const boxes = page.locator('form[data-question="SEC-PENTEST-SCOPE"] input[type=checkbox][name=choices]');
    expect(await boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).checked))).toEqual(
      await boxes.evaluateAll((all) => all.map((_, i) => i === 0 || i === 2)),
    );
    // A checkbox with focus still lets the digits work.
    await boxes.nth(0).focus();
    await page.keyboard.press('1');
    expect(await boxes.nth(0).isChecked()).toBe(false);
    expect(await page.locator('.shortcut-hint').textContent()).toContain('1–9 tick or untick an option');

    await open(page, assessmentId, 'SEC-ISO27017');
    await page.locator('#question-text').focus();
    await page.keyboard.press('2');
    expect(await page.locator('form[data-question="SEC-ISO27017"] input[type=radio][value=inProgress]').isChecked()).toBe(true);
    expect(await page.locator('.shortcut-hint').textContent()).toContain('1 yes · 2 in progress · 3 no');
    await expect
      .poll(async () => (await stored(page, assessmentId)).find((r) => r.questionId === 'SEC-ISO27017')?.answer)
      .toEqual({
        status: 'answered',
        value: { held: 'inProgress' },
      });

    await page.keyboard.press('?');
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[data-shortcuts]').waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Keyboard shortcuts');
    expect(await dialog.locator('dd').allTextContents()).toContain('On certifications: yes, in progress, no');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 120_000);

  it('keeps a finding owner typed just before the status is picked, and shows that it saved', async () => {
    app = await launchTestApp();
    const { page } = app;
    const assessmentId = await start(page, 'Findings vendor');
    // Three "No" answers make three findings.
    for (let i = 0; i < 3; i += 1) {
      const form = page.locator('form[data-question]');
      const id = (await form.getAttribute('data-question'))!;
      await page.keyboard.press('3');
      await page.keyboard.press('Alt+ArrowRight');
      await page.locator(`form[data-question="${id}"]`).waitFor({ state: 'detached' });
    }
    await page.evaluate((a) => (window.location.hash = `#/assessments/${a}/findings`), assessmentId);
    const row = page.locator('tr[data-finding-id]').first();
    await row.waitFor();
    await row.locator('input').first().fill('Dana Owner');
    await row.locator('select').selectOption('inProgress');
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
    await page.reload();
    await row.waitFor();
    expect(await row.locator('input').first().inputValue()).toBe('Dana Owner');
    expect(await row.locator('select').inputValue()).toBe('inProgress');
  }, 120_000);
});
