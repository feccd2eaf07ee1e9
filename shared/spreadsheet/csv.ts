import { decodeUtf8, hasUtf16Bom } from '../questionnaire/exchange/utf8';
import { cellName, type CellValue, type SheetGrid } from './grid';
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS } from './limits';

/**
 * CSV as people's spreadsheet programs write it, read into the same plain rows as a workbook: UTF-8 (with or
 * without a byte-order mark) or, when the bytes are not UTF-8, Windows-1252 (what Excel on a German or English
 * Windows saves as "CSV"); comma, semicolon or tab between cells, whichever the first lines use; RFC 4180
 * quotes. Every cell is text: nothing is taken for a number or a date here, so nothing changes on the way in,
 * except that the apostrophe csvText puts before a formula-like text (=, +, -, @) is taken off again.
 */

export type CsvDelimiter = ',' | ';' | '\t';
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface CsvLimits {
  maxBytes: number;
  maxRows: number;
  maxColumns: number;
  /** Characters of one cell, as Excel counts them (UTF-16 code units). */
  maxCellLength: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: 5 * 1024 * 1024, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS, maxCellLength: MAX_CELL_TEXT };

/** Why bytes are not CSV this reader takes; rows and columns are 0-based, as in the grid. */
export type CsvProblem =
  | { code: 'tooLarge'; limit: number }
  | { code: 'utf16' }
  | { code: 'notText' }
  | { code: 'tooManyRows'; limit: number }
  | { code: 'tooManyColumns'; limit: number; row: number }
  | { code: 'cellTooLong'; limit: number; row: number; column: number }
  | { code: 'unclosedQuote'; row: number; column: number }
  | { code: 'textAfterQuote'; row: number; column: number };

export type CsvReading = { ok: true; sheet: SheetGrid; encoding: CsvEncoding; delimiter: CsvDelimiter } | { ok: false; problem: CsvProblem };

/** What Windows-1252 puts at 0x80–0x9F; the five bytes it leaves undefined keep their C1 code points, as browsers do. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const units: number[] = [];
  for (const byte of bytes) {
    units.push(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
    if (units.length >= 4096) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

/** A cell that a spreadsheet would take for a formula, or one that only looks guarded, gets an apostrophe in front. */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
/** The apostrophe csvText put there, taken off again. */
const GUARDED = /^'+[=+\-@\t\r]/;

/** How many times each delimiter occurs outside quotes in each of the first lines. */
function delimiterCounts(text: string, lines: number): Record<CsvDelimiter, number[]> {
  const counts: Record<CsvDelimiter, number[]> = { ',': [0], ';': [0], '\t': [0] };
  let quoted = false;
  let line = 0;
  for (let i = 0; i < text.length && i < 65_536; i += 1) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',' || c === ';' || c === '\t') counts[c][line]! += 1;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      if (line === lines) break;
      for (const list of Object.values(counts)) list.push(0);
    }
  }
  return counts;
}

/**
 * The delimiter on the most of the first lines; a tie goes to the one used the same number of times on each
 * line (a table's rows have as many cells as its heading), then to the one used most. A semicolon file from
 * German Excel may hold commas in its texts, but not on every line the same number of times.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = delimiterCounts(text, 20);
  const rank = (d: CsvDelimiter) => {
    const used = counts[d].filter((n) => n > 0);
    return [used.length, used.length > 0 && used.every((n) => n === used[0]) ? 1 : 0, used.reduce((a, b) => a + b, 0)];
  };
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) {
    const [a, b] = [rank(d), rank(best)];
    const i = a.findIndex((value, k) => value !== b[k]);
    if (i >= 0 && a[i]! > b[i]!) best = d;
  }
  return best;
}

/** The rows of CSV text, limits checked as each cell and row is read. */
function parseRows(text: string, delimiter: CsvDelimiter, limits: CsvLimits): CellValue[][] | CsvProblem {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let i = 0;
  const endRow = (): CsvProblem | undefined => {
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
    row = [];
    return rows.length > limits.maxRows ? { code: 'tooManyRows', limit: limits.maxRows } : undefined;
  };
  while (i < text.length) {
    const r = rows.length;
    const column = row.length;
    if (column >= limits.maxColumns) return { code: 'tooManyColumns', limit: limits.maxColumns, row: r };
    let value: string;
    if (text[i] === '"') {
      const parts: string[] = [];
      let length = 0;
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { code: 'unclosedQuote', row: r, column };
        length += quote - from;
        if (length > limits.maxCellLength) return { code: 'cellTooLong', limit: limits.maxCellLength, row: r, column };
        if (text[quote + 1] === '"') {
          parts.push(text.slice(from, quote + 1));
          length += 1;
          from = quote + 2;
        } else {
          parts.push(text.slice(from, quote));
          i = quote + 1;
          break;
        }
      }
      value = parts.join('');
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') return { code: 'textAfterQuote', row: r, column };
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\r' && text[end] !== '\n') {
        end += 1;
        if (end - i > limits.maxCellLength) return { code: 'cellTooLong', limit: limits.maxCellLength, row: r, column };
      }
      value = text.slice(i, end);
      i = end;
    }
    row.push(value === '' ? null : GUARDED.test(value) ? value.slice(1) : value);
    const after = text[i];
    if (after === delimiter) {
      i += 1;
      // A delimiter at the very end still opens one last, empty cell.
      if (i === text.length) row.push(null);
    } else {
      if (after === '\r' && text[i + 1] === '\n') i += 2;
      else if (after !== undefined) i += 1;
      const problem = endRow();
      if (problem) return problem;
    }
  }
  if (row.length > 0) {
    const problem = endRow();
    if (problem) return problem;
  }
  return rows;
}

/** Reads a CSV file into one sheet of text cells (empty cells null), or says why it cannot. Never throws. */
export function readCsv(bytes: Uint8Array, limits: Partial<CsvLimits> = {}): CsvReading {
  const bounds: CsvLimits = { ...CSV_LIMITS, ...limits };
  if (bytes.length > bounds.maxBytes) return { ok: false, problem: { code: 'tooLarge', limit: bounds.maxBytes } };
  if (hasUtf16Bom(bytes)) return { ok: false, problem: { code: 'utf16' } };
  // Text never holds a zero byte; UTF-16 without a byte-order mark, a workbook or an image does.
  if (bytes.includes(0)) return { ok: false, problem: { code: 'notText' } };
  const utf8 = decodeUtf8(bytes);
  const encoding: CsvEncoding = utf8 === undefined ? 'windows-1252' : 'utf-8';
  const text = utf8 ?? decodeWindows1252(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  const delimiter = detectDelimiter(text);
  const rows = parseRows(text, delimiter, bounds);
  if (!Array.isArray(rows)) return { ok: false, problem: rows };
  return { ok: true, sheet: { name: 'CSV', state: 'visible', rows, merged: [], formulasWithoutValue: [] }, encoding, delimiter };
}

/** Where a CSV problem is, as a spreadsheet names the cell or row. */
export function csvProblemPlace(problem: CsvProblem): string | undefined {
  if ('column' in problem) return cellName(problem.row, problem.column);
  if ('row' in problem) return String(problem.row + 1);
  return undefined;
}

/** One cell as CSV text: dates as YYYY-MM-DD, truth values as TRUE/FALSE, formula-like text behind an apostrophe. */
function csvCell(value: CellValue): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'string') text = FORMULA_LIKE.test(value) ? `'${value}` : value;
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = value.date;
  // Semicolons and tabs are quoted too, so a reader that guesses the delimiter is not misled.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as a CSV file's text (RFC 4180): a UTF-8 byte-order mark, so Excel reads umlauts right; commas; CRLF after
 * every record; every record as wide as the widest, as the RFC asks. readCsv reads it back cell for cell.
 */
export function csvText(rows: readonly (readonly CellValue[])[]): string {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const lines = rows.map((row) => Array.from({ length: width }, (_, c) => csvCell(row[c] ?? null)).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
