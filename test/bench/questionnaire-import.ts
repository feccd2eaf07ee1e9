// Importing a 1,000-question custom questionnaire. In Node: reading the file with every check
// (`readQuestionnaireFile`) beside `JSON.parse` of the same bytes, and writing it (`questionnaireFileText`) beside
// `JSON.stringify` of the same file object. In the app's page: the store's preview and import into a fresh
// database beside a plain Dexie put of the same questionnaire.
import { join } from 'node:path';
import { QUESTIONNAIRE_FILE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION, questionnaireFileText, readQuestionnaireFile } from '@shared/questionnaire/exchange';
import { loadPageModule } from '../support/page-module';
import { withApp } from './app';
import { largeQuestionnaire } from './large-questionnaire';
import type { ImportSamples } from './page-questionnaire-import';

export const QUESTIONNAIRE_IMPORT_RUNS = 15;
/** Issue 14: importing a 1,000-question questionnaire stays under a second. */
export const QUESTIONNAIRE_IMPORT_TARGET_MS = 1000;
const WARM_UP = 2;

export interface QuestionnaireImportBench {
  questions: number;
  bytes: number;
  read: number[];
  parse: number[];
  write: number[];
  stringify: number[];
  page: ImportSamples;
}

function timeMs(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/** Runs each pair `runs` times after a warm-up, taking turns so neither side always runs first. */
function pairs(runs: number, measured: () => unknown, baseline: () => unknown): { measured: number[]; baseline: number[] } {
  for (let i = 0; i < WARM_UP; i += 1) {
    measured();
    baseline();
  }
  const result = { measured: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) result.measured.push(timeMs(measured));
    result.baseline.push(timeMs(baseline));
    if (i % 2 === 1) result.measured.push(timeMs(measured));
  }
  return result;
}

export async function benchQuestionnaireImport(): Promise<QuestionnaireImportBench> {
  const questionnaire = largeQuestionnaire();
  const fileText = questionnaireFileText(questionnaire);
  const data = new TextEncoder().encode(fileText);
  const reading = readQuestionnaireFile(data);
  if (!reading.ok) throw new Error(`the bench questionnaire does not read: ${JSON.stringify(reading.problems.slice(0, 3))}`);
  const file = { format: QUESTIONNAIRE_FILE_FORMAT, formatVersion: QUESTIONNAIRE_FORMAT_VERSION, questionnaire };

  const read = pairs(
    QUESTIONNAIRE_IMPORT_RUNS,
    () => readQuestionnaireFile(data),
    () => JSON.parse(new TextDecoder().decode(data)),
  );
  const write = pairs(
    QUESTIONNAIRE_IMPORT_RUNS,
    () => questionnaireFileText(questionnaire),
    () => JSON.stringify(file, null, 2),
  );
  const page = await withApp(async ({ page: appPage }) => {
    await appPage.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(appPage, join(__dirname, 'page-questionnaire-import.ts'));
    return call<ImportSamples>('run', fileText, QUESTIONNAIRE_IMPORT_RUNS);
  });
  return {
    questions: reading.summary.questions,
    bytes: data.length,
    read: read.measured,
    parse: read.baseline,
    write: write.measured,
    stringify: write.baseline,
    page,
  };
}
