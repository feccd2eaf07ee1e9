import { cellText, type CellValue } from '../../spreadsheet/grid';

/**
 * Lists inside one cell, one entry per line, each `key: value`:
 *
 *   noOptOut: 0            (an answer and its score)
 *   noOptOut: Used with no way to opt out
 *   ISO/IEC 27001:2022: A.5.22
 *
 * A key ends at the first colon (for framework references, whose names hold colons, at the first colon followed
 * by a space). The value is the rest of the line. A key or value that has a line break, starts with a double
 * quote or has spaces at either end is written in double quotes, a quote inside doubled, as in CSV; so
 * every text comes back exactly as it was written.
 */

/** The most entries one cell may list (answers, bands, references). */
export const MAX_CELL_ENTRIES = 100;

export interface CellEntry {
  key: string;
  value: string;
  /** 1-based line of the cell the entry starts on. */
  line: number;
}

export type CellEntries = { ok: true; entries: CellEntry[] } | { ok: false; line: number; tooMany?: true };

const LINE_BREAK = /\r\n|\r|\n/g;
const lineBreaks = (text: string): number => text.match(LINE_BREAK)?.length ?? 0;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** A quoted text starting at `start` (a double quote): its value and where it ends, or undefined when it is not closed. */
function quoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return undefined;
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

function lineEnd(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  const found = LINE_BREAK.exec(text);
  return found ? found.index : text.length;
}

/** Where a raw key's separating colon is, before `end`; -1 when there is none. */
function separator(text: string, from: number, end: number, keysHoldColons: boolean): number {
  for (let i = from; i < end; i += 1) {
    if (text[i] === ':' && (!keysHoldColons || i + 1 === end || /\s/.test(text[i + 1]!))) return i;
  }
  return -1;
}

/** The entries of a cell; blank lines are passed over. Fails on the first line that is no `key: value`. */
export function readEntries(text: string, keysHoldColons = false): CellEntries {
  const entries: CellEntry[] = [];
  let i = 0;
  let line = 1;
  const fail = (at: number): CellEntries => ({ ok: false, line: at });
  while (i < text.length) {
    while (isSpace(text[i])) i += 1;
    if (i >= text.length) break;
    const end = lineEnd(text, i);
    if (end === i) {
      i += text.startsWith('\r\n', i) ? 2 : 1;
      line += 1;
      continue;
    }
    const start = line;
    let key: string;
    if (text[i] === '"') {
      const q = quoted(text, i);
      if (!q) return fail(start);
      line += lineBreaks(q.value);
      key = q.value;
      i = q.end;
      while (isSpace(text[i])) i += 1;
      if (text[i] !== ':') return fail(start);
      i += 1;
    } else {
      const colon = separator(text, i, end, keysHoldColons);
      if (colon < 0) return fail(start);
      key = text.slice(i, colon).trim();
      i = colon + 1;
    }
    while (isSpace(text[i])) i += 1;
    let value: string;
    if (text[i] === '"') {
      const q = quoted(text, i);
      if (!q) return fail(start);
      line += lineBreaks(q.value);
      value = q.value;
      i = q.end;
      while (isSpace(text[i])) i += 1;
      if (i < text.length && lineEnd(text, i) !== i) return fail(start);
    } else {
      const stop = lineEnd(text, i);
      value = text.slice(i, stop).trim();
      i = stop;
    }
    if (key === '' || value === '') return fail(start);
    entries.push({ key, value, line: start });
    if (entries.length > MAX_CELL_ENTRIES) return { ok: false, line: start, tooMany: true };
  }
  return { ok: true, entries };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const plain = (text: string) => text !== '' && text === text.trim() && !/[\r\n]/.test(text) && !text.startsWith('"');

/** Entries as a cell's text, one per line, quoted only where a plain line would read differently. */
export function writeEntries(entries: readonly (readonly [string, string])[], keysHoldColons = false): string {
  return entries
    .map(([key, value]) => {
      const keyPlain = plain(key) && (keysHoldColons ? !/:(\s|$)/.test(key) : !key.includes(':'));
      return `${keyPlain ? key : quote(key)}: ${plain(value) ? value : quote(value)}`;
    })
    .join('\n');
}

/** A number as a cell shows it: JavaScript's shortest exact form, so reading it gives the same number. */
export const numberText = (value: number): string => String(value);

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * A number from a cell: a number cell, or text with a decimal point or comma (German Excel writes 2,5 into a
 * CSV). There are no thousands separators: "1,000" reads as 1, as it would in German. Undefined for anything else.
 */
export function readNumber(value: CellValue | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!NUMBER.test(text)) return undefined;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

const YES = new Set(['yes', 'ja', 'true', 'wahr', '1']);
const NO = new Set(['no', 'nein', 'false', 'falsch', '0']);

/** A yes or no from a cell: a truth value, or yes/no, ja/nein, true/false, wahr/falsch, 1/0. */
export function readYesNo(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

export const yesNoText = (value: boolean): string => (value ? 'yes' : 'no');
