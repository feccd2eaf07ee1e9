import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookGrid } from '@shared/spreadsheet/grid';

/**
 * A vendor's CAIQ v4 workbook as tests need one: an introduction sheet, then the questions sheet with a title row
 * and a blank row above its headings, as CSA's template has them. Every text is a placeholder; no CSA question
 * text is written. The same rows become a plain grid (for the pure reader) or an XLSX file (for tests that go
 * through the app's workbook reader).
 */

/** One question row as a vendor fills it in; a missing cell stays empty. */
export interface CaiqSheetRow {
  id: string;
  answer?: string;
  ownership?: string;
  implementation?: string;
  customerResponsibilities?: string;
}

/** CSA's headings, in its column order; the question text and control id columns are there and stay placeholders. */
export const CAIQ_HEADINGS = [
  'Question ID',
  'Question',
  'CSP CAIQ Answer',
  'SSRM Control Ownership',
  'CSP Implementation Description (Optional/Recommended)',
  'CSC Responsibilities (Optional/Recommended)',
  'CCM Control ID',
] as const;

export interface CaiqLayout {
  /** The questions sheet's name. */
  sheet?: string;
  /** Headings to use instead of CSA's, column by column. */
  headings?: readonly string[];
}

export const CAIQ_QUESTIONS_SHEET = 'CAIQv4.0.3';
const INTRO_SHEET = 'Introduction';
const INTRO_ROWS: CellValue[][] = [
  ['Placeholder introduction title'],
  [],
  ['Placeholder introduction text, one paragraph.'],
  ['Vendor: Example Contact Centre Ltd'],
];
/** The 0-based row of the headings: a title row and a blank row come first. */
export const CAIQ_HEADER_ROW_INDEX = 2;

/** The cells of the questions sheet, row by row, with empty cells as null. */
export function caiqSheetRows(rows: readonly CaiqSheetRow[], layout: CaiqLayout = {}): CellValue[][] {
  const headings = layout.headings ?? CAIQ_HEADINGS;
  const data = rows.map((row, index) => [
    row.id,
    `Placeholder question text ${index + 1}`,
    row.answer ?? null,
    row.ownership ?? null,
    row.implementation ?? null,
    row.customerResponsibilities ?? null,
    row.id.split('.')[0] ?? null,
  ]);
  return [['Placeholder title of the questionnaire'], [], [...headings], ...data];
}

const titleMerge = { top: 0, left: 0, bottom: 0, right: CAIQ_HEADINGS.length - 1 };

/** The workbook as the app's workbook reader hands it to the pure code. */
export function caiqGrid(rows: readonly CaiqSheetRow[], layout: CaiqLayout = {}): WorkbookGrid {
  const sheet = (name: string, cells: CellValue[][], merged: SheetGrid['merged']): SheetGrid => ({
    name,
    state: 'visible',
    rows: cells,
    merged,
    formulasWithoutValue: [],
  });
  return {
    sheets: [sheet(INTRO_SHEET, INTRO_ROWS, []), sheet(layout.sheet ?? CAIQ_QUESTIONS_SHEET, caiqSheetRows(rows, layout), [titleMerge])],
  };
}

function writeCells(worksheet: ExcelJS.Worksheet, rows: readonly CellValue[][]): void {
  rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell !== null) worksheet.getCell(row + 1, column + 1).value = cell as ExcelJS.CellValue;
    }),
  );
}

/** The workbook as an XLSX file, written by exceljs as a vendor's spreadsheet program would save it. */
export async function caiqWorkbookXlsx(rows: readonly CaiqSheetRow[], layout: CaiqLayout = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeCells(workbook.addWorksheet(INTRO_SHEET), INTRO_ROWS);
  const questions = workbook.addWorksheet(layout.sheet ?? CAIQ_QUESTIONS_SHEET);
  writeCells(questions, caiqSheetRows(rows, layout));
  questions.mergeCells(titleMerge.top + 1, titleMerge.left + 1, titleMerge.bottom + 1, titleMerge.right + 1);
  questions.getRow(CAIQ_HEADER_ROW_INDEX + 1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
