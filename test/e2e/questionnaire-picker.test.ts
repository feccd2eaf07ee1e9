import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { launchTestApp, type TestApp } from '../support/app';
import { newVendorByKeyboard, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const questionCount = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).length;

const cases = [
  {
    locale: 'en-GB',
    newAssessment: 'New assessment',
    label: 'Questionnaire',
    option: 'CX platform vendor assessment, version 1.0.0',
    facts: `Domains: 5 · questions: ${questionCount}`,
    service: 'Service in scope',
    assessor: 'Assessor',
    start: 'Start assessment',
  },
  {
    locale: 'de-DE',
    newAssessment: 'Neue Bewertung',
    label: 'Fragenkatalog',
    option: 'Bewertung von CX-Plattform-Anbietern, Version 1.0.0',
    facts: `Domänen: 5 · Fragen: ${questionCount}`,
    service: 'Bewertete Leistung',
    assessor: 'Bewertet von',
    start: 'Bewertung beginnen',
  },
];

describe('the questionnaire picker on the new-assessment page', () => {
  for (const c of cases) {
    it(`offers the catalog's questionnaires, says what each holds, and starts the assessment with the chosen one (${c.locale})`, async () => {
      app = await launchTestApp({ locale: c.locale });
      const { page } = app;
      await ready(page);
      await newVendorByKeyboard(page);
      await page.keyboard.type('Genesys');
      await page.keyboard.press('Enter');
      await page.locator('dialog').waitFor({ state: 'detached' });
      await page.locator('.vendor-label', { hasText: 'Genesys' }).click();
      await page.getByRole('link', { name: c.newAssessment }).first().click();

      const picker = page.getByLabel(c.label, { exact: true });
      await picker.waitFor();
      await expect(picker.locator('option').allTextContents()).resolves.toEqual([c.option]);
      await expect(picker.inputValue()).resolves.toBe('cx-platform@1.0.0');
      const describedBy = (await picker.getAttribute('aria-describedby'))!;
      await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(c.facts);

      await page.getByLabel(c.service).fill('Cloud contact centre');
      await page.getByLabel(c.assessor).fill('Alex Example');
      await page.getByRole('button', { name: c.start }).click();
      await page.locator('.question-card').waitFor();
      const stored = await (
        await loadPageModule(page, resolve(__dirname, 'page/store-checks.ts'))
      )<{ questionnaireId: string; questionnaireVersion: string }[]>('storedAssessments');
      expect(stored.map((a) => `${a.questionnaireId}@${a.questionnaireVersion}`)).toEqual(['cx-platform@1.0.0']);
    });
  }
});
