import type { Content, CustomTableLayout } from 'pdfmake/interfaces';
import type { ComparisonLabels, ComparisonModel, ComparisonVendor } from '@shared/compare/model';
import { CONTROL_STRENGTH_THRESHOLDS } from '@shared/scoring/risk';
import type { Formatter } from '../format';
import type { Measurer } from '../text-measure';
import { COLORS } from '../theme';
import type { Tone } from '../tones';

/** Ids of the markers after page 1's parts; the density probe reads where they ended. */
export const SUMMARY_MARKS = { ranking: 'summary-ranking-end', chart: 'summary-chart-end', side: 'summary-side-end' } as const;

/**
 * How tightly page 1 is packed. The layout starts generous and, if page 1 would
 * run into the signature box, renders it again one level tighter.
 */
export interface Density {
  level: number;
  /** Lines per vendor in the ranking: the name alone, or the name over service, status and date. */
  vendorLines: 1 | 2;
  nameSize: number;
  rowPadding: number;
  /** Height of one vendor's row in the domain chart, and of its bar. */
  barRow: number;
  barHeight: number;
  /** Type size of the chart's vendor names and values. */
  chartSize: number;
  gap: number;
}

export const DENSITIES: readonly [Density, ...Density[]] = [
  { level: 0, vendorLines: 2, nameSize: 10, rowPadding: 6, barRow: 22, barHeight: 12, chartSize: 8, gap: 18 },
  { level: 1, vendorLines: 2, nameSize: 9, rowPadding: 4.5, barRow: 17, barHeight: 10, chartSize: 7.5, gap: 14 },
  { level: 2, vendorLines: 2, nameSize: 8.5, rowPadding: 3.4, barRow: 14, barHeight: 8, chartSize: 7, gap: 12 },
  { level: 3, vendorLines: 1, nameSize: 8.5, rowPadding: 3.2, barRow: 12, barHeight: 7, chartSize: 7, gap: 11 },
  { level: 4, vendorLines: 1, nameSize: 8, rowPadding: 2.4, barRow: 10.5, barHeight: 6, chartSize: 6.5, gap: 9 },
  { level: 5, vendorLines: 1, nameSize: 7.5, rowPadding: 1.7, barRow: 9, barHeight: 5, chartSize: 6.5, gap: 7 },
  { level: 6, vendorLines: 1, nameSize: 7, rowPadding: 1.2, barRow: 8.4, barHeight: 4.6, chartSize: 6.2, gap: 5 },
];

export interface CompareContext {
  model: ComparisonModel;
  labels: ComparisonLabels;
  fmt: Formatter;
  measure: Measurer;
  density: Density;
}

/** Score bands of the heat map and the chart: the control-strength thresholds of the scoring method. */
export const SCORE_BANDS: readonly { min: number; bar: string; fill: string; ink: string }[] = [
  { min: CONTROL_STRENGTH_THRESHOLDS.strong, bar: COLORS.green, fill: '#dff0e6', ink: '#17603c' },
  { min: CONTROL_STRENGTH_THRESHOLDS.adequate, bar: '#6ba886', fill: '#eef6f0', ink: COLORS.ink },
  { min: CONTROL_STRENGTH_THRESHOLDS.weak, bar: '#d89a3c', fill: COLORS.amberTint, ink: '#7a4a08' },
  { min: CONTROL_STRENGTH_THRESHOLDS.insufficient, bar: COLORS.red, fill: COLORS.redTint, ink: COLORS.red },
];

export function scoreBand(score: number): (typeof SCORE_BANDS)[number] {
  return SCORE_BANDS.find((b) => score >= b.min) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
}

/** "≥ 80", "65–79", "50–64", "< 50": the ranges the bands stand for. */
function bandRanges(fmt: Formatter): string[] {
  return SCORE_BANDS.map((band, i) => {
    if (i === 0) return `≥ ${fmt.number(band.min)}`;
    const upper = SCORE_BANDS[i - 1]!.min - 1;
    return i === SCORE_BANDS.length - 1 ? `< ${fmt.number(upper + 1)}` : `${fmt.number(band.min)}–${fmt.number(upper)}`;
  });
}

/** A row of colour swatches, each followed by its text. */
export function swatchLegend(items: readonly { color: string; text: string }[], fontSize = 6.5): Content {
  const side = fontSize * 0.95;
  return {
    columns: items.flatMap((item) => [
      { width: side, canvas: [{ type: 'rect' as const, x: 0, y: fontSize * 0.22, w: side, h: side, color: item.color }] },
      { width: 'auto' as const, text: item.text, fontSize, color: COLORS.muted, lineHeight: 1 },
    ]),
    columnGap: 3,
  };
}

/** A legend of the score bands: a swatch and its range each. */
export function bandLegend(fmt: Formatter, swatch: 'bar' | 'fill'): Content {
  const ranges = bandRanges(fmt);
  return swatchLegend(SCORE_BANDS.map((band, i) => ({ color: swatch === 'bar' ? band.bar : band.fill, text: `${ranges[i]}\u2003` })));
}

/** Weights as the user entered them: whole numbers without decimals. */
export function weightText(fmt: Formatter, weight: number): string {
  return fmt.number(weight, Number.isInteger(weight) ? 0 : 1);
}

/** A coloured label that hugs its text, in sentence case. */
export function pill(text: string, tone: Tone, fontSize = 7): Content {
  return {
    table: { widths: ['auto'], body: [[{ text, fontSize, bold: true, color: tone.fg, fillColor: tone.bg, noWrap: true }]] },
    layout: tight(3.5, 1.2),
  };
}

/** The width a pill with this text takes, padding included. */
export function pillWidth(measure: Measurer, text: string, fontSize = 7): number {
  return Math.ceil(measure.width(text, 'medium', fontSize)) + 8;
}

/** A table without lines, only padding. */
function tight(padX: number, padY: number): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
}

export interface KnockoutKey {
  titles: string[];
  /** Vendor index → numbers of its knock-outs in the legend. */
  numbers: number[][];
}

/** Every knock-out rule that some vendor triggered, numbered in order of first appearance. */
export function knockoutKey(vendors: readonly ComparisonVendor[]): KnockoutKey {
  const titles: string[] = [];
  const numbers = vendors.map((v) =>
    v.knockouts.map((title) => {
      let index = titles.indexOf(title);
      if (index < 0) index = titles.push(title) - 1;
      return index + 1;
    }),
  );
  return { titles, numbers };
}

/** Inline red number badges; the legend under the table spells them out. */
export function badges(numbers: number[]): Content[] {
  return numbers.flatMap((n, i) => [
    ...(i > 0 ? [{ text: ' ', fontSize: 7 }] : []),
    { text: `\u00a0${n}\u00a0`, fontSize: 7, bold: true, color: '#ffffff', background: COLORS.red },
  ]);
}

/** The knock-out rules behind the numbers, in one wrapping line; nothing when no vendor triggered one. */
export function knockoutLegend(labels: ComparisonLabels, key: KnockoutKey, margin: [number, number, number, number]): Content[] {
  if (key.titles.length === 0) return [];
  return [
    {
      text: [
        { text: `${labels.knockouts}:  `, bold: true, color: COLORS.ink },
        ...key.titles.flatMap((title, i) => [...(i > 0 ? [{ text: '    ' }] : []), ...badges([i + 1]), { text: `\u00a0${title}`, color: COLORS.body }]),
      ],
      fontSize: 7,
      lineHeight: 1.3,
      margin,
    },
  ];
}
