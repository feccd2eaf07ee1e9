import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { recommendationQualifiers, type ComparisonVendor } from '../../../shared/compare/model';
import { caption, headerWidth } from '../report/context';
import { COLORS, decisionTone, plainLayout, severityTone, tierTone } from '../report/theme';
import { signatureBlock } from './chrome';
import {
  badges,
  bandLegend,
  CONTENT_WIDTH,
  knockoutKey,
  knockoutLegend,
  MARGINS,
  pill,
  pillWidth,
  scoreBand,
  SIDE_GAP,
  SIDE_WIDTH,
  SUMMARY_TOP,
  th,
  weightText,
  type CompareContext,
} from './context';

/** Ids of the markers after page 1's parts; the density probe reads where they ended. */
export const SUMMARY_MARKS = { ranking: 'summary-ranking-end', chart: 'summary-chart-end', side: 'summary-side-end' } as const;

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** Page 1: what an executive reads at a glance. Everything is sized to stay clear of the signature box. */
export function summaryPage(ctx: CompareContext): Content[] {
  return [...signatureBlock(ctx), heading(ctx), ranking(ctx), band(ctx)];
}

const mark = (id: string): Content => ({ text: ' ', id, fontSize: 1, lineHeight: 1 });

/** Domains per column of the weights table; more than this go into a second column. */
const WEIGHT_ROWS = 6;
const WEIGHTS_COLUMN = 272;
const WEIGHTS_GAP = 16;

function heading(ctx: CompareContext): Content {
  const { model, labels, measure, fmt } = ctx;
  const columns = Math.ceil(model.domains.length / WEIGHT_ROWS);
  const weightsWidth = columns === 1 ? WEIGHTS_COLUMN : 2 * 220 + WEIGHTS_GAP;
  const left = CONTENT_WIDTH - weightsWidth - 24;
  return {
    stack: [
      {
        columns: [
          {
            width: left,
            stack: [
              { text: measure.clamp(model.title, 'medium', 19, left, 2), style: 'title', margin: [0, 0, 0, 2], id: 'summary', outline: true, outlineText: labels.ranking },
              { text: measure.clamp(model.subtitle, 'regular', 9.5, left, 2), style: 'subtitle', fontSize: 9.5 },
              {
                text: [
                  { text: `${labels.generatedAt}: `, color: COLORS.muted },
                  { text: fmt.dateTime(model.generatedAt), color: COLORS.body },
                ],
                fontSize: 7.5,
                margin: [0, 4, 0, 0],
              },
              { text: measure.clamp(labels.method, 'italic', 7.5, Math.min(left, 420), 3), fontSize: 7.5, italics: true, color: COLORS.muted, lineHeight: 1.2, margin: [0, 8, 0, 0] },
            ],
          },
          { width: weightsWidth, stack: [weightsBlock(ctx, weightsWidth, columns)] },
        ],
        columnGap: 24,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 6, x2: CONTENT_WIDTH, y2: 6, lineWidth: 1, lineColor: COLORS.navy }] },
    ],
    margin: [0, SUMMARY_TOP - MARGINS.top, 0, 0],
  };
}

/** The weight profile and each domain's weight with its share of the total, numbered as in the chart. */
function weightsBlock({ model, labels, measure, fmt }: CompareContext, width: number, columns: number): Content {
  const total = model.domains.reduce((sum, d) => sum + d.weight, 0);
  const columnWidth = (width - (columns - 1) * WEIGHTS_GAP) / columns;
  const numberWidth = Math.ceil(measure.width(String(model.domains.length), 'medium', 7.5)) + 2;
  const valueWidth = Math.max(headerWidth(measure, labels.weight, 24), ...model.domains.map((d) => Math.ceil(measure.width(weightText(fmt, d.weight), 'medium', 7.5)) + 2));
  const shareWidth = Math.ceil(measure.width(fmt.percent(100, 100), 'regular', 7)) + 2;
  const titleWidth = columnWidth - numberWidth - valueWidth - shareWidth - 18;
  const profileCaption = `${labels.weightProfile.toLocaleUpperCase()}  `;
  const perColumn = Math.ceil(model.domains.length / columns);

  const table = (from: number): Content => ({
    table: {
      widths: [numberWidth, titleWidth, valueWidth, shareWidth],
      body: [
        [{ text: '' }, th(labels.domain), th(labels.weight, 'right'), { text: '' }],
        ...model.domains.slice(from, from + perColumn).map((d, i): TableCell[] => [
          { text: String(from + i + 1), fontSize: 7.5, bold: true, color: COLORS.muted },
          { text: measure.clamp(d.title, 'regular', 7.5, titleWidth, 1), fontSize: 7.5, color: COLORS.body },
          { text: weightText(fmt, d.weight), fontSize: 7.5, bold: true, color: COLORS.ink, alignment: 'right' },
          { text: fmt.percent(d.weight, total), fontSize: 7, color: COLORS.muted, alignment: 'right' },
        ]),
      ],
    },
    layout: {
      hLineWidth: (i, node) => (i === 1 ? 0.6 : i > 1 && i < node.table.body.length ? 0.4 : 0),
      hLineColor: (i) => (i === 1 ? COLORS.rule : COLORS.hairline),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 6),
      paddingRight: () => 0,
      paddingTop: () => 1.3,
      paddingBottom: () => 1.3,
    },
  });

  return {
    stack: [
      {
        text: [
          { text: profileCaption, style: 'caption' },
          { text: measure.clamp(model.weightProfile, 'medium', 8, width - measure.width(profileCaption, 'medium', 7, 0.25) - 4, 1), fontSize: 8, bold: true, color: COLORS.navy },
        ],
        margin: [0, 0, 0, 3],
      },
      columns === 1
        ? table(0)
        : { columns: Array.from({ length: columns }, (_, c) => ({ width: columnWidth, stack: [table(c * perColumn)] })), columnGap: WEIGHTS_GAP },
    ],
  };
}

function ranking(ctx: CompareContext): Content {
  const { model, labels, measure, fmt, density } = ctx;
  const key = knockoutKey(model.vendors);
  const pad = 4;

  // Whether the recommendation is provisional, and whether it is the finalised one or derived under these weights:
  // under the pill where the vendor takes two lines anyway, beside it where rows are one line.
  const qualifiers = (v: ComparisonVendor) => recommendationQualifiers(v, labels).join(' · ');
  const qualifierWidth = (v: ComparisonVendor) => Math.ceil(measure.width(qualifiers(v), 'italic', 6.5)) + 4;
  const stacked = density.vendorLines === 2;
  const recoWidth = Math.max(
    headerWidth(measure, labels.recommendation, 60),
    ...model.vendors.map((v) => (stacked ? Math.max(pillWidth(measure, v.recommendationLabel), qualifierWidth(v)) : pillWidth(measure, v.recommendationLabel) + qualifierWidth(v))),
  );
  const riskWidth = Math.max(headerWidth(measure, labels.residualRisk, 40), ...model.vendors.map((v) => Math.ceil(measure.width(v.residualRisk.label, 'medium', 7.5)) + 10));
  const badgeWidth = (n: number) => measure.width(`\u00a0${n}\u00a0`, 'medium', 7) + measure.width(' ', 'regular', 7);
  const koWidth = Math.min(
    110,
    Math.max(
      headerWidth(measure, labels.knockouts, 44),
      Math.ceil(measure.width(labels.none, 'regular', 7.5)) + 2,
      ...key.numbers.map((ns) => Math.ceil(ns.reduce((sum, n) => sum + badgeWidth(n), 0)) + 2),
    ),
  );
  const countWidths = SEVERITIES.map((s) => headerWidth(measure, labels[s], 24));
  const widths = [
    headerWidth(measure, labels.rank, 16),
    0,
    headerWidth(measure, labels.overall, 34),
    headerWidth(measure, labels.conservative, 40),
    recoWidth,
    riskWidth,
    koWidth,
    ...countWidths,
  ];
  const fixed = widths.reduce((sum, w) => sum + w, 0) + (widths.length - 1) * 2 * pad;
  widths[1] = Math.floor(CONTENT_WIDTH - fixed);
  const nameWidth = widths[1];

  const findingsSpan = countWidths.reduce((sum, w) => sum + w, 0) + (countWidths.length - 1) * 2 * pad;
  const header: TableCell[][] = [
    [
      { text: '', colSpan: 7 },
      '',
      '',
      '',
      '',
      '',
      '',
      {
        colSpan: 4,
        stack: [
          th(labels.findings, 'center'),
          { canvas: [{ type: 'line', x1: 0, y1: 1.5, x2: findingsSpan, y2: 1.5, lineWidth: 0.5, lineColor: COLORS.rule }] },
        ],
      } as TableCell,
      '',
      '',
      '',
    ],
    [
      th(labels.rank),
      th(labels.vendor),
      th(labels.overall, 'right'),
      th(labels.conservative, 'right'),
      th(labels.recommendation),
      th(labels.residualRisk),
      th(labels.knockouts),
      ...SEVERITIES.map((s) => th(labels[s], 'right')),
    ],
  ];

  const rows = model.vendors.map((v, index): TableCell[] => {
    const tone = decisionTone(v.recommendation);
    const name = measure.clamp(v.name, 'medium', density.nameSize, nameWidth, 1);
    const facts = [v.serviceName, v.statusLabel, v.assessmentDate].filter((s) => s.trim() !== '').join(' · ');
    const vendor: Content[] = [];
    if (density.vendorLines === 2) {
      vendor.push(
        { text: name, fontSize: density.nameSize, bold: true, color: COLORS.ink },
        { text: measure.clamp(facts, 'regular', 7, nameWidth, 1), fontSize: 7, color: COLORS.muted, margin: [0, 1, 0, 0] },
      );
    } else {
      // One line: the facts follow the name where there is room for them.
      const room = nameWidth - measure.width(`${name}\u2003`, 'medium', density.nameSize) - 2;
      vendor.push({
        text: [
          { text: name, fontSize: density.nameSize, bold: true, color: COLORS.ink },
          ...(room >= 60 ? [{ text: `\u2003${measure.clamp(facts, 'regular', 6.5, room, 1)}`, fontSize: 6.5, color: COLORS.muted }] : []),
        ],
      });
    }
    const note = { text: qualifiers(v), fontSize: 6.5, italics: true, color: COLORS.muted };
    const reco: Content = stacked
      ? { stack: [pill(v.recommendationLabel, tone), { ...note, margin: [0, 1, 0, 0] }] }
      : {
          columns: [
            { width: 'auto', stack: [pill(v.recommendationLabel, tone)] },
            { width: 'auto', ...note, margin: [0, 1.6, 0, 0] },
          ],
          columnGap: 4,
        };
    const risk = tierTone(v.residualRisk.tier);
    const ko = key.numbers[index]!;
    return [
      { text: String(v.rank), fontSize: density.nameSize + 0.5, bold: true, color: COLORS.navy },
      { stack: vendor },
      { text: fmt.score(v.overall), fontSize: density.nameSize + 1.5, bold: true, color: COLORS.navy, alignment: 'right', margin: [0, -0.8, 0, 0] },
      { text: fmt.score(v.conservative), fontSize: density.nameSize, color: COLORS.body, alignment: 'right' },
      { stack: [reco] },
      {
        text: [
          { text: '■ ', color: risk.fg, fontSize: 6 },
          { text: v.residualRisk.label, color: risk.fg, bold: true },
        ],
        fontSize: 7.5,
        margin: [0, 0.6, 0, 0],
      },
      ko.length > 0 ? { text: badges(ko), lineHeight: 1.25, margin: [0, 0.6, 0, 0] } : { text: labels.none, fontSize: 7.5, color: COLORS.faint, margin: [0, 0.6, 0, 0] },
      ...SEVERITIES.map((s): TableCell => {
        const count = v.findings[s];
        const color = count === 0 ? COLORS.faint : s === 'critical' ? COLORS.darkRed : severityTone(s).fg;
        return { text: String(count), fontSize: 8, bold: count > 0, color, alignment: 'right', margin: [0, 0.4, 0, 0] };
      }),
    ];
  });

  const table: ContentTable = {
    table: { headerRows: 2, widths, body: [...header, ...rows] },
    layout: {
      hLineWidth: (i, node) => (i === 2 ? 0.8 : i > 2 && i < node.table.body.length ? 0.4 : i === node.table.body.length ? 0.6 : 0),
      hLineColor: (i) => (i === 2 ? COLORS.rule : COLORS.hairline),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : pad),
      paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : pad),
      paddingTop: (i) => (i < 2 ? 1 : density.rowPadding),
      paddingBottom: (i) => (i < 2 ? 2 : density.rowPadding),
    },
  };

  const legend = knockoutLegend(labels, key, [0, 4, 0, 0]);

  return {
    stack: [caption(labels.ranking, CONTENT_WIDTH), table, ...legend, mark(SUMMARY_MARKS.ranking)],
    margin: [0, density.gap, 0, 0],
  };
}

/** The domain chart left of the signature box; the column above the box stays empty. */
function band(ctx: CompareContext): Content {
  const { labels, density } = ctx;
  const chartWidth = CONTENT_WIDTH - SIDE_WIDTH - SIDE_GAP;
  const { chart, heatMap } = domainChart(ctx, chartWidth);
  return {
    columns: [
      {
        width: chartWidth,
        stack: [
          {
            columns: [
              { width: '*', text: labels.domainScores.toLocaleUpperCase(), style: 'caption' },
              { width: 'auto', stack: [bandLegend(ctx.fmt, heatMap ? 'fill' : 'bar')] },
            ],
          },
          { canvas: [{ type: 'line', x1: 0, y1: 2.5, x2: chartWidth, y2: 2.5, lineWidth: 0.5, lineColor: COLORS.rule }], margin: [0, 0, 0, 4] },
          chart,
          mark(SUMMARY_MARKS.chart),
        ],
      },
      {
        width: SIDE_WIDTH,
        stack: [
          mark(SUMMARY_MARKS.side),
        ],
      },
    ],
    columnGap: SIDE_GAP,
    margin: [0, density.gap + 2, 0, 0],
  };
}

/** Narrower bars than this are hard to read; the chart becomes a heat map instead. */
const MIN_BAR = 34;

/**
 * One column per domain, one bar per vendor in rank order: who leads where.
 * Bars take the colour of their score band; each domain's best value is bold.
 * With many domains the columns get too narrow for bars, and each cell shows
 * its score on the band's colour instead.
 */
function domainChart({ model, measure, fmt, density }: CompareContext, width: number): { chart: Content; heatMap: boolean } {
  const n = model.domains.length;
  const size = density.chartSize;
  const labelWidth = Math.min(124, Math.max(70, ...model.vendors.map((v) => Math.ceil(measure.width(`${v.rank}\u00a0\u00a0${v.name}`, 'medium', size)) + 6)));
  const valueWidth = Math.ceil(measure.width('100', 'medium', size)) + 2;
  const wideGap = 10;
  const heatMap = (width - labelWidth - n * wideGap) / n - valueWidth - 3 < MIN_BAR;
  const gap = heatMap ? 2 : wideGap;
  const columnWidth = (width - labelWidth - n * gap) / n;
  const barWidth = columnWidth - valueWidth - 3;
  const best = model.domains.map((_, d) => Math.max(...model.vendors.map((v) => v.domainScores[d] ?? -1)));
  const titleSize = heatMap ? 6.2 : 6.5;
  const titleLines = model.domains.some((d) => measure.lines(`${n} ${d.title}`, 'medium', titleSize, columnWidth) > 2) ? 3 : 2;
  // Titles whose words do not fit the column would break mid-word; the numbers of the weights table stand in for them.
  const titles = model.domains.every((d, i) => `${i + 1} ${d.title}`.split(/\s+/).every((w) => measure.width(w, 'medium', titleSize) <= columnWidth * 0.97));
  const textTop = (density.barRow - size * 1.17) / 2;

  const header: TableCell[] = [
    { text: '' },
    ...model.domains.map((d, i): TableCell => {
      const number = `${i + 1} `;
      if (!titles) return { text: String(i + 1), fontSize: 7.5, bold: true, color: COLORS.muted, alignment: 'center' };
      const title = measure.clamp(`${number}${d.title}`, 'medium', titleSize, columnWidth, titleLines).slice(number.length);
      return {
        text: [{ text: `${i + 1}\u00a0`, color: COLORS.faint }, { text: title, color: COLORS.muted }],
        fontSize: titleSize,
        bold: true,
        lineHeight: 1.05,
        alignment: heatMap ? 'center' : 'left',
      };
    }),
  ];
  const rows = model.vendors.map((v): TableCell[] => [
    {
      text: [
        { text: `${v.rank}\u00a0\u00a0`, bold: true, color: COLORS.navy },
        { text: measure.clamp(v.name, 'regular', size, labelWidth - measure.width(`${v.rank}\u00a0\u00a0`, 'medium', size) - 1, 1), color: COLORS.body },
      ],
      fontSize: size,
      lineHeight: 1,
      margin: [0, textTop, 0, 0],
    },
    ...v.domainScores.map((score, d): TableCell => {
      const leads = score !== null && score === best[d];
      if (heatMap) {
        return score === null
          ? { text: fmt.score(score), fontSize: size, lineHeight: 1, color: COLORS.faint, alignment: 'center', margin: [0, textTop, 0, 0] }
          : { text: fmt.score(score), fontSize: size, lineHeight: 1, bold: leads, color: scoreBand(score).ink, fillColor: scoreBand(score).fill, alignment: 'center', margin: [0, textTop, 0, 0] };
      }
      const value = score === null ? 0 : Math.max(0, Math.min(100, score));
      const bar = (barWidth * value) / 100;
      const top = (density.barRow - density.barHeight) / 2;
      return {
        columns: [
          {
            width: barWidth,
            canvas: [
              { type: 'rect', x: 0, y: top, w: barWidth, h: density.barHeight, color: COLORS.track },
              ...(bar > 0 ? [{ type: 'rect' as const, x: 0, y: top, w: bar, h: density.barHeight, color: scoreBand(value).bar }] : []),
              ...[25, 50, 75].map((t) => ({ type: 'line' as const, x1: (barWidth * t) / 100, y1: top, x2: (barWidth * t) / 100, y2: top + density.barHeight, lineWidth: 0.6, lineColor: '#ffffff' })),
            ],
          },
          {
            width: valueWidth,
            text: fmt.score(score),
            fontSize: size,
            lineHeight: 1,
            bold: leads,
            color: score === null ? COLORS.faint : leads ? COLORS.ink : COLORS.body,
            alignment: 'right',
            margin: [0, textTop, 0, 0],
          },
        ],
        columnGap: 3,
      };
    }),
  ]);
  const chart: ContentTable = {
    table: { widths: [labelWidth, ...model.domains.map(() => columnWidth)], heights: (row) => (row === 0 ? 'auto' : density.barRow), body: [header, ...rows] } as ContentTable['table'],
    layout: {
      ...plainLayout(0, 0),
      paddingLeft: (i) => (i === 0 ? 0 : gap),
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: (i) => (i === 0 ? 3 : 0),
      hLineWidth: (i) => (i === 1 ? 0.5 : heatMap && i > 1 && i < model.vendors.length + 1 ? 0.6 : 0),
      hLineColor: (i) => (i === 1 ? COLORS.rule : '#ffffff'),
    },
  };
  return { chart, heatMap };
}
