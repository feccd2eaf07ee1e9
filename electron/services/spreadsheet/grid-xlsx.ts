import ExcelJS from 'exceljs';
import type { CellValue as ExcelValue, Worksheet } from 'exceljs';
import { isDateCell, type CellValue } from '@shared/spreadsheet/grid';
import { clamp, FONT_SIZE, fitHeight, setWidth, styleHeader, TOP_WRAP, widest } from '../documents/xlsx-style';
import { stampZipEntries } from '../documents/zip-entries';

/**
 * Plain rows (shared/spreadsheet/grid.ts) as an XLSX workbook, one worksheet per sheet: the first row of each
 * is its heading row, bold and frozen, with a filter; columns as wide as their text allows. A text is always
 * a text cell, never a formula, whatever it starts with; a date is a real date. The same sheets and the same
 * `created` give the same bytes: the document properties and the zip entries carry `created`, never the clock.
 */

export interface GridSheet {
  name: string;
  rows: CellValue[][];
}

export interface GridXlsxOptions {
  created: Date;
  title?: string;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Excel refuses a sheet name that is empty, longer than 31 characters, holds []:*?/\ or starts or ends with an apostrophe. */
const validSheetName = (name: string) => /^[^[\]:*?/\\']$|^[^[\]:*?/\\'][^[\]:*?/\\]{0,29}[^[\]:*?/\\']$/.test(name);

function excelValue(value: Exclude<CellValue, null>): ExcelValue {
  return isDateCell(value) ? new Date(`${value.date}T00:00:00Z`) : value;
}

const shownText = (value: CellValue): string => (value === null ? '' : isDateCell(value) ? value.date : String(value));

function writeSheet(worksheet: Worksheet, rows: readonly CellValue[][]): void {
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const widths = Array.from({ length: columns }, (_, c) => clamp(widest(rows.map((row) => shownText(row[c] ?? null))) + 2, MIN_WIDTH, MAX_WIDTH));
  widths.forEach((width, c) => setWidth(worksheet, c + 1, width));
  rows.forEach((cells, r) => {
    const row = worksheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = excelValue(value);
      cell.font = { size: FONT_SIZE };
      cell.alignment = TOP_WRAP;
      if (isDateCell(value)) cell.numFmt = 'yyyy-mm-dd';
    });
    if (r > 0)
      fitHeight(
        row,
        cells.map((value, c) => ({ text: shownText(value), width: widths[c] ?? MIN_WIDTH })),
      );
  });
  if (rows.length === 0 || columns === 0) return;
  styleHeader(worksheet.getRow(1), columns);
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A1' }];
  if (rows.length > 1) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: columns } };
}

export async function gridXlsx(sheets: readonly GridSheet[], options: GridXlsxOptions): Promise<Buffer> {
  if (Number.isNaN(options.created.getTime())) throw new Error('gridXlsx: created is not a date');
  const taken = new Set<string>();
  for (const { name } of sheets) {
    if (!validSheetName(name)) throw new Error(`gridXlsx: "${name}" cannot name a sheet`);
    // Excel compares sheet names without regard to case.
    if (taken.has(name.toLowerCase())) throw new Error(`gridXlsx: two sheets are named "${name}"`);
    taken.add(name.toLowerCase());
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Assay';
  workbook.lastModifiedBy = 'Assay';
  workbook.created = options.created;
  workbook.modified = options.created;
  if (options.title !== undefined) workbook.title = options.title;
  for (const sheet of sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet.rows);
  workbook.views = [{ x: 0, y: 0, width: 28_000, height: 16_000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const packed = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(packed, options.created);
}
