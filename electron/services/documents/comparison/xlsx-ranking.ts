import type { Workbook } from 'exceljs';
import { recommendationQualifiers, type ComparisonModel } from '@shared/compare/model';
import { shownScore } from '@shared/scoring/figures';
import { COLORS } from '../theme';
import { decisionTone, tierTone } from '../tones';
import {
  argb,
  clamp,
  COUNT_FORMAT,
  FONT_SIZE,
  fitHeight,
  hairline,
  landscape,
  SCORE_FORMAT,
  setWidth,
  styleHeader,
  TIMESTAMP_FORMATS,
  tint,
  TOP,
  TOP_WRAP,
  WEIGHT_FORMAT,
  widest,
} from '../xlsx-style';

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

/** Title block, the weights the ranking used, then one row per vendor in rank order. */
export function rankingSheet(workbook: Workbook, model: ComparisonModel, name: string): void {
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
