import ExcelJS from 'exceljs';
import type { CellValue as ExcelValue, Worksheet } from 'exceljs';
import { cellName, type CellValue, type MergedRange, type SheetGrid, type WorkbookGrid } from '@shared/spreadsheet/grid';

/**
 * An XLSX file as the plain rows the questionnaire reader takes, read back with exceljs as a buyer's file
 * would be: a formula reads as the result the file holds, rich text as its plain text, a date as its day.
 */

type Plain = CellValue | 'no result';

function plain(value: ExcelValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelValue }).result;
    return result === undefined ? 'no result' : plain(result);
  }
  if ('hyperlink' in value) return String(value.text);
  return null;
}

export function worksheetGrid(worksheet: Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const formulasWithoutValue: string[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = plain(cell.value);
      if (value === 'no result') formulasWithoutValue.push(cellName(rowNumber - 1, columnNumber - 1));
      else cells[columnNumber - 1] = value;
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  const merged = Object.values((worksheet as unknown as { _merges: Record<string, MergedRange> })._merges).map((m): MergedRange => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
  const state = worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? worksheet.state : 'visible';
  return { name: worksheet.name, state, rows: Array.from(rows, (row) => row ?? []), merged, formulasWithoutValue };
}

export async function xlsxGrid(bytes: Buffer | Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(worksheetGrid) };
}
