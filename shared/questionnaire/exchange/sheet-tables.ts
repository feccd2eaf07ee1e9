import { cellText, type CellValue, type SheetGrid } from '../../spreadsheet/grid';
import { findHeaderRow, headingKey, type HeaderRow } from '../../spreadsheet/header-row';
import {
  columnNames,
  domainColumns,
  knockoutColumns,
  metadataKeys,
  questionColumns,
  recognisedBy,
  type DomainColumn,
  type Heading,
  type KnockoutColumn,
  type MetadataKey,
  type QuestionColumn,
} from './sheet-columns';

/**
 * Finding the parts of a questionnaire spreadsheet by what they say, not where they are: on any sheet, in
 * any order, under titles and notes. A row that names the columns of the questions, domains or knock-out
 * criteria starts that table, which runs to the next such row or the end of the sheet. Rows above a sheet's
 * first table whose first cell names a fact of the questionnaire ("Version", then "1.0.0") give that fact. So a
 * workbook may keep each table on a sheet of its own, and a CSV may carry them all, one under the other.
 */

const tableColumns = { questions: questionColumns, domains: domainColumns, knockouts: knockoutColumns } as const;
export type TableKind = keyof typeof tableColumns;
type ColumnOf = { questions: QuestionColumn; domains: DomainColumn; knockouts: KnockoutColumn };

export interface Table<K extends TableKind = TableKind> {
  kind: K;
  sheet: SheetGrid;
  header: HeaderRow<ColumnOf[K]>;
  /** 0-based rows that hold something in a column of the table. */
  rows: number[];
}

export interface MetadataEntry {
  key: MetadataKey;
  value: CellValue;
  sheet: SheetGrid;
  row: number;
  /** 0-based column of the value. */
  column: number;
}

export interface SheetContents {
  tables: Table[];
  metadata: MetadataEntry[];
  /** 0-based rows the contents were read from, to tell which formula cells matter. */
  used: Set<number>;
}

const names = { questions: columnNames(questionColumns), domains: columnNames(domainColumns), knockouts: columnNames(knockoutColumns) };
const kinds = Object.keys(tableColumns) as TableKind[];
const metadataLookup = new Map(
  (Object.entries(metadataKeys) as [MetadataKey, Heading][]).flatMap(([key, heading]) =>
    [heading.en, heading.de].map((name) => [headingKey(name), key] as const),
  ),
);

/** The table a row is the heading row of, if any. */
function headerOf(sheet: SheetGrid, row: number): Table | undefined {
  const single: SheetGrid = { ...sheet, rows: [sheet.rows[row] ?? []] };
  for (const kind of kinds) {
    const found = findHeaderRow<string>(single, names[kind], recognisedBy[kind]);
    if (found) return { kind, sheet, header: { ...found, row }, rows: [] } as Table;
  }
  return undefined;
}

const isBlank = (cells: readonly CellValue[]) => cells.every((cell) => cellText(cell) === '');

function metadataOf(sheet: SheetGrid, row: number): MetadataEntry | undefined {
  const cells = sheet.rows[row] ?? [];
  const first = cells.findIndex((cell) => cellText(cell) !== '');
  if (first < 0) return undefined;
  const key = metadataLookup.get(headingKey(cellText(cells[first]!)));
  return key ? { key, value: cells[first + 1] ?? null, sheet, row, column: first + 1 } : undefined;
}

export function scanSheet(sheet: SheetGrid): SheetContents {
  const contents: SheetContents = { tables: [], metadata: [], used: new Set() };
  let table: Table | undefined;
  for (let row = 0; row < sheet.rows.length; row += 1) {
    const cells = sheet.rows[row] ?? [];
    if (isBlank(cells)) continue;
    const header = headerOf(sheet, row);
    if (header) {
      table = header;
      contents.tables.push(table);
      contents.used.add(row);
    } else if (table) {
      const columns = Object.values(table.header.columns) as number[];
      if (columns.some((column) => cellText(cells[column] ?? null) !== '')) {
        table.rows.push(row);
        contents.used.add(row);
      }
    } else {
      const entry = metadataOf(sheet, row);
      if (entry) {
        contents.metadata.push(entry);
        contents.used.add(row);
      }
    }
  }
  return contents;
}

/**
 * The sheet as a reader sees it: a cell inside a merged range shows the range's value. A workbook reader
 * leaves those cells empty, yet a buyer who merged one domain over five questions means it for all five.
 * Ranges are clipped to the cells that exist, and the filling stops at as many cells as the sheet has.
 */
export function withMergedValues(sheet: SheetGrid): SheetGrid {
  if (sheet.merged.length === 0) return sheet;
  const rows = sheet.rows.map((row) => [...row]);
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  let budget = rows.length * width;
  for (const range of sheet.merged) {
    const value = rows[range.top]?.[range.left] ?? null;
    if (value === null) continue;
    for (let r = range.top; r <= Math.min(range.bottom, rows.length - 1); r += 1) {
      for (let c = range.left; c <= Math.min(range.right, width - 1); c += 1) {
        if ((budget -= 1) < 0) return { ...sheet, rows };
        if (rows[r]![c] === undefined || rows[r]![c] === null) rows[r]![c] = value;
      }
    }
  }
  return { ...sheet, rows };
}

/** The cell of a table's row in one of its columns; null when the table has no such column. */
export function tableCell<K extends TableKind>(table: Table<K>, row: number, column: ColumnOf[K]): CellValue {
  const index = table.header.columns[column];
  return index === undefined ? null : (table.sheet.rows[row]?.[index] ?? null);
}

/** A column's heading as the file writes it, or Assay's when the table has no such column. */
export function tableHeading<K extends TableKind>(table: Table<K>, column: ColumnOf[K]): string {
  const index = table.header.columns[column];
  const written = index === undefined ? '' : cellText(table.sheet.rows[table.header.row]?.[index] ?? null);
  return written || (tableColumns[table.kind] as Record<string, Heading>)[column]!.en;
}
