import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { splitFingerprint } from '../report/format';
import { COLORS } from '../report/theme';
import { CONTENT_WIDTH, MARGINS, SIGNATURE_FRAME, type CompareContext } from './context';

/** Running header on every page but the first: title and subtitle left, weight profile right. */
export function runningHeader({ model, labels, measure }: CompareContext): DynamicContent {
  const profile = `${labels.weightProfile}: ${model.weightProfile}`;
  const profileWidth = Math.min(260, measure.width(profile, 'medium', 7.5) + 2);
  const title = measure.clamp(`${model.title} · ${model.subtitle}`, 'regular', 7.5, CONTENT_WIDTH - profileWidth - 20, 1);
  return (currentPage) => {
    if (currentPage === 1) return null;
    return {
      margin: [MARGINS.left, 24, MARGINS.right, 0],
      stack: [
        {
          columns: [
            { width: '*', text: title, fontSize: 7.5, color: COLORS.muted },
            { width: profileWidth, text: measure.clamp(profile, 'medium', 7.5, profileWidth, 1), fontSize: 7.5, bold: true, color: COLORS.navy, alignment: 'right' },
          ],
          columnGap: 20,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
      ],
    };
  };
}

/** Footer on every page: confidentiality, generation date, page N of M. */
export function runningFooter({ model, labels, fmt }: CompareContext): DynamicContent {
  const generated = `${labels.generatedAt} ${fmt.date(model.generatedAt)}`;
  return (currentPage, pageCount) => ({
    margin: [MARGINS.left, 14, MARGINS.right, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
      {
        columns: [
          { width: '*', text: labels.confidential.toLocaleUpperCase(), fontSize: 6.5, bold: true, color: COLORS.navy, characterSpacing: 0.25 },
          { width: 'auto', text: generated, fontSize: 7, color: COLORS.muted },
          { width: '*', text: `${labels.page} ${currentPage} ${labels.of} ${pageCount}`, fontSize: 7, color: COLORS.muted, alignment: 'right' },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
  });
}

/** A section heading with a bookmark, on a new page unless told otherwise. */
export function sectionHeading(text: string, id: string, note?: Content, newPage = true): Content {
  return {
    stack: [
      { text, style: 'h1', id, outline: true, outlineExpanded: true },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: COLORS.navy }], margin: [0, 2, 0, note ? 5 : 10] },
      ...(note ? [{ stack: [note], margin: [0, 0, 0, 8] } as Content] : []),
    ],
    ...(newPage ? { pageBreak: 'before' as const } : { margin: [0, 22, 0, 0] as [number, number, number, number] }),
  };
}

const PAD = 9;

/**
 * The visible signature block at the fixed frame on page 1: who signed, when, and
 * the certificate fingerprint; or a note that the document is not signed. The
 * signing code places its widget over exactly this frame.
 */
export function signatureBlock({ model, labels, measure, fmt }: CompareContext): Content[] {
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
              stack: [cap(labels.signedBy), { text: measure.clamp(sig.signer, 'medium', 8.5, half + 14, 1), fontSize: 8.5, bold: true, color: COLORS.ink, margin: [0, 1, 0, 0] }],
            },
            {
              width: half - 14,
              stack: [cap(labels.signedAt), { text: measure.clamp(fmt.dateTime(sig.signedAt), 'regular', 7, half - 14, 2), fontSize: 7, color: COLORS.body, margin: [0, 1.5, 0, 0] }],
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
