import type { Page } from 'playwright-core';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Question } from '@shared/questionnaire/schema';

/** Every question of the built-in questionnaire, by id. */
export const questions = new Map<string, Question>(builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions.map((q) => [q.id, q]))));

export async function ready(page: Page) {
  await page.locator('[data-app-ready]').waitFor();
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function currentQuestion(page: Page): Promise<Question> {
  const link = await page.locator('.q-link[aria-current=step]').getAttribute('href');
  return questions.get(decodeURIComponent(link!.split('/').pop()!))!;
}

/** Waits until the questionnaire shows another question than `id`. */
export async function moved(page: Page, id: string) {
  await page.waitForFunction((from) => !document.querySelector('.q-link[aria-current=step]')?.getAttribute('href')?.endsWith(`/${from}`), id);
}

/** Steps forward from the current question to the first yes/no question (answered with keys 1 to 3) and returns it. */
export async function firstYesNoQuestion(page: Page): Promise<Question> {
  let question = await currentQuestion(page);
  while (question.answer.type !== 'yesNo') {
    await page.keyboard.press('Alt+ArrowRight');
    await moved(page, question.id);
    question = await currentQuestion(page);
  }
  return question;
}

/** Opens the new-vendor dialog with its shortcut, which the vendor list listens for once it has mounted. */
export async function newVendorByKeyboard(page: Page) {
  for (let attempt = 0; ; attempt += 1) {
    await page.keyboard.press('Control+N');
    try {
      await page.locator('dialog[open]').waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

export async function createVendorAndStart(page: Page, name: string, profile: { ai?: boolean } = {}) {
  await newVendorByKeyboard(page);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('dialog').waitFor({ state: 'detached' });
  await page.locator('.vendor-label', { hasText: name }).click();
  await page.getByRole('link', { name: 'New assessment' }).first().click();
  await page.getByLabel('Service in scope').fill('Cloud contact centre');
  await page.getByLabel('Assessor').fill('Alex Example');
  if (profile.ai === false) await page.getByLabel('No AI features').check();
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await page.locator('.question-card').waitFor();
}
