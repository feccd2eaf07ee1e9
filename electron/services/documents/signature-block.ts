import type { Content } from 'pdfmake/interfaces';
import { splitFingerprint, type Formatter } from './format';
import type { Frame } from './geometry';
import type { Measurer } from './text-measure';
import { COLORS } from './theme';

export interface SignatureBlockLabels {
  signedBy: string;
  signedAt: string;
  fingerprint: string;
  unsigned: string;
}

export interface VisibleSignature {
  signer: string;
  organisation?: string;
  fingerprint: string;
  signedAt: string;
}

const PAD = 9;

/**
 * The visible signature block at a fixed frame: who signed, when, and the
 * certificate fingerprint; or a note that the document is not signed. The
 * signing code places its widget over exactly this frame.
 */
export function signatureBlock(f: Frame, labels: SignatureBlockLabels, sig: VisibleSignature | undefined, measure: Measurer, fmt: Formatter): Content[] {
  const inner = f.width - 2 * PAD;
  const frame: Content = {
    absolutePosition: { x: f.left, y: f.top },
    canvas: [{ type: 'rect', x: 0, y: 0, w: f.width, h: f.height, r: 2, lineWidth: 0.8, lineColor: COLORS.navy, color: '#ffffff' }],
  };
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
  const cap = (text: string): Content => ({ text: text.toLocaleUpperCase(), style: 'caption', fontSize: 6, color: COLORS.navy });
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
              stack: [
                cap(labels.signedBy),
                { text: measure.clamp(sig.signer, 'medium', 8.5, half + 14, 1), fontSize: 8.5, bold: true, color: COLORS.ink, margin: [0, 1, 0, 0] },
              ],
            },
            {
              width: half - 14,
              stack: [
                cap(labels.signedAt),
                { text: measure.clamp(fmt.dateTime(sig.signedAt), 'regular', 7, half - 14, 2), fontSize: 7, color: COLORS.body, margin: [0, 1.5, 0, 0] },
              ],
            },
          ],
          columnGap: 8,
        },
        ...(sig.organisation?.trim() ? [{ text: measure.clamp(sig.organisation, 'regular', 7, inner, 1), fontSize: 7, color: COLORS.muted } as Content] : []),
        { stack: [cap(labels.fingerprint)], margin: [0, 4, 0, 1] },
        ...fpLines.map((line): Content => ({ text: line, fontSize: fpSize, characterSpacing: 0.15, color: COLORS.body, lineHeight: 1.1 })),
      ],
    },
  ];
}
