/**
 * A spreadsheet as plain data: what the Node side's workbook reader (and the CSV reader) hand to the
 * pure code that decides what the rows mean. Nothing here is a live workbook object; a crafted file has
 * become rows of text, numbers, truth values and dates before any of it is interpreted.
 */

/** A calendar date cell, as YYYY-MM-DD (a date-time cell keeps only its day, read in UTC). */
export interface DateCell {
  date: string;
}

/** One cell: text, a number, a truth value, a date, or empty. A formula is read as its cached result. */
export type CellValue = string | number | boolean | DateCell | null;

/** A rectangle of merged cells, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Sheets hidden from the user ('veryHidden' cannot be shown from Excel's menus). */
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[r][c], 0-based; trailing empty cells may be left off, so a short row is not a problem. */
  rows: CellValue[][];
  merged: MergedRange[];
  /** Cells (A1 style) whose formula had no cached result: their value is unknown, never computed. */
  formulasWithoutValue: string[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export const isDateCell = (value: CellValue): value is DateCell => typeof value === 'object' && value !== null;

/** A cell at 0-based row and column, null when it lies outside the rows read. */
export const cellAt = (sheet: SheetGrid, row: number, column: number): CellValue => sheet.rows[row]?.[column] ?? null;

/** A cell as text: trimmed, numbers in plain decimal form, dates as YYYY-MM-DD, empty as ''. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.date;
}

/** A 0-based column as spreadsheets letter it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A 0-based cell as A1. */
export const cellName = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** The merged range a cell lies in, other than as its top-left cell. */
export function mergedInto(sheet: SheetGrid, row: number, column: number): MergedRange | undefined {
  return sheet.merged.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
}
