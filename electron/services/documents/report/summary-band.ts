import type { Content, TableCell } from 'pdfmake/interfaces';
import { signatureBlock } from '../signature-block';
import { COLORS, plainLayout } from '../theme';
import type { LayoutContext } from './context';
import { MARGINS, SIGNATURE_FRAME } from './geometry';

/**
 * The band at the foot of page 1: the assessment's particulars on the left and
 * the signature box on the right, both at fixed positions so the signing code
 * can place its widget over the box.
 */
export function summaryBand(ctx: LayoutContext): Content {
  return { stack: [particulars(ctx), ...signatureBlock(SIGNATURE_FRAME, ctx.labels, ctx.model.signature, ctx.measure, ctx.fmt)] };
}

function particulars({ model, labels, measure, fmt }: LayoutContext): Content {
  const a = model.assessment;
  const c = model.scores.completion;
  const keyWidth = 92;
  const width = SIGNATURE_FRAME.left - MARGINS.left - 16 - keyWidth - 6;
  // One line per row: the band has a fixed height.
  const row = (key: string, value: string): TableCell[] => [
    { text: measure.clamp(key.toLocaleUpperCase(), 'medium', 6.2, keyWidth, 1, 0.25), style: 'caption', fontSize: 6.2, margin: [0, 1, 0, 0] },
    { text: measure.clamp(value, 'regular', 7.5, width, 1), fontSize: 7.5, color: COLORS.body },
  ];
  return {
    absolutePosition: { x: MARGINS.left, y: SIGNATURE_FRAME.top },
    table: {
      widths: [keyWidth, width],
      body: [
        row(labels.assessor, a.assessor),
        row(labels.date, fmt.date(a.assessmentDate)),
        row(
          labels.questionnaire,
          `${measure.clamp(a.questionnaire.title, 'regular', 7.5, width - measure.width(` · ${a.questionnaire.version}`, 'regular', 7.5) - 2, 1)} · ${a.questionnaire.version}`,
        ),
        row(labels.completion, `${c.answered} / ${c.applicable} (${fmt.percent(c.answered, c.applicable)})`),
        row(labels.status, `${a.statusLabel} · Rev. ${a.revision}`),
        [
          { text: 'ID', style: 'caption', fontSize: 6.2, margin: [0, 1, 0, 0] },
          { text: a.id, fontSize: 6.5, color: COLORS.muted },
        ],
      ],
    },
    layout: { ...plainLayout(3, 1.3, false), paddingRight: () => 3 },
  };
}
