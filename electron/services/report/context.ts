import type { Content } from 'pdfmake/interfaces';
import type { ReportLabels, ReportModel } from '../../../shared/report/model';
import type { Formatter } from './format';
import type { Measurer } from './text-measure';
import { COLORS, plainLayout, type Tone } from './theme';

/**
 * How tightly page 1 is packed. The layout starts generous and, if the summary
 * would run into the signature band, renders again one level tighter.
 */
export interface Density {
  level: number;
  gap: number;
  riskTitleLines: number;
  remediationLines: number;
  knockoutRationaleLines: number;
  maxKnockouts: number;
  maxCertifications: number;
  overrideLines: number;
  /** Conditions of an approval with conditions listed on page 1; the rest are counted. */
  maxConditions: number;
  /** Top risks listed on page 1. */
  maxTopRisks: number;
}

export const DENSITIES: readonly Density[] = [
  { level: 0, gap: 10, riskTitleLines: 1, remediationLines: 2, knockoutRationaleLines: 2, maxKnockouts: 6, maxCertifications: 12, overrideLines: 4, maxConditions: 6, maxTopRisks: 5 },
  { level: 1, gap: 9, riskTitleLines: 1, remediationLines: 1, knockoutRationaleLines: 1, maxKnockouts: 6, maxCertifications: 12, overrideLines: 3, maxConditions: 5, maxTopRisks: 5 },
  { level: 2, gap: 6, riskTitleLines: 1, remediationLines: 1, knockoutRationaleLines: 0, maxKnockouts: 4, maxCertifications: 8, overrideLines: 3, maxConditions: 3, maxTopRisks: 5 },
  { level: 3, gap: 5, riskTitleLines: 1, remediationLines: 0, knockoutRationaleLines: 0, maxKnockouts: 3, maxCertifications: 6, overrideLines: 2, maxConditions: 2, maxTopRisks: 3 },
  { level: 4, gap: 4, riskTitleLines: 1, remediationLines: 0, knockoutRationaleLines: 0, maxKnockouts: 2, maxCertifications: 4, overrideLines: 2, maxConditions: 1, maxTopRisks: 2 },
];

export interface LayoutContext {
  model: ReportModel;
  labels: ReportLabels;
  fmt: Formatter;
  measure: Measurer;
  density: Density;
}

/** A small coloured label that hugs its text. */
export function chip(text: string, tone: Tone, fontSize = 6.5): Content {
  return {
    table: { widths: ['auto'], body: [[{ text: text.toLocaleUpperCase(), fontSize, bold: true, color: tone.fg, fillColor: tone.bg, characterSpacing: 0.3, noWrap: true }]] },
    layout: plainLayout(3.5, 1.3),
  };
}

/** A caption in small capitals with a hairline under it. */
export function caption(text: string, width: number, marginTop = 0): Content {
  return {
    stack: [
      { text: text.toLocaleUpperCase(), style: 'caption' },
      { canvas: [{ type: 'line', x1: 0, y1: 2.5, x2: width, y2: 2.5, lineWidth: 0.5, lineColor: COLORS.rule }], margin: [0, 0, 0, 4] },
    ],
    margin: [0, marginTop, 0, 0],
  };
}

/** Header cells are 7 pt medium capitals with 0.3 pt letter spacing (the `th` style). */
const TH_SIZE = 7;
const TH_SPACING = 0.3;

/** At least `min`, and wide enough that no single word of the header text has to be broken. */
export function headerWidth(measure: Measurer, text: string, min: number): number {
  const words = text.toLocaleUpperCase().split(/\s+/);
  return Math.max(min, ...words.map((w) => Math.ceil(measure.width(w, 'medium', TH_SIZE, TH_SPACING)) + 1));
}

/** The width a chip with this text takes, padding included. */
export function chipWidth(measure: Measurer, text: string, fontSize = 6.5): number {
  return Math.ceil(measure.width(text.toLocaleUpperCase(), 'medium', fontSize, 0.3)) + 8;
}
