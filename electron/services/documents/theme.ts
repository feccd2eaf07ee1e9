import type { CustomTableLayout, Style } from 'pdfmake/interfaces';

export const COLORS = {
  navy: '#0f1d33',
  accent: '#2457d6',
  ink: '#1c2434',
  body: '#343d4f',
  muted: '#6b7385',
  faint: '#9aa1ae',
  rule: '#d6dbe4',
  hairline: '#e6e9ef',
  tint: '#f4f6fa',
  accentTint: '#eaf0fc',
  track: '#e8ebf1',
  green: '#1f7a4d',
  greenTint: '#e6f3ec',
  amber: '#a8650b',
  amberTint: '#fcf2e1',
  red: '#b42318',
  redTint: '#fbeae8',
  darkRed: '#7f1d1d',
} as const;

export const STYLES: Record<string, Style> = {
  eyebrow: { fontSize: 8, bold: true, color: COLORS.accent },
  title: { fontSize: 19, bold: true, color: COLORS.navy, lineHeight: 1.05 },
  subtitle: { fontSize: 10, color: COLORS.muted },
  h1: { fontSize: 16, bold: true, color: COLORS.navy, margin: [0, 0, 0, 4] },
  h2: { fontSize: 13, bold: true, color: COLORS.navy },
  // Letter spacing stays below 0.05 em: more, and text extraction splits the words apart.
  caption: { fontSize: 7, bold: true, color: COLORS.muted, characterSpacing: 0.25 },
  small: { fontSize: 7.5, color: COLORS.muted },
  th: { fontSize: 7, bold: true, color: COLORS.muted, characterSpacing: 0.3, lineHeight: 1.1 },
};

const zero = () => 0;

/** Horizontal hairlines between rows, a stronger rule under the header rows, no vertical lines. */
export function rowsLayout(options: { headerRows: number; padding?: number; paddingX?: number; zebra?: boolean }): CustomTableLayout {
  const pad = options.padding ?? 4;
  const padX = options.paddingX ?? 4;
  return {
    hLineWidth: (i, node) => {
      if (i === 0 || i === node.table.body.length) return i === 0 ? 0 : 0.6;
      return i === options.headerRows ? 0.8 : 0.4;
    },
    vLineWidth: zero,
    hLineColor: (i) => (i === options.headerRows ? COLORS.rule : COLORS.hairline),
    paddingLeft: (i) => (i === 0 ? 0 : padX),
    paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : padX),
    paddingTop: () => pad,
    paddingBottom: () => pad,
    fillColor: options.zebra ? (row) => (row >= options.headerRows && (row - options.headerRows) % 2 === 1 ? COLORS.tint : null) : undefined,
  };
}

/** A table without lines, only the given padding. */
export function plainLayout(padX = 0, padY = 0, padLeftFirst = true): CustomTableLayout {
  return {
    hLineWidth: zero,
    vLineWidth: zero,
    paddingLeft: (i) => (i === 0 && !padLeftFirst ? 0 : padX),
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
}
