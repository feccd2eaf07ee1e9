import type { Workbook } from 'exceljs';
import type { ComparisonModel } from '@shared/compare/model';
import { certificationTone } from '../tones';
import { clamp, DIFFERS_FILL, FONT_SIZE, fitHeight, hairline, landscape, setWidth, styleHeader, tint, TOP, TOP_WRAP, widest } from '../xlsx-style';

/** Certification × vendor: each cell its status, coloured, and the validity date. */
export function certificationsSheet(workbook: Workbook, model: ComparisonModel, name: string, vendors: readonly string[]): void {
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

/** Question by question, one column per vendor, and whether the answers differ. */
export function answersSheet(workbook: Workbook, model: ComparisonModel, name: string, vendors: readonly string[]): void {
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
