import type { Content, TableCell } from 'pdfmake/interfaces';
import { bullet, caption } from '../blocks';
import { COLORS, plainLayout } from '../theme';
import type { LayoutContext } from './context';
import { CONTENT_WIDTH } from './geometry';

const CHART_WIDTH = 300;
const BAR_WIDTH = 128;

/** The domain scores as bars beside the triggered knock-outs. */
export function chartsRow(ctx: LayoutContext): Content {
  const right = CONTENT_WIDTH - CHART_WIDTH - 16;
  return {
    columns: [
      { width: CHART_WIDTH, stack: [caption(ctx.labels.domainScores, CHART_WIDTH), domainChart(ctx)] },
      { width: right, stack: [caption(ctx.labels.knockouts, right), knockoutList(ctx, right)] },
    ],
    columnGap: 16,
    margin: [0, ctx.density.gap + 2, 0, 0],
  };
}

function domainChart({ model, measure, fmt }: LayoutContext): Content {
  if (model.domains.length === 0) return { text: '–', fontSize: 8, color: COLORS.faint };
  const titleWidth = CHART_WIDTH - BAR_WIDTH - 20 - 16;
  const body: TableCell[][] = model.domains.map((d) => {
    const value = d.score === null ? 0 : Math.max(0, Math.min(100, d.score));
    const bar = (BAR_WIDTH * value) / 100;
    return [
      { text: measure.clamp(d.title, 'regular', 7.5, titleWidth, 1), fontSize: 7.5, color: COLORS.body },
      {
        canvas: [
          { type: 'rect', x: 0, y: 1.5, w: BAR_WIDTH, h: 7, color: COLORS.track },
          ...(bar > 0 ? [{ type: 'rect' as const, x: 0, y: 1.5, w: bar, h: 7, color: COLORS.accent }] : []),
          ...[25, 50, 75].map((t) => ({
            type: 'line' as const,
            x1: (BAR_WIDTH * t) / 100,
            y1: 1.5,
            x2: (BAR_WIDTH * t) / 100,
            y2: 8.5,
            lineWidth: 0.6,
            lineColor: '#ffffff',
          })),
        ],
      },
      { text: fmt.score(d.score), fontSize: 8, bold: true, color: d.score === null ? COLORS.faint : COLORS.ink, alignment: 'right' },
    ];
  });
  return {
    table: { widths: [titleWidth, BAR_WIDTH, 20], body },
    layout: { ...plainLayout(4, 2, false), paddingRight: (i) => (i === 2 ? 0 : 4) },
  };
}

function knockoutList({ model, labels, measure, density }: LayoutContext, width: number): Content {
  const triggered = model.knockouts.filter((k) => k.status === 'triggered');
  if (triggered.length === 0) {
    return { columns: [bullet(COLORS.green), { width: '*', text: labels.noKnockouts, fontSize: 8, color: COLORS.body }], columnGap: 0, margin: [0, 2, 0, 0] };
  }
  const shown = triggered.slice(0, density.maxKnockouts);
  const items: Content[] = shown.map((k) => {
    const lines: Content[] = [{ text: measure.clamp(k.title, 'medium', 8, width - 9, 2), fontSize: 8, bold: true, color: COLORS.red }];
    if (density.knockoutRationaleLines > 0) {
      lines.push({ text: measure.clamp(k.rationale, 'regular', 7, width - 9, density.knockoutRationaleLines), fontSize: 7, color: COLORS.muted });
    }
    return { columns: [bullet(COLORS.red), { width: '*', stack: lines }], columnGap: 0, margin: [0, 0, 0, 4] };
  });
  if (triggered.length > shown.length) items.push({ text: `+${triggered.length - shown.length}`, fontSize: 7.5, color: COLORS.muted, margin: [9, 0, 0, 0] });
  return { stack: items, margin: [0, 1, 0, 0] };
}
