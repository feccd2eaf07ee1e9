import { z } from 'zod';
import type { MessageKey } from '../i18n/keys';
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS } from './limits';
import type { WorkbookGrid } from './grid';

/** Why a spreadsheet could not be read at all, before anything in it was interpreted. */
export const spreadsheetProblems = [
  'empty',
  'tooLarge',
  'pdf',
  'encryptedOrLegacy',
  'notSpreadsheet',
  'damaged',
  'tooManyEntries',
  'tooMuchData',
  'tooManySheets',
  'tooManyRows',
  'tooManyColumns',
  'tooManyCells',
  'unreadable',
  'tooComplex',
] as const;
export type SpreadsheetProblem = (typeof spreadsheetProblems)[number];

/** The message of each refusal, with the values it names. */
export const spreadsheetProblemKey = (problem: SpreadsheetProblem): MessageKey => `spreadsheets.problems.${problem}`;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cellSchema = z.union([z.string().max(MAX_CELL_TEXT), z.number(), z.boolean(), z.object({ date: isoDate }).strict(), z.null()]);
const index = z.number().int().min(0);

const sheetSchema = z
  .object({
    name: z.string().max(100),
    state: z.enum(['visible', 'hidden', 'veryHidden']),
    rows: z.array(z.array(cellSchema).max(MAX_COLUMNS)).max(MAX_ROWS),
    merged: z.array(z.object({ top: index, left: index, bottom: index, right: index }).strict()).max(10_000),
    formulasWithoutValue: z.array(z.string().max(20)).max(MAX_ROWS),
  })
  .strict();

/** Sheets to write as a workbook: what the Node side lays out for an export made of plain rows. */
export const sheetsToWriteSchema = z
  .array(z.object({ name: z.string().trim().min(1).max(31), rows: z.array(z.array(cellSchema).max(MAX_COLUMNS)).max(MAX_ROWS) }).strict())
  .min(1)
  .max(10);

/** What the file worker answers for a workbook: its sheets as plain data, or why it cannot be read. */
export const workbookReadingSchema = z.union([
  z.object({ ok: z.literal(true), workbook: z.object({ sheets: z.array(sheetSchema).max(MAX_SHEETS) }).strict() }).strict(),
  z
    .object({
      ok: z.literal(false),
      problem: z.enum(spreadsheetProblems),
      params: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional(),
    })
    .strict(),
]);
export type WorkbookReading = { ok: true; workbook: WorkbookGrid } | { ok: false; problem: SpreadsheetProblem; params?: Record<string, string | number> };
