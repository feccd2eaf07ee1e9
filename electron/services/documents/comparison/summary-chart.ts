import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { marker } from '../fitting';
import { COLORS, plainLayout } from '../theme';
import { bandLegend, scoreBand, SUMMARY_MARKS, type CompareContext } from './context';
import { CONTENT_WIDTH, SIDE_GAP, SIDE_WIDTH } from './geometry';

/** The domain chart left of the signature box; the column above the box stays empty. */
export function band(ctx: CompareContext): Content {
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
          marker(SUMMARY_MARKS.chart),
        ],
      },
      {
        width: SIDE_WIDTH,
        stack: [...robustnessBlock(ctx), marker(SUMMARY_MARKS.side)],
      },
    ],
    columnGap: SIDE_GAP,
    margin: [0, density.gap + 2, 0, 0],
  };
}

/** Above the signature box: how stable the first place is when the weights move (the weight ranges follow the domain scores). */
function robustnessBlock({ model, measure }: CompareContext): Content[] {
  const robustness = model.robustness;
  if (!robustness) return [];
  const size = 6.8;
  return [
    { text: robustness.title.toLocaleUpperCase(), style: 'caption' },
    { canvas: [{ type: 'line', x1: 0, y1: 2.5, x2: SIDE_WIDTH, y2: 2.5, lineWidth: 0.5, lineColor: COLORS.rule }], margin: [0, 0, 0, 4] },
    { text: measure.clamp(robustness.stability, 'regular', size, SIDE_WIDTH, 3), fontSize: size, color: COLORS.ink, lineHeight: 1.15 },
  ];
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
        text: [
          { text: `${i + 1}\u00a0`, color: COLORS.faint },
          { text: title, color: COLORS.muted },
        ],
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
          : {
              text: fmt.score(score),
              fontSize: size,
              lineHeight: 1,
              bold: leads,
              color: scoreBand(score).ink,
              fillColor: scoreBand(score).fill,
              alignment: 'center',
              margin: [0, textTop, 0, 0],
            };
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
              ...[25, 50, 75].map((t) => ({
                type: 'line' as const,
                x1: (barWidth * t) / 100,
                y1: top,
                x2: (barWidth * t) / 100,
                y2: top + density.barHeight,
                lineWidth: 0.6,
                lineColor: '#ffffff',
              })),
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
    table: {
      widths: [labelWidth, ...model.domains.map(() => columnWidth)],
      heights: (row) => (row === 0 ? 'auto' : density.barRow),
      body: [header, ...rows],
    } as ContentTable['table'],
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
