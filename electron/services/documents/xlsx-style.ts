import type { Alignment, Borders, Cell, Fill, Font, Row, Worksheet } from 'exceljs';
import type { Language } from '@shared/i18n';
import { COLORS } from './theme';
import type { Tone } from './tones';

/* The workbook's type, colours and number formats, and the sizing Excel does not do by itself. */

export const FONT_SIZE = 10;
/** Points per wrapped line at FONT_SIZE, with a little air. */
const LINE_HEIGHT = 13.5;
/** Excel's ceiling for a row height, in points. */
const MAX_ROW_HEIGHT = 409;

export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
export const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
export const hairline = { style: 'thin', color: { argb: argb(COLORS.rule) } } as const;
export const HEADER_BORDER: Partial<Borders> = { bottom: { style: 'thin', color: { argb: argb(COLORS.muted) } } };
export const HEADER_FONT: Partial<Font> = { bold: true, size: FONT_SIZE, color: { argb: argb(COLORS.navy) } };
export const HEADER_ALIGNMENT: Partial<Alignment> = { wrapText: true, vertical: 'bottom' };
export const TOP_WRAP: Partial<Alignment> = { wrapText: true, vertical: 'top' };
export const TOP: Partial<Alignment> = { vertical: 'top' };
/** Shades the answer cells of questions whose answers differ, as the PDF does. */
export const DIFFERS_FILL = solid(COLORS.amberTint);

/** Scores arrive as the whole numbers every other view shows (shownScore). */
export const SCORE_FORMAT = '0';
export const COUNT_FORMAT = '0';
export const WEIGHT_FORMAT = '0.##';
/** The stamp as the report and the screens write it ("2 Dec 2026, 14:05 UTC" / "02.12.2026, 14:05 UTC"). */
export const TIMESTAMP_FORMATS: Record<Language, string> = { en: 'd mmm yyyy, hh:mm "UTC"', de: 'dd.mm.yyyy, hh:mm "UTC"' };

/** Wrapped lines `text` needs in a column `width` characters wide; a column-width unit is about one digit. */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  return text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Excel does not re-flow row heights on opening a file, so rows with wrapped text get a height up front. */
export function fitHeight(row: Row, cells: readonly { text: string; width: number }[]): void {
  const lines = Math.max(1, ...cells.map((c) => lineCount(c.text, c.width)));
  if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const widest = (texts: readonly string[]) => texts.reduce((max, t) => Math.max(max, ...t.split('\n').map((line) => line.length)), 0);

/** exceljs leaves out a column whose width equals its own default (9), and Excel then shows 8.43. */
export function setWidth(sheet: Worksheet, column: number, width: number): void {
  sheet.getColumn(column).width = width === 9 ? 9.5 : width;
}

export function tint(cell: Cell, tone: Tone): void {
  cell.fill = solid(tone.bg);
  cell.font = { size: FONT_SIZE, color: { argb: argb(tone.fg) } };
}

export function styleHeader(row: Row, columns: number): void {
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = HEADER_FONT;
    cell.alignment = HEADER_ALIGNMENT;
    cell.border = HEADER_BORDER;
    cell.fill = solid(COLORS.tint);
  }
}

/** Prints landscape, one page wide, repeating the table's header row on every page. */
export function landscape(sheet: Worksheet, titleRow: number): void {
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
  sheet.pageSetup.printTitlesRow = `${titleRow}:${titleRow}`;
}
