// Spreadsheets Assay exchanges, in Node, each beside exceljs doing the raw work on the same workbook in the same run:
// - a vendor response pack of the whole bank: writing it (responsePackXlsx) beside exceljs writing the loaded workbook;
// - importing it filled: the file worker's read (zip checks, exceljs, plain rows) and readResponsePack, beside a plain
//   exceljs load of the same bytes;
// - a 1,000-question custom questionnaire as XLSX: reading it (readWorkbookGrid + readQuestionnaireWorkbook) beside an
//   exceljs load, and writing it (questionnaireSheets + gridXlsx) beside exceljs writing the loaded workbook.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { responsePackXlsx } from '../../electron/services/documents/response-pack/xlsx';
import { createFileWorker } from '../../electron/services/isolation/isolated';
import { gridXlsx } from '../../electron/services/spreadsheet/grid-xlsx';
import { readWorkbookGrid } from '../../electron/services/spreadsheet/read-workbook';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { questionnaireSheets, readQuestionnaireWorkbook } from '@shared/questionnaire/exchange';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { readResponsePack } from '@shared/response-pack/read';
import { fillPack, packContext, samplePack, vendorAnswer } from '../support/response-pack';
import { root } from './app';
import { largeQuestionnaire } from './large-questionnaire';

export const SPREADSHEET_RUNS = 11;
/** Issue 14: exporting and importing a pack of the whole bank, and importing a 1,000-question questionnaire, each under a second. */
export const SPREADSHEET_TARGET_MS = 1000;
const WARM_UP = 2;

/** A profile that brings in every question the bank can ask. */
const EVERYTHING: ServiceProfile = {
  dataCategories: ['personal', 'specialCategory', 'payment', 'recordingsBiometrics'],
  aiAutonomy: 'autonomous',
  criticality: 'critical',
  regulatoryScope: ['gdpr', 'dora', 'nis2', 'euAiAct'],
  sector: 'financial',
  requiresEuResidency: true,
};

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Runs each pair `runs` times after a warm-up, taking turns so neither side always runs first. */
async function pairs(measured: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<{ measured: number[]; baseline: number[] }> {
  for (let i = 0; i < WARM_UP; i += 1) {
    await measured();
    await baseline();
  }
  const result = { measured: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < SPREADSHEET_RUNS; i += 1) {
    if (i % 2 === 0) result.measured.push(await timeMs(measured));
    result.baseline.push(await timeMs(baseline));
    if (i % 2 === 1) result.measured.push(await timeMs(measured));
  }
  return result;
}

const load = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};

export interface SpreadsheetBench {
  applicableQuestions: number;
  packBytes: number;
  filledBytes: number;
  questionnaireQuestions: number;
  questionnaireBytes: number;
  packWrite: { measured: number[]; baseline: number[] };
  packImport: { measured: number[]; baseline: number[] };
  packImportInWorker: number[];
  questionnaireRead: { measured: number[]; baseline: number[] };
  questionnaireWrite: { measured: number[]; baseline: number[] };
}

export async function benchSpreadsheets(): Promise<SpreadsheetBench> {
  const bank = builtInQuestionnaire;
  const pack = samplePack(bank, EVERYTHING, 'en');
  const asked = applicableQuestions(bank, EVERYTHING);
  const packBytes = await responsePackXlsx(pack);
  const loadedPack = await load(packBytes);
  const packWrite = await pairs(
    () => responsePackXlsx(pack),
    () => loadedPack.xlsx.writeBuffer(),
  );

  const filled = await fillPack(packBytes, bank, Object.fromEntries(asked.map((q, i) => [q.id, vendorAnswer(q, i)])), 'en');
  const context = packContext(bank, EVERYTHING);
  const importPack = async () => {
    const reading = await readWorkbookGrid(filled);
    if (!reading.ok) throw new Error(`the filled pack does not read: ${reading.problem}`);
    const preview = readResponsePack(reading.workbook, context);
    if (!preview.ok || preview.added.length !== asked.length) throw new Error('the filled pack does not import whole');
  };
  const packImport = await pairs(importPack, () => load(filled));
  const worker = createFileWorker({ workerPath: join(root, 'out/main/file-worker.js') });
  const packImportInWorker: number[] = [];
  for (let i = 0; i < SPREADSHEET_RUNS; i += 1) {
    packImportInWorker.push(
      await timeMs(async () => {
        const reading = await worker('readWorkbook', { data: new Uint8Array(filled) });
        if (!('ok' in reading) || !reading.ok) throw new Error('the file worker did not read the pack');
        readResponsePack(reading.workbook, context);
      }),
    );
  }

  const questionnaire = largeQuestionnaire();
  const created = new Date('2026-12-01T09:00:00Z');
  const questionnaireBytes = await gridXlsx(questionnaireSheets(questionnaire), { created });
  const loadedQuestionnaire = await load(questionnaireBytes);
  const questionnaireRead = await pairs(
    async () => {
      const reading = await readWorkbookGrid(questionnaireBytes);
      if (!reading.ok || !readQuestionnaireWorkbook(reading.workbook).ok) throw new Error('the large questionnaire does not read');
    },
    () => load(questionnaireBytes),
  );
  const questionnaireWrite = await pairs(
    () => gridXlsx(questionnaireSheets(questionnaire), { created }),
    () => loadedQuestionnaire.xlsx.writeBuffer(),
  );
  return {
    applicableQuestions: asked.length,
    packBytes: packBytes.length,
    filledBytes: filled.length,
    questionnaireQuestions: questionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).length,
    questionnaireBytes: questionnaireBytes.length,
    packWrite,
    packImport,
    packImportInWorker,
    questionnaireRead,
    questionnaireWrite,
  };
}
