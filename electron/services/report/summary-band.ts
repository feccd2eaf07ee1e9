import type { Content, TableCell } from 'pdfmake/interfaces';
import type { LayoutContext } from './context';
import { splitFingerprint } from './format';
import { COLORS, MARGINS, plainLayout, SIGNATURE_FRAME } from './theme';

const PAD = 9;

/**
 * The band at the foot of page 1: the assessment's particulars on the left and
 * the signature box on the right, both at fixed positions so the signing code
 * can place its widget over the box.
 */
export function summaryBand(ctx: LayoutContext): Content {
  return { stack: [particulars(ctx), ...signatureBox(ctx)] };
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
        row(labels.questionnaire, `${measure.clamp(a.questionnaire.title, 'regular', 7.5, width - measure.width(` · ${a.questionnaire.version}`, 'regular', 7.5) - 2, 1)} · ${a.questionnaire.version}`),
        row(labels.completion, `${c.answered} / ${c.applicable} (${fmt.percent(c.answered, c.applicable)})`),
        row(labels.status, `${a.statusLabel} · Rev. ${a.revision}`),
        [{ text: 'ID', style: 'caption', fontSize: 6.2, margin: [0, 1, 0, 0] }, { text: a.id, fontSize: 6.5, color: COLORS.muted }],
      ],
    },
    layout: { ...plainLayout(3, 1.3, false), paddingRight: () => 3 },
  };
}

function signatureBox({ model, labels, measure, fmt }: LayoutContext): Content[] {
  const f = SIGNATURE_FRAME;
  const inner = f.width - 2 * PAD;
  const frame: Content = {
    absolutePosition: { x: f.left, y: f.top },
    canvas: [{ type: 'rect', x: 0, y: 0, w: f.width, h: f.height, r: 2, lineWidth: 0.8, lineColor: COLORS.navy, color: '#ffffff' }],
  };
  const sig = model.signature;
  if (!sig) {
    return [
      frame,
      {
        absolutePosition: { x: f.left + PAD, y: f.top + f.height / 2 - 6 },
        text: measure.clamp(labels.unsigned, 'italic', 8, inner, 1),
        fontSize: 8,
        italics: true,
        color: COLORS.muted,
        alignment: 'center',
        // The absolute block reaches to the right margin, which is exactly the frame's inner edge.
        margin: [0, 0, PAD, 0],
      },
    ];
  }
  const cap = (text: string) => ({ text: text.toLocaleUpperCase(), style: 'caption', fontSize: 6, color: COLORS.navy });
  const fpSize = 6.2;
  const perLine = [16, 11, 8].find((n) => splitFingerprint(sig.fingerprint, n).every((l) => measure.width(l, 'regular', fpSize, 0.15) <= inner)) ?? 8;
  const fpLines = splitFingerprint(sig.fingerprint, perLine).slice(0, 3);
  const half = (inner - 8) / 2;
  return [
    frame,
    {
      absolutePosition: { x: f.left + PAD, y: f.top + 7 },
      stack: [
        {
          columns: [
            {
              width: half + 14,
              stack: [cap(labels.signedBy), { text: measure.clamp(sig.signer, 'medium', 8.5, half + 14, 1), fontSize: 8.5, bold: true, color: COLORS.ink, margin: [0, 1, 0, 0] }],
            },
            {
              width: half - 14,
              stack: [cap(labels.signedAt), { text: measure.clamp(fmt.dateTime(sig.signedAt), 'regular', 7, half - 14, 2), fontSize: 7, color: COLORS.body, margin: [0, 1.5, 0, 0] }],
            },
          ],
          columnGap: 8,
        },
        ...(sig.organisation?.trim() ? [{ text: measure.clamp(sig.organisation, 'regular', 7, inner, 1), fontSize: 7, color: COLORS.muted }] : []),
        { ...cap(labels.fingerprint), margin: [0, 4, 0, 1] },
        ...fpLines.map((line): Content => ({ text: line, fontSize: fpSize, characterSpacing: 0.15, color: COLORS.body, lineHeight: 1.1 })),
      ],
    },
  ];
}
