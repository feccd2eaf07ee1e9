import type { CustomTableLayout, Style } from 'pdfmake/interfaces';
import type { Severity } from '../../../shared/questionnaire/schema';
import type { RiskTier } from '../../../shared/scoring/risk';
import type { ShownRecommendation } from '../../../shared/scoring/shown-recommendation';
import type { ReportModel } from '../../../shared/report/model';

/** A4 portrait in PDF points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
/** Left, top, right, bottom. The top margin leaves room for the running header, the bottom for the footer. */
export const MARGINS = { left: 50, top: 64, right: 50, bottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/** Where page 1 draws its signature box, in pdfmake's top-left coordinates: bottom right, above the footer. */
export const SIGNATURE_FRAME = {
  left: PAGE.width - MARGINS.right - 230,
  top: PAGE.height - MARGINS.bottom - 6 - 76,
  width: 230,
  height: 76,
} as const;
/** Page 1's flowing content must end above this line, clear of the signature band. */
export const SUMMARY_BOTTOM = SIGNATURE_FRAME.top - 8;
/** Page 1 has no running header, so its content starts higher. */
export const SUMMARY_TOP = 40;

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

export interface Tone {
  fg: string;
  bg: string;
}

const tone = (fg: string, bg: string): Tone => ({ fg, bg });

export function decisionTone(recommendation: ShownRecommendation): Tone {
  switch (recommendation) {
    case 'notAssessed':
      return tone(COLORS.muted, COLORS.tint);
    case 'approve':
      return tone(COLORS.green, COLORS.greenTint);
    case 'approveWithConditions':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'reject':
      return tone(COLORS.red, COLORS.redTint);
  }
}

export function severityTone(severity: Severity): Tone {
  switch (severity) {
    case 'critical':
      return tone('#ffffff', COLORS.darkRed);
    case 'high':
      return tone(COLORS.red, COLORS.redTint);
    case 'medium':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'low':
      return tone(COLORS.muted, COLORS.tint);
  }
}

export function tierTone(tier: RiskTier): Tone {
  switch (tier) {
    case 'critical':
      return tone(COLORS.darkRed, COLORS.redTint);
    case 'high':
      return tone(COLORS.red, COLORS.redTint);
    case 'medium':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'low':
      return tone(COLORS.green, COLORS.greenTint);
  }
}

export function certificationTone(status: ReportModel['certifications'][number]['status']): Tone {
  switch (status) {
    case 'valid':
      return tone(COLORS.green, COLORS.greenTint);
    case 'expiring':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'expired':
    case 'notHeld':
      return tone(COLORS.red, COLORS.redTint);
    case 'inProgress':
      return tone(COLORS.accent, COLORS.accentTint);
    case 'unanswered':
    case 'notApplicable':
      return tone(COLORS.muted, COLORS.tint);
  }
}

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
