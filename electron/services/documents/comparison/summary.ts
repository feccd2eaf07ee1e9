import type { Content, TableCell } from 'pdfmake/interfaces';
import { headerWidth, th } from '../blocks';
import { COLORS } from '../theme';
import { signatureBlock } from './chrome';
import { weightText, type CompareContext } from './context';
import { CONTENT_WIDTH, MARGINS, SUMMARY_TOP } from './geometry';
import { band } from './summary-chart';
import { ranking } from './summary-ranking';

/** Page 1: what an executive reads at a glance. Everything is sized to stay clear of the signature box. */
export function summaryPage(ctx: CompareContext): Content[] {
  return [...signatureBlock(ctx), heading(ctx), ranking(ctx), band(ctx)];
}

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
              {
                text: measure.clamp(model.title, 'medium', 19, left, 2),
                style: 'title',
                margin: [0, 0, 0, 2],
                id: 'summary',
                outline: true,
                outlineText: labels.ranking,
              },
              { text: measure.clamp(model.subtitle, 'regular', 9.5, left, 2), style: 'subtitle', fontSize: 9.5 },
              {
                text: [
                  { text: `${labels.generatedAt}: `, color: COLORS.muted },
                  { text: fmt.dateTime(model.generatedAt), color: COLORS.body },
                ],
                fontSize: 7.5,
                margin: [0, 4, 0, 0],
              },
              {
                text: measure.clamp(labels.method, 'italic', 7.5, Math.min(left, 420), 3),
                fontSize: 7.5,
                italics: true,
                color: COLORS.muted,
                lineHeight: 1.2,
                margin: [0, 8, 0, 0],
              },
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
  const valueWidth = Math.max(
    headerWidth(measure, labels.weight, 24),
    ...model.domains.map((d) => Math.ceil(measure.width(weightText(fmt, d.weight), 'medium', 7.5)) + 2),
  );
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
          {
            text: measure.clamp(model.weightProfile, 'medium', 8, width - measure.width(profileCaption, 'medium', 7, 0.25) - 4, 1),
            fontSize: 8,
            bold: true,
            color: COLORS.navy,
          },
        ],
        margin: [0, 0, 0, 3],
      },
      columns === 1
        ? table(0)
        : { columns: Array.from({ length: columns }, (_, c) => ({ width: columnWidth, stack: [table(c * perColumn)] })), columnGap: WEIGHTS_GAP },
    ],
  };
}
