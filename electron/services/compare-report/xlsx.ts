import ExcelJS from 'exceljs';
import type { Alignment, Borders, Cell, Fill, Font, Row, Workbook, Worksheet } from 'exceljs';
import { recommendationQualifiers, type ComparisonModel } from '../../../shared/compare/model';
import { shownScore } from '../../../shared/scoring/figures';
import { certificationTone, COLORS, decisionTone, tierTone, type Tone } from '../report/theme';

/*
 * The vendor comparison as an XLSX workbook for procurement spreadsheets:
 *
 *   1. Ranking: title block (title, subtitle, generated, questionnaire, weight profile),
 *      the domain weights the ranking used, then the ranking table with one row per
 *      vendor in rank order (frozen header, autofilter).
 *   2. Certifications: certification × vendor matrix.
 *   3. Answers: question by question, one column per vendor and a yes/no column for
 *      "answers differ" to filter on.
 *
 * Scores, weights, ranks and counts are stored as numbers so the sheet can compute with
 * them; every text is a plain string value, never a formula, whatever it starts with.
 * The same model gives the same bytes: the document properties and the zip entries carry
 * the model's generation time, never the clock.
 */

const FONT_SIZE = 10;
/** Points per wrapped line at FONT_SIZE, with a little air. */
const LINE_HEIGHT = 13.5;
/** Excel's ceiling for a row height, in points. */
const MAX_ROW_HEIGHT = 409;
const SHEET_NAME_MAX = 31;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const hairline = { style: 'thin', color: { argb: argb(COLORS.rule) } } as const;
const HEADER_BORDER: Partial<Borders> = { bottom: { style: 'thin', color: { argb: argb(COLORS.muted) } } };
const HEADER_FONT: Partial<Font> = { bold: true, size: FONT_SIZE, color: { argb: argb(COLORS.navy) } };
const HEADER_ALIGNMENT: Partial<Alignment> = { wrapText: true, vertical: 'bottom' };
const TOP_WRAP: Partial<Alignment> = { wrapText: true, vertical: 'top' };
const TOP: Partial<Alignment> = { vertical: 'top' };
/** Shades the answer cells of questions whose answers differ, as the PDF does. */
const DIFFERS_FILL = solid(COLORS.amberTint);

/** Scores arrive as the whole numbers every other view shows (shownScore). */
const SCORE_FORMAT = '0';
const COUNT_FORMAT = '0';
const WEIGHT_FORMAT = '0.##';
/** The stamp as the report and the screens write it ("2 Dec 2026, 14:05 UTC" / "02.12.2026, 14:05 UTC"). */
const TIMESTAMP_FORMATS: Record<ComparisonModel['language'], string> = { en: 'd mmm yyyy, hh:mm "UTC"', de: 'dd.mm.yyyy, hh:mm "UTC"' };

/** A valid, unique sheet name: no []:*?/\, no leading or trailing apostrophe, at most 31 characters. */
function sheetName(wanted: string, fallback: string, taken: Set<string>): string {
  const clean = (text: string) =>
    text
      .replace(/[\u0000-\u001f\u007f[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, SHEET_NAME_MAX)
      .trim();
  let base = clean(wanted);
  // Excel reserves "History" for its change tracking.
  if (base === '' || base.toLowerCase() === 'history') base = clean(fallback);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Column headings for the vendors; a name that appears twice gets its rank so columns stay distinguishable. */
function vendorHeadings(model: ComparisonModel): string[] {
  const counts = new Map<string, number>();
  for (const v of model.vendors) counts.set(v.name, (counts.get(v.name) ?? 0) + 1);
  return model.vendors.map((v) => ((counts.get(v.name) ?? 0) > 1 ? `${v.name} (${model.labels.rank} ${v.rank})` : v.name));
}

/** Wrapped lines `text` needs in a column `width` characters wide; a column-width unit is about one digit. */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  return text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Excel does not re-flow row heights on opening a file, so rows with wrapped text get a height up front. */
function fitHeight(row: Row, cells: readonly { text: string; width: number }[]): void {
  const lines = Math.max(1, ...cells.map((c) => lineCount(c.text, c.width)));
  if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const widest = (texts: readonly string[]) => texts.reduce((max, t) => Math.max(max, ...t.split('\n').map((line) => line.length)), 0);

/** exceljs leaves out a column whose width equals its own default (9), and Excel then shows 8.43. */
function setWidth(sheet: Worksheet, column: number, width: number): void {
  sheet.getColumn(column).width = width === 9 ? 9.5 : width;
}

function tint(cell: Cell, tone: Tone): void {
  cell.fill = solid(tone.bg);
  cell.font = { size: FONT_SIZE, color: { argb: argb(tone.fg) } };
}

function styleHeader(row: Row, columns: number): void {
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = HEADER_FONT;
    cell.alignment = HEADER_ALIGNMENT;
    cell.border = HEADER_BORDER;
    cell.fill = solid(COLORS.tint);
  }
}

/** Prints landscape, one page wide, repeating the table's header row on every page. */
function landscape(sheet: Worksheet, titleRow: number): void {
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
  sheet.pageSetup.printTitlesRow = `${titleRow}:${titleRow}`;
}

/** Column numbers of the ranking table, 1-based. */
const RANKING = {
  rank: 1,
  vendor: 2,
  service: 3,
  assessed: 4,
  status: 5,
  overall: 6,
  conservative: 7,
  recommendation: 8,
  residualRisk: 9,
  knockoutCount: 10,
  knockoutTitles: 11,
  critical: 12,
  high: 13,
  medium: 14,
  low: 15,
  firstDomain: 16,
} as const;

function rankingSheet(workbook: Workbook, model: ComparisonModel, name: string): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(name, { properties: { defaultRowHeight: 15 } });
  const lastColumn = RANKING.firstDomain + model.domains.length - 1;

  const recommendationText = (v: ComparisonModel['vendors'][number]) => `${v.recommendationLabel} (${recommendationQualifiers(v, labels).join(', ')})`;
  const knockoutText = (v: ComparisonModel['vendors'][number]) => (v.knockouts.length > 0 ? v.knockouts.join('; ') : labels.none);

  const domainWidth = (title: string) => clamp(Math.ceil(title.length / 2) + 2, 11, 18);
  const widths: Record<number, number> = {
    [RANKING.rank]: clamp(labels.rank.length + 3, 7, 12),
    [RANKING.vendor]: clamp(widest([labels.vendor, ...model.vendors.map((v) => v.name)]) + 2, 18, 40),
    [RANKING.service]: clamp(widest([labels.service, ...model.vendors.map((v) => v.serviceName)]) + 2, 22, 40),
    [RANKING.assessed]: clamp(widest([labels.assessmentDate, ...model.vendors.map((v) => v.assessmentDate)]) + 2, 12, 24),
    [RANKING.status]: clamp(widest([labels.status, ...model.vendors.map((v) => v.statusLabel)]) + 2, 10, 20),
    [RANKING.overall]: clamp(labels.overall.length + 2, 9, 14),
    [RANKING.conservative]: clamp(labels.conservative.length + 2, 9, 14),
    [RANKING.recommendation]: clamp(widest([labels.recommendation, ...model.vendors.map(recommendationText)]) + 2, 16, 40),
    [RANKING.residualRisk]: clamp(widest([labels.residualRisk, ...model.vendors.map((v) => v.residualRisk.label)]) + 2, 11, 18),
    [RANKING.knockoutCount]: 11,
    [RANKING.knockoutTitles]: clamp(widest([labels.knockouts, ...model.vendors.map(knockoutText)]) + 2, 16, 48),
    [RANKING.critical]: 11,
    [RANKING.high]: 11,
    [RANKING.medium]: 11,
    [RANKING.low]: 11,
  };
  model.domains.forEach((d, i) => (widths[RANKING.firstDomain + i] = domainWidth(d.title)));
  // Labels of the title block and the weights table span the rank and vendor columns.
  const labelWidth = () => (widths[RANKING.rank] ?? 0) + (widths[RANKING.vendor] ?? 0);
  const longestLabel = widest([labels.generatedAt, labels.questionnaire, labels.weightProfile, labels.domain, ...model.domains.map((d) => d.title)]) + 2;
  if (labelWidth() < longestLabel) widths[RANKING.vendor] = Math.min(48, longestLabel - (widths[RANKING.rank] ?? 0));
  for (let c = 1; c <= lastColumn; c += 1) setWidth(sheet, c, widths[c] ?? 12);

  let r = 1;
  const title = sheet.getCell(r, 1);
  title.value = model.title;
  title.font = { bold: true, size: 16, color: { argb: argb(COLORS.navy) } };
  sheet.getRow(r).height = 22;
  r += 1;
  const subtitle = sheet.getCell(r, 1);
  subtitle.value = model.subtitle;
  subtitle.font = { size: FONT_SIZE, color: { argb: argb(COLORS.muted) } };
  r += 2;

  const fact = (label: string, value: string | number | Date, numFmt?: string) => {
    sheet.mergeCells(r, RANKING.rank, r, RANKING.vendor);
    const head = sheet.getCell(r, RANKING.rank);
    head.value = label;
    head.font = { bold: true, size: FONT_SIZE };
    const cell = sheet.getCell(r, RANKING.service);
    cell.value = value;
    cell.alignment = { horizontal: 'left' };
    if (numFmt) cell.numFmt = numFmt;
    r += 1;
  };
  fact(labels.generatedAt, new Date(model.generatedAt), TIMESTAMP_FORMATS[model.language]);
  fact(labels.questionnaire, `${model.questionnaire.title} ${model.questionnaire.version}`);
  fact(labels.weightProfile, model.weightProfile);
  r += 1;

  const section = (caption: string) => {
    const cell = sheet.getCell(r, 1);
    cell.value = caption;
    cell.font = { bold: true, size: 12, color: { argb: argb(COLORS.navy) } };
    sheet.getRow(r).height = 18;
    r += 1;
  };

  section(labels.weights);
  sheet.mergeCells(r, RANKING.rank, r, RANKING.vendor);
  sheet.getCell(r, RANKING.rank).value = labels.domain;
  sheet.getCell(r, RANKING.service).value = labels.weight;
  styleHeader(sheet.getRow(r), RANKING.service);
  r += 1;
  for (const d of model.domains) {
    sheet.mergeCells(r, RANKING.rank, r, RANKING.vendor);
    sheet.getCell(r, RANKING.rank).value = d.title;
    const weight = sheet.getCell(r, RANKING.service);
    weight.value = d.weight;
    weight.numFmt = WEIGHT_FORMAT;
    weight.alignment = { horizontal: 'left' };
    sheet.getCell(r, RANKING.rank).border = { bottom: hairline };
    weight.border = { bottom: hairline };
    r += 1;
  }
  r += 1;

  section(labels.ranking);
  const headerRow = r;
  const header = sheet.getRow(headerRow);
  const headings: Record<number, string> = {
    [RANKING.rank]: labels.rank,
    [RANKING.vendor]: labels.vendor,
    [RANKING.service]: labels.service,
    [RANKING.assessed]: labels.assessmentDate,
    [RANKING.status]: labels.status,
    [RANKING.overall]: labels.overall,
    [RANKING.conservative]: labels.conservative,
    [RANKING.recommendation]: labels.recommendation,
    [RANKING.residualRisk]: labels.residualRisk,
    [RANKING.knockoutCount]: `${labels.knockouts} (#)`,
    [RANKING.knockoutTitles]: labels.knockouts,
    [RANKING.critical]: `${labels.findings}: ${labels.critical}`,
    [RANKING.high]: `${labels.findings}: ${labels.high}`,
    [RANKING.medium]: `${labels.findings}: ${labels.medium}`,
    [RANKING.low]: `${labels.findings}: ${labels.low}`,
  };
  model.domains.forEach((d, i) => (headings[RANKING.firstDomain + i] = d.title));
  for (let c = 1; c <= lastColumn; c += 1) header.getCell(c).value = headings[c] ?? '';
  styleHeader(header, lastColumn);
  fitHeight(
    header,
    Object.entries(headings).map(([c, text]) => ({ text, width: widths[Number(c)] ?? 12 })),
  );
  r += 1;

  for (const v of model.vendors) {
    const row = sheet.getRow(r);
    const put = (column: number, value: string | number | null, numFmt?: string) => {
      const cell = row.getCell(column);
      // An empty cell, not 0 or "", when there is no score: averages then skip it.
      if (value !== null) cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = TOP;
      cell.border = { bottom: hairline };
      cell.font = { size: FONT_SIZE };
      return cell;
    };
    put(RANKING.rank, v.rank, COUNT_FORMAT);
    put(RANKING.vendor, v.name).font = { size: FONT_SIZE, bold: true };
    put(RANKING.service, v.serviceName);
    put(RANKING.assessed, v.assessmentDate);
    put(RANKING.status, v.statusLabel);
    put(RANKING.overall, shownScore(v.overall), SCORE_FORMAT);
    put(RANKING.conservative, shownScore(v.conservative), SCORE_FORMAT);
    tint(put(RANKING.recommendation, recommendationText(v)), decisionTone(v.recommendation));
    tint(put(RANKING.residualRisk, v.residualRisk.label), tierTone(v.residualRisk.tier));
    put(RANKING.knockoutCount, v.knockouts.length, COUNT_FORMAT);
    put(RANKING.knockoutTitles, knockoutText(v)).alignment = TOP_WRAP;
    put(RANKING.critical, v.findings.critical, COUNT_FORMAT);
    put(RANKING.high, v.findings.high, COUNT_FORMAT);
    put(RANKING.medium, v.findings.medium, COUNT_FORMAT);
    put(RANKING.low, v.findings.low, COUNT_FORMAT);
    v.domainScores.forEach((score, i) => put(RANKING.firstDomain + i, shownScore(score), SCORE_FORMAT));
    fitHeight(row, [{ text: knockoutText(v), width: widths[RANKING.knockoutTitles] ?? 16 }]);
    r += 1;
  }

  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + model.vendors.length, column: lastColumn } };
  sheet.views = [{ state: 'frozen', xSplit: RANKING.vendor, ySplit: headerRow, topLeftCell: `C${headerRow + 1}`, activeCell: 'A1', showGridLines: false }];
  landscape(sheet, headerRow);
}

function certificationsSheet(workbook: Workbook, model: ComparisonModel, name: string, vendors: readonly string[]): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(name);
  const columns = 1 + vendors.length;
  const cellText = (cell: ComparisonModel['certifications'][number]['cells'][number]) =>
    cell.validUntil ? `${cell.label} · ${labels.validUntil} ${cell.validUntil}` : cell.label;

  setWidth(sheet, 1, clamp(widest([labels.certification, ...model.certifications.map((c) => c.name)]) + 2, 18, 48));
  vendors.forEach((vendor, j) => {
    const texts = model.certifications.map((row) => (row.cells[j] ? cellText(row.cells[j]) : ''));
    setWidth(sheet, 2 + j, clamp(widest([vendor, ...texts]) + 2, 14, 36));
  });

  const header = sheet.getRow(1);
  header.getCell(1).value = labels.certification;
  vendors.forEach((vendor, j) => (header.getCell(2 + j).value = vendor));
  styleHeader(header, columns);
  fitHeight(
    header,
    vendors.map((text, j) => ({ text, width: sheet.getColumn(2 + j).width ?? 14 })),
  );

  model.certifications.forEach((certification, i) => {
    const row = sheet.getRow(2 + i);
    const first = row.getCell(1);
    first.value = certification.name;
    first.font = { bold: true, size: FONT_SIZE };
    first.alignment = TOP_WRAP;
    first.border = { bottom: hairline };
    certification.cells.forEach((entry, j) => {
      const cell = row.getCell(2 + j);
      cell.value = cellText(entry);
      cell.alignment = TOP_WRAP;
      cell.border = { bottom: hairline };
      tint(cell, certificationTone(entry.status));
    });
  });

  if (model.certifications.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + model.certifications.length, column: columns } };
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A1' }];
  landscape(sheet, 1);
}

/** Column numbers of the answers table, 1-based; vendors follow the question. */
const ANSWERS = { number: 1, domain: 2, question: 3, firstVendor: 4 } as const;

function answersSheet(workbook: Workbook, model: ComparisonModel, name: string, vendors: readonly string[]): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(name);
  const differsColumn = ANSWERS.firstVendor + vendors.length;
  const rows = model.answers.flatMap((group) => group.rows.map((row) => ({ domain: group.domain, ...row })));

  const widths: Record<number, number> = {
    [ANSWERS.number]: clamp(widest([labels.number, ...rows.map((row) => row.number)]) + 3, 7, 12),
    [ANSWERS.domain]: clamp(widest([labels.domain, ...model.answers.map((g) => g.domain)]) + 2, 14, 24),
    [ANSWERS.question]: 60,
    [differsColumn]: clamp(widest([labels.yes, labels.no]) + 4, 12, 16),
  };
  vendors.forEach((vendor, j) => (widths[ANSWERS.firstVendor + j] = clamp(widest([vendor, ...rows.map((row) => row.answers[j] ?? '')]) + 2, 16, 32)));
  for (let c = 1; c <= differsColumn; c += 1) setWidth(sheet, c, widths[c] ?? 16);

  const header = sheet.getRow(1);
  header.getCell(ANSWERS.number).value = labels.number;
  header.getCell(ANSWERS.domain).value = labels.domain;
  header.getCell(ANSWERS.question).value = labels.question;
  vendors.forEach((vendor, j) => (header.getCell(ANSWERS.firstVendor + j).value = vendor));
  header.getCell(differsColumn).value = labels.differs;
  styleHeader(header, differsColumn);
  fitHeight(header, [
    ...vendors.map((text, j) => ({ text, width: widths[ANSWERS.firstVendor + j] ?? 16 })),
    { text: labels.differs, width: widths[differsColumn] ?? 12 },
  ]);

  rows.forEach((answer, i) => {
    const row = sheet.getRow(2 + i);
    const put = (column: number, value: string, wrap: boolean) => {
      const cell = row.getCell(column);
      cell.value = value;
      cell.alignment = wrap ? TOP_WRAP : TOP;
      cell.border = { bottom: hairline };
      cell.font = { size: FONT_SIZE };
      return cell;
    };
    put(ANSWERS.number, answer.number, false);
    put(ANSWERS.domain, answer.domain, true);
    put(ANSWERS.question, answer.text, true);
    answer.answers.forEach((text, j) => {
      const cell = put(ANSWERS.firstVendor + j, text, true);
      if (answer.differs) cell.fill = DIFFERS_FILL;
    });
    const differs = put(differsColumn, answer.differs ? labels.yes : labels.no, false);
    if (answer.differs) {
      differs.fill = DIFFERS_FILL;
      differs.font = { size: FONT_SIZE, bold: true };
    }
    fitHeight(row, [
      { text: answer.domain, width: widths[ANSWERS.domain] ?? 14 },
      { text: answer.text, width: widths[ANSWERS.question] ?? 60 },
      ...answer.answers.map((text, j) => ({ text, width: widths[ANSWERS.firstVendor + j] ?? 16 })),
    ]);
  });

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: differsColumn } };
  sheet.views = [{ state: 'frozen', xSplit: ANSWERS.question, ySplit: 1, topLeftCell: 'D2', activeCell: 'A1' }];
  landscape(sheet, 1);
}

/** MS-DOS time and date fields as zip headers store them, here in UTC. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Sets the modification time of every zip entry (local header and central directory)
 * to `when`, so that packing the same workbook twice gives the same bytes.
 */
function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const END = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const LOCAL = 0x04034b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('comparisonXlsx: the workbook is not a zip archive');
  const { time, date } = dosDateTime(when);
  const entries = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n += 1) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('comparisonXlsx: unexpected zip central directory');
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('comparisonXlsx: unexpected zip entry header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

export async function comparisonXlsx(model: ComparisonModel): Promise<Buffer> {
  const when = new Date(model.generatedAt);
  if (Number.isNaN(when.getTime())) throw new Error('comparisonXlsx: generatedAt is not a timestamp');

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Assay';
  workbook.lastModifiedBy = 'Assay';
  workbook.created = when;
  workbook.modified = when;
  workbook.title = model.title;
  workbook.subject = model.subtitle;

  const taken = new Set<string>();
  const vendors = vendorHeadings(model);
  rankingSheet(workbook, model, sheetName(model.labels.ranking, 'Ranking', taken));
  certificationsSheet(workbook, model, sheetName(model.labels.certifications, 'Certifications', taken), vendors);
  answersSheet(workbook, model, sheetName(model.labels.answers, 'Answers', taken), vendors);
  workbook.views = [{ x: 0, y: 0, width: 28_000, height: 16_000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const packed = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(packed, when);
}
