import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '@shared/questionnaire/answers';
import type { Question } from '@shared/questionnaire/schema';
import { answerFromForm, digitOptions, formValues, type AnswerFormValues } from '../../renderer/src/features/assessments/answer-model';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, questions, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

const storeChecks = resolve(__dirname, 'page/store-checks.ts');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** One thing a fast keyboard user does; `pick` chooses among what the current question offers. */
type Step =
  | { kind: 'digit'; pick: number }
  | { kind: 'note'; text: string }
  | { kind: 'value'; pick: number; text: string }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'jump'; pick: number };

const word = fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop'.split('')), minLength: 1, maxLength: 8 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('digit' as const), pick: fc.nat(8) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('note' as const), text: word }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('value' as const), pick: fc.nat(99), text: word }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'next' as const }), weight: 4 },
  { arbitrary: fc.constant({ kind: 'previous' as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('jump' as const), pick: fc.nat(40) }), weight: 1 },
);

/** The question the address names: it changes the moment a navigation key is handled. */
const currentId = (page: Page, fallback: string) =>
  page.evaluate((id) => {
    const parts = window.location.hash.split('/');
    return parts[3] === 'questions' && parts[4] ? decodeURIComponent(parts[4]) : id;
  }, fallback);

/** Dates a user types, some of them making the answer incomplete (a certificate without its end date). */
const DATES = ['2025-12-31', '2026-01-20', '2024-02-29', '2026-03-01'];

/**
 * Plays the steps as fast as the page takes them, keeping a model of what the form of
 * each question must hold. Nothing waits for a save; only for the question's own form.
 */
async function play(page: Page, steps: Step[], model: Map<string, AnswerFormValues>) {
  let id = (await page.locator('form[data-question]').getAttribute('data-question'))!;
  const form = () => `form[data-question="${id}"]`;
  const values = (question: Question) => {
    if (!model.has(question.id)) model.set(question.id, formValues(question, undefined, undefined));
    return model.get(question.id)!;
  };
  for (const step of steps) {
    const question = questions.get(id)!;
    if (step.kind === 'next' || step.kind === 'previous') {
      await page.keyboard.press(step.kind === 'next' ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
      id = await currentId(page, id);
      continue;
    }
    if (step.kind === 'jump') {
      const links = page.locator('.q-link');
      const count = await links.count();
      const link = links.nth(step.pick % count);
      const target = decodeURIComponent((await link.getAttribute('href'))!.split('/').pop()!);
      await link.click();
      await page.waitForFunction((to) => window.location.hash.endsWith(`/${encodeURIComponent(to)}`), target);
      id = target;
      continue;
    }
    await page.locator(form()).waitFor();
    const v = values(question);
    if (step.kind === 'note') {
      await page.locator(`${form()} textarea[name=note]`).focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(step.text);
      v.note += step.text;
    } else if (step.kind === 'digit') {
      const options = digitOptions(question);
      if (options.length === 0) continue;
      const index = step.pick % Math.min(9, options.length);
      await page.locator('#question-text').focus();
      await page.keyboard.press(String(index + 1));
      const option = options[index]!;
      v.na = false;
      if (option.field === 'choice') v.choice = option.value;
      else if (option.field === 'cert.held') v.cert.held = option.value as AnswerFormValues['cert']['held'];
      else v.choices = v.choices.includes(option.value) ? v.choices.filter((c) => c !== option.value) : [...v.choices, option.value];
    } else {
      const spec = question.answer;
      if (spec.type === 'number') {
        const text = String(step.pick * 10 - 50);
        await page.locator(`${form()} input[inputmode=decimal]`).fill(text);
        v.number = text;
      } else if (spec.type === 'date') {
        const date = DATES[step.pick % DATES.length]!;
        await page.locator(`${form()} input[name=date]`).fill(date);
        v.date = date;
      } else if (spec.type === 'text') {
        await page.locator(`${form()} textarea[name=text]`).focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(step.text);
        v.text += step.text;
      } else if (spec.type === 'certification' && v.cert.held === 'yes') {
        await page.locator(`${form()} input[name="cert.certificateId"]`).focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(step.text);
        v.cert.certificateId += step.text;
      }
    }
  }
}

/** What the store must hold for a question whose form holds `values`. */
function expectedRow(question: Question, values: AnswerFormValues): { answer: Answer | null; note?: string; draft: boolean } | null {
  const answer = answerFromForm(question, values);
  const note = values.note.trim() || undefined;
  if (!answer && !note) return null;
  if (answer && !answerSchema(question).safeParse(answer).success) return { answer: null, note, draft: true };
  return { answer: answer && (answerSchema(question).parse(answer) as Answer), note, draft: false };
}

describe('fast keyboard entry', () => {
  it('stores exactly what was typed, for the question it was typed on, across random fast sequences', async () => {
    app = await launchTestApp();
    const { page } = app;
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const seeds = [20261202, 7, 4242];
    for (const [run, seed] of seeds.entries()) {
      await page.evaluate(() => (window.location.hash = '#/vendors'));
      await page.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor();
      await createVendorAndStart(page, `Race vendor ${run + 1}`);
      const assessmentId = await page.evaluate(() => decodeURIComponent(window.location.hash.split('/')[2] ?? ''));
      const steps = fc.sample(fc.array(stepArb, { minLength: 150, maxLength: 150 }), { numRuns: 1, seed })[0]!;
      const model = new Map<string, AnswerFormValues>();
      const started = Date.now();
      await play(page, steps, model);
      console.log(`seed ${seed}: ${steps.length} steps in ${Date.now() - started} ms, ${model.size} questions touched`);
      // Leaving the assessment writes whatever still waits.
      await page.locator('.back-link').first().click();
      await page.locator('form[data-question]').waitFor({ state: 'detached' });
      const expected = [...model]
        .map(([questionId, values]) => ({ questionId, row: expectedRow(questions.get(questionId)!, values) }))
        .filter((e) => e.row !== null)
        .map(({ questionId, row }) => ({ questionId, answer: row!.answer, note: row!.note, draft: row!.draft }))
        .sort((a, b) => a.questionId.localeCompare(b.questionId));
      const stored = async () =>
        (
          await (
            await loadPageModule(page, storeChecks)
          )<{ questionId: string; assessmentId: string; answer: Answer | null; note?: string; draft?: unknown }[]>('storedAnswers', assessmentId)
        )
          .map((r) => ({ questionId: r.questionId, answer: r.answer, note: r.note, draft: r.draft !== undefined }))
          .sort((a, b) => a.questionId.localeCompare(b.questionId));
      await expect.poll(stored, { timeout: 10_000, message: `seed ${seed}` }).toEqual(expected);
      expect(expected.length, `seed ${seed} typed into several questions`).toBeGreaterThan(5);
    }
  }, 600_000);
});
