import type { Column, Content, ContentText } from 'pdfmake/interfaces';
import type { Measurer } from './text-measure';
import { COLORS, plainLayout } from './theme';
import type { Tone } from './tones';

/** A small coloured label in capitals that hugs its text. */
export function chip(text: string, tone: Tone, fontSize = 6.5): Content {
  return {
    table: {
      widths: ['auto'],
      body: [[{ text: text.toLocaleUpperCase(), fontSize, bold: true, color: tone.fg, fillColor: tone.bg, characterSpacing: 0.3, noWrap: true }]],
    },
    layout: plainLayout(3.5, 1.3),
  };
}

/** The width a chip with this text takes, padding included. */
export function chipWidth(measure: Measurer, text: string, fontSize = 6.5): number {
  return Math.ceil(measure.width(text.toLocaleUpperCase(), 'medium', fontSize, 0.3)) + 8;
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

/** A table header cell: small capitals in the `th` style. */
export function th(text: string, alignment: 'left' | 'right' | 'center' = 'left'): ContentText {
  return { text: text.toLocaleUpperCase(), style: 'th', alignment };
}

/** Header cells are 7 pt medium capitals with 0.3 pt letter spacing (the `th` style). */
const TH_SIZE = 7;
const TH_SPACING = 0.3;

/** At least `min`, and wide enough that no single word of the header text has to be broken. */
export function headerWidth(measure: Measurer, text: string, min: number): number {
  const words = text.toLocaleUpperCase().split(/\s+/);
  return Math.max(min, ...words.map((w) => Math.ceil(measure.width(w, 'medium', TH_SIZE, TH_SPACING)) + 1));
}

/** A small square mark in a column of its own, before a line of text. */
export function bullet(color: string): Column {
  return { width: 9, stack: [{ canvas: [{ type: 'rect', x: 0, y: 2.6, w: 4.5, h: 4.5, color }] }] };
}
