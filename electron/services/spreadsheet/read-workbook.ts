import ExcelJS from 'exceljs';
import type { CellValue as ExcelValue, Worksheet } from 'exceljs';
import type { CellValue, MergedRange, SheetGrid } from '@shared/spreadsheet/grid';
import { cellName } from '@shared/spreadsheet/grid';
import { MAX_CELL_TEXT, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, MAX_SPREADSHEET_BYTES } from '@shared/spreadsheet/limits';
import type { WorkbookReading } from '@shared/spreadsheet/reading';
import { fileKind } from '@shared/spreadsheet/file-kind';
import { checkZip } from './zip-directory';

/**
 * Reads an untrusted XLSX workbook into plain rows (shared/spreadsheet/grid.ts), in the file worker. The zip is
 * checked entry by entry first (./zip-directory.ts); exceljs then parses it. Formulas are never evaluated: a
 * formula cell reads as the result the file has cached, and one without a cached result is listed as such.
 * Macros (xl/vbaProject.bin) are never read.
 */

const refuse = (problem: Extract<WorkbookReading, { ok: false }>['problem'], params?: Record<string, string | number>): WorkbookReading =>
  params ? { ok: false, problem, params } : { ok: false, problem };

const isoDay = (date: Date): CellValue => (Number.isNaN(date.getTime()) ? null : { date: date.toISOString().slice(0, 10) });
const clip = (text: string) => (text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);

/** A cell's value as plain data; `undefined` for a formula whose result the file does not hold. */
function plainValue(value: ExcelValue): CellValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDay(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return clip(value.richText.map((run) => run.text ?? '').join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelValue }).result;
    if (result === undefined || result === null) return undefined;
    if (typeof result === 'object' && !(result instanceof Date)) return 'error' in result ? null : undefined;
    return plainValue(result);
  }
  if ('hyperlink' in value) return clip(String((value as { text?: unknown }).text ?? ''));
  // An error value (#N/A, #REF!) reads as empty.
  return null;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges: exceljs keeps them on a field of its own, with 1-based corners. */
function mergedRanges(sheet: Worksheet): MergedRange[] {
  const merges = (sheet as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

type SheetOutcome = { sheet: SheetGrid; cells: number } | { problem: 'tooManyRows' | 'tooManyColumns'; params: Record<string, string | number> };

function sheetGrid(sheet: Worksheet, cellBudget: number): SheetOutcome | 'tooManyCells' {
  if (sheet.rowCount > MAX_ROWS) return { problem: 'tooManyRows', params: { sheet: sheet.name, count: sheet.rowCount, limit: MAX_ROWS } };
  if (sheet.columnCount > MAX_COLUMNS) return { problem: 'tooManyColumns', params: { sheet: sheet.name, count: sheet.columnCount, limit: MAX_COLUMNS } };
  const rows: CellValue[][] = [];
  const formulasWithoutValue: string[] = [];
  let cells = 0;
  let overBudget = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (overBudget) return;
    const cellsOfRow: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged cell other than its range's first repeats that cell's value in exceljs; the file holds none.
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      if (value === undefined) formulasWithoutValue.push(cellName(rowNumber - 1, columnNumber - 1));
      if (value === undefined || value === null) return;
      while (cellsOfRow.length < columnNumber - 1) cellsOfRow.push(null);
      cellsOfRow[columnNumber - 1] = value;
      cells += 1;
    });
    if (cells > cellBudget) overBudget = true;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cellsOfRow;
  });
  if (overBudget) return 'tooManyCells';
  const state = sheet.state === 'hidden' || sheet.state === 'veryHidden' ? sheet.state : 'visible';
  return { sheet: { name: sheet.name.slice(0, 100), state, rows, merged: mergedRanges(sheet), formulasWithoutValue }, cells };
}

export async function readWorkbookGrid(data: Buffer): Promise<WorkbookReading> {
  if (data.length === 0) return refuse('empty');
  if (data.length > MAX_SPREADSHEET_BYTES) return refuse('tooLarge', { limit: MAX_SPREADSHEET_BYTES / 1024 / 1024 });
  const kind = fileKind(data);
  if (kind === 'pdf') return refuse('pdf');
  if (kind === 'compoundFile') return refuse('encryptedOrLegacy');
  if (kind !== 'zip') return refuse('notSpreadsheet');
  const zip = checkZip(data);
  if (!zip.ok) return refuse(zip.problem, zip.params);
  if (!zip.entries.some((entry) => entry.name === 'xl/workbook.xml')) return refuse('notSpreadsheet');

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return refuse('unreadable');
  }
  if (workbook.worksheets.length > MAX_SHEETS) return refuse('tooManySheets', { count: workbook.worksheets.length, limit: MAX_SHEETS });
  const sheets: SheetGrid[] = [];
  let budget = MAX_CELLS;
  for (const worksheet of workbook.worksheets) {
    const outcome = sheetGrid(worksheet, budget);
    if (outcome === 'tooManyCells') return refuse('tooManyCells', { limit: MAX_CELLS });
    if ('problem' in outcome) return refuse(outcome.problem, outcome.params);
    sheets.push(outcome.sheet);
    budget -= outcome.cells;
  }
  return { ok: true, workbook: { sheets } };
}
