import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { ComparisonModel, ComparisonVendor } from '@shared/compare/model';
import { headerWidth, th } from '../blocks';
import { marker } from '../fitting';
import type { Measurer } from '../text-measure';
import { COLORS } from '../theme';
import { certificationTone } from '../tones';
import { sectionHeading } from './chrome';
import { badges, bandLegend, knockoutKey, knockoutLegend, scoreBand, swatchLegend, weightText, type CompareContext } from './context';
import { CONTENT_WIDTH } from './geometry';

/** Most vendor columns an answer table shows side by side; more are split into chunks. */
export const ANSWER_COLUMNS = 6;

/** Shading of answer rows whose answers differ between vendors. */
const DIFFERS_FILL = '#eaeff7';

const PAD_X = 4;
/** White rule between heat-map cells. */
const HEAT_GAP = 1.5;
const PAD_Y = 3;

/** Hairlines between rows, a stronger rule under the header, no vertical lines. */
function gridLayout(headerRows: number, fill?: (row: number) => string | null): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i < headerRows ? 0 : i === headerRows ? 0.8 : i === node.table.body.length ? 0.6 : 0.4),
    hLineColor: (i) => (i === headerRows ? COLORS.rule : COLORS.hairline),
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 0 : PAD_X),
    paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : PAD_X),
    paddingTop: () => PAD_Y,
    paddingBottom: () => PAD_Y,
    ...(fill ? { fillColor: (row: number) => fill(row) } : {}),
  };
}

/** A vendor's column header: rank, then the name in at most three lines. */
function vendorHeader(measure: Measurer, v: ComparisonVendor, width: number, fontSize = 7.5): TableCell {
  const rank = `${v.rank}\u00a0\u00a0`;
  // The rank shares the first line, so it is measured with the name (with room for the wider gap).
  const prefix = `${v.rank} `;
  const name = measure.clamp(`${prefix}${v.name}`, 'medium', fontSize, width - 3, 3).slice(prefix.length);
  return {
    text: [
      { text: rank, color: COLORS.accent },
      { text: name, color: COLORS.navy },
    ],
    fontSize,
    bold: true,
    lineHeight: 1.05,
  };
}

/** Widths of the leading columns and `count` equal vendor columns filling the line; `lines` is the width of vertical rules. */
function vendorWidths(count: number, fixed: number[], max = Infinity, lines = 0): number[] {
  const padding = (fixed.length + count - 1) * 2 * PAD_X;
  const each = Math.min(max, Math.floor(((CONTENT_WIDTH - fixed.reduce((s, w) => s + w, 0) - padding - lines) / count) * 100) / 100);
  return [...fixed, ...Array.from({ length: count }, () => each)];
}

/**
 * One row per vendor in rank order: service, assessment, the domain scores as a
 * heat map, overall and conservative score, and the knock-outs in full.
 */
export function domainScoresPart(ctx: CompareContext, newPage = true): Content {
  const { model, labels, fmt, measure } = ctx;
  const n = model.domains.length;
  const rankWidth = headerWidth(measure, labels.rank, 16);
  const dateWidth = Math.max(
    headerWidth(measure, labels.assessmentDate, 52),
    ...model.vendors.map((v) => Math.ceil(measure.width(v.assessmentDate, 'regular', 7)) + 1),
  );
  const overallWidth = headerWidth(measure, labels.overall, 40);
  const conservativeWidth = headerWidth(measure, labels.conservative, 44);
  const key = knockoutKey(model.vendors);
  const badgeWidth = (k: number) => measure.width(`\u00a0${k}\u00a0`, 'medium', 7) + measure.width(' ', 'regular', 7);
  const knockoutWidth = Math.max(
    headerWidth(measure, labels.knockouts, 50),
    Math.ceil(measure.width(labels.none, 'regular', 7)) + 2,
    ...key.numbers.map((ns) => Math.ceil(ns.reduce((sum, k) => sum + badgeWidth(k), 0)) + 2),
  );
  // Domain columns are wide enough for the longest word of their title, as long as the vendor keeps 100 pt.
  const titleWord = Math.max(...model.domains.flatMap((d) => d.title.split(/\s+/).map((w) => Math.ceil(measure.width(w, 'medium', 6.8)) + 1)));
  const padding = (n + 6) * 2 * PAD_X;
  const rest = CONTENT_WIDTH - rankWidth - dateWidth - overallWidth - conservativeWidth - knockoutWidth - padding;
  const domainWidth = Math.min(Math.floor((rest - 100) / n), Math.max(titleWord, Math.min(84, Math.floor((rest - 150) / n))));
  const vendorWidth = Math.floor(rest - n * domainWidth - (n + 1) * HEAT_GAP);
  const widths = [rankWidth, vendorWidth, dateWidth, ...model.domains.map(() => domainWidth), overallWidth, conservativeWidth, knockoutWidth];
  const best = model.domains.map((_, d) => Math.max(...model.vendors.map((v) => v.domainScores[d] ?? -1)));

  const scoreCell = (score: number | null, bold: boolean, size = 8.5): TableCell =>
    score === null
      ? { text: fmt.score(score), fontSize: size, color: COLORS.faint, alignment: 'center' }
      : { text: fmt.score(score), fontSize: size, bold, color: scoreBand(score).ink, fillColor: scoreBand(score).fill, alignment: 'center' };

  const header: TableCell[] = [
    th(labels.rank),
    th(labels.vendor),
    th(labels.assessmentDate),
    ...model.domains.map((d): TableCell => ({
      stack: [
        { text: d.title, fontSize: 6.8, bold: true, color: COLORS.ink, lineHeight: 1.05 },
        { text: `${labels.weight} ${weightText(fmt, d.weight)}`, fontSize: 6.2, color: COLORS.muted, margin: [0, 1.5, 0, 0] },
      ],
      alignment: 'center',
    })),
    th(labels.overall, 'center'),
    th(labels.conservative, 'center'),
    th(labels.knockouts),
  ];
  const rows = model.vendors.map((v, index): TableCell[] => [
    { text: String(v.rank), fontSize: 8.5, bold: true, color: COLORS.navy },
    {
      stack: [
        { text: measure.clamp(v.name, 'medium', 8, vendorWidth, 2), fontSize: 8, bold: true, color: COLORS.ink },
        { text: measure.clamp(v.serviceName, 'regular', 6.8, vendorWidth, 2), fontSize: 6.8, color: COLORS.muted, margin: [0, 1, 0, 0] },
      ],
    },
    {
      stack: [
        { text: v.assessmentDate, fontSize: 7, color: COLORS.body },
        { text: v.statusLabel, fontSize: 6.8, color: v.status === 'draft' ? COLORS.amber : COLORS.muted, margin: [0, 1, 0, 0] },
      ],
    },
    ...v.domainScores.map((score, d) => scoreCell(score, score !== null && score === best[d])),
    scoreCell(v.overall, true, 10),
    scoreCell(v.conservative, false),
    key.numbers[index]!.length === 0 ? { text: labels.none, fontSize: 7, color: COLORS.faint } : { text: badges(key.numbers[index]!), lineHeight: 1.25 },
  ]);
  const heat = new Set(Array.from({ length: n + 2 }, (_, i) => 3 + i));
  return {
    stack: [
      sectionHeading(labels.domainScores, 'domain-scores', bandLegend(fmt, 'fill'), newPage),
      {
        table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
        layout: {
          ...gridLayout(1),
          // White gaps between the heat-map cells.
          vLineWidth: (i) => (heat.has(i) && heat.has(i - 1) ? HEAT_GAP : 0),
          vLineColor: () => '#ffffff',
          paddingTop: (i) => (i === 0 ? PAD_Y : 5),
          paddingBottom: (i) => (i === 0 ? PAD_Y : 5),
        },
      },
      ...knockoutLegend(labels, key, [0, 6, 0, 0]),
      ...robustnessRanges(ctx),
    ],
  };
}

/** How far each weight may move before the first place changes, below the scores those weights apply to. */
function robustnessRanges({ model }: CompareContext): Content[] {
  const robustness = model.robustness;
  if (!robustness) return [];
  return [
    { text: robustness.title, fontSize: 9, bold: true, color: COLORS.ink, margin: [0, 12, 0, 3] },
    { text: robustness.stability, fontSize: 7.5, color: COLORS.ink, margin: [0, 0, 0, 3] },
    { ul: robustness.ranges.map((line) => ({ text: line, fontSize: 7.5, color: COLORS.body, margin: [0, 0, 0, 1.5] })), markerColor: COLORS.muted },
  ];
}

/** Id of the marker after the certification matrix. */
export const CERTIFICATIONS_END = 'certifications-end';

/**
 * Rows are certifications, columns vendors; each cell the status, coloured, and
 * the validity date. Starts a new page unless it fits below the domain scores.
 */
export function certificationsPart(ctx: CompareContext, newPage: boolean): Content {
  const { model, labels, measure } = ctx;
  const vendors = model.vendors;
  const size = vendors.length > 8 ? 6.5 : 7;
  const gapLine = 1.5;
  const widths = vendorWidths(vendors.length, [120], 120, (vendors.length - 1) * gapLine);
  const note: Content = { text: `${labels.status} · ${labels.validUntil}`, fontSize: 7, color: COLORS.muted };
  const body: TableCell[][] = [
    [th(labels.certification), ...vendors.map((v) => vendorHeader(measure, v, widths[1]!))],
    ...model.certifications.map((row): TableCell[] => [
      { text: row.name, fontSize: 7.5, bold: true, color: COLORS.ink },
      ...row.cells.map((cell): TableCell => {
        const tone = certificationTone(cell.status);
        const label = { text: cell.label, bold: true, color: tone.fg };
        if (!cell.validUntil) return { text: [label], fontSize: size, fillColor: tone.bg };
        // Status and date share a line where the column is wide enough.
        const oneLine = measure.width(`${cell.label} · ${cell.validUntil}`, 'medium', size) <= (widths[1] ?? 0) * 0.97;
        return { text: [label, { text: oneLine ? ` · ${cell.validUntil}` : `\n${cell.validUntil}`, color: COLORS.body }], fontSize: size, fillColor: tone.bg };
      }),
    ]),
  ];
  return {
    stack: [
      sectionHeading(labels.certifications, 'certifications', note, newPage),
      model.certifications.length === 0
        ? { text: labels.none, fontSize: 8, color: COLORS.faint }
        : {
            table: { headerRows: 1, dontBreakRows: true, widths, body },
            layout: {
              ...gridLayout(1),
              vLineWidth: (i) => (i >= 2 && i < widths.length ? gapLine : 0),
              vLineColor: () => '#ffffff',
              hLineColor: (i) => (i === 1 ? COLORS.rule : '#ffffff'),
              hLineWidth: (i) => (i === 0 ? 0 : i === 1 ? 0.8 : 1.5),
            },
          },
      marker(CERTIFICATIONS_END),
    ],
  };
}

/** Vendor index ranges of the answer tables: all at once, or balanced chunks of at most ANSWER_COLUMNS. */
export function answerChunks(count: number): [number, number][] {
  const chunks = Math.ceil(count / ANSWER_COLUMNS);
  const size = Math.ceil(count / chunks);
  const ranges: [number, number][] = [];
  for (let start = 0; start < count; start += size) ranges.push([start, Math.min(count, start + size)]);
  return ranges;
}

/**
 * Every question with each vendor's answer, grouped by domain. Rows whose answers
 * differ are shaded. More than ANSWER_COLUMNS vendors are split into column chunks
 * that repeat number and question.
 */
export function answersPart(ctx: CompareContext): Content {
  const { model, labels } = ctx;
  const chunks = answerChunks(model.vendors.length);
  const legend = swatchLegend([{ color: DIFFERS_FILL, text: labels.differingOnly }], 7.5);
  const tables = model.answers.flatMap((group, g) => chunks.map(([from, to], c) => answerTable(ctx, group, g, from, to, c === 0 ? chunks.length : 0)));
  return {
    stack: [sectionHeading(labels.answers, 'answers', legend), ...(tables.length ? tables : [{ text: labels.none, fontSize: 8, color: COLORS.faint }])],
  };
}

function answerTable(ctx: CompareContext, group: ComparisonModel['answers'][number], index: number, from: number, to: number, bookmark: number): Content {
  const { model, labels, measure } = ctx;
  const vendors = model.vendors.slice(from, to);
  const count = vendors.length;
  const textSize = count > 4 ? 6.8 : 7.5;
  const answerSize = count > 4 ? 6.6 : 7.2;
  const numberWidth = Math.max(20, ...group.rows.map((r) => Math.ceil(measure.width(r.number, 'medium', textSize)) + 1));
  // Answer columns keep a comfortable width; the question takes what is left, within reason.
  const answerTarget = [0, 200, 170, 135, 112, 96, 80][count] ?? 80;
  const questionWidth = Math.max(200, Math.min(360, CONTENT_WIDTH - numberWidth - count * answerTarget - (count + 1) * 2 * PAD_X));
  const widths = vendorWidths(count, [numberWidth, questionWidth]);
  const chunked = model.vendors.length > count;
  const range = chunked ? `  ·  ${labels.rank} ${from + 1}–${to}` : '';
  const title: TableCell = {
    text: [
      { text: `${index + 1}\u00a0\u00a0${group.domain}`, fontSize: 10.5, bold: true, color: COLORS.navy },
      ...(range ? [{ text: range, fontSize: 8, color: COLORS.muted }] : []),
    ],
    colSpan: widths.length,
    margin: [0, 2, 0, 2],
  };
  const body: TableCell[][] = [
    [title, ...Array.from({ length: widths.length - 1 }, () => '')],
    [th(labels.number), th(labels.question), ...vendors.map((v) => vendorHeader(measure, v, widths[2]!, 7))],
    ...group.rows.map((row, r): TableCell[] => [
      {
        text: row.number,
        fontSize: textSize,
        bold: true,
        color: row.differs ? COLORS.accent : COLORS.muted,
        ...(r === 0 && bookmark > 0
          ? { id: `answers-${index + 1}`, outline: true, outlineParentId: 'answers', outlineText: `${index + 1} ${group.domain}` }
          : {}),
      },
      { text: row.text, fontSize: textSize, color: COLORS.ink, lineHeight: 1.1 },
      ...row.answers.slice(from, to).map((answer): TableCell => ({ text: answer, fontSize: answerSize, color: COLORS.body, lineHeight: 1.1 })),
    ]),
  ];
  const differs = group.rows.map((r) => r.differs);
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
    layout: gridLayout(2, (row) => (row >= 2 && differs[row - 2] ? DIFFERS_FILL : null)),
    margin: [0, 0, 0, 12],
  };
}
