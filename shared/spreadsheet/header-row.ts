import { cellText, type SheetGrid } from './grid';

/**
 * Finding a table's header row wherever it is: people put titles, notes and blank rows above their
 * tables, and order columns as they like. A column is known by any of its names, compared without case,
 * spaces or punctuation ("Question ID", "question_id" and "QuestionId" are one name).
 */

/** Each column the table may have, with the names it goes by. */
export type ColumnNames<K extends string> = Readonly<Record<K, readonly string[]>>;

export interface HeaderRow<K extends string> {
  /** 0-based row of the headings. */
  row: number;
  /** 0-based column of each column found. */
  columns: Partial<Record<K, number>>;
  /** Headings in that row that name no known column, as written. */
  unknown: string[];
}

/** A heading reduced to letters and digits, lower case, for comparing names. */
export const headingKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** How many rows from the top are searched for the headings. */
export const HEADER_SEARCH_ROWS = 50;

/**
 * The first row, among the first HEADER_SEARCH_ROWS, that names every required column; the known columns
 * found in it. Undefined when no row names them all.
 */
export function findHeaderRow<K extends string>(sheet: SheetGrid, names: ColumnNames<K>, required: readonly K[]): HeaderRow<K> | undefined {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(names) as K[]) for (const name of names[key]) lookup.set(headingKey(name), key);
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row += 1) {
    const columns: Partial<Record<K, number>> = {};
    const unknown: string[] = [];
    (sheet.rows[row] ?? []).forEach((cell, column) => {
      const text = cellText(cell);
      if (text === '') return;
      const key = lookup.get(headingKey(text));
      if (key === undefined) unknown.push(text);
      else if (columns[key] === undefined) columns[key] = column;
    });
    if (required.every((key) => columns[key] !== undefined)) return { row, columns, unknown };
  }
  return undefined;
}
