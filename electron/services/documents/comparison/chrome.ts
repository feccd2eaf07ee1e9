import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { pageFooter, pageHeader } from '../header-footer';
import { signatureBlock as visibleSignature } from '../signature-block';
import { COLORS } from '../theme';
import type { CompareContext } from './context';
import { CONTENT_WIDTH, PAGE, SIGNATURE_FRAME } from './geometry';

/** Running header on every page but the first: title and subtitle left, weight profile right. */
export function runningHeader({ model, labels, measure }: CompareContext): DynamicContent {
  return pageHeader({ page: PAGE, top: 24 }, measure, `${model.title} · ${model.subtitle}`, `${labels.weightProfile}: ${model.weightProfile}`, 260);
}

/** Footer on every page: confidentiality, generation date, page N of M. */
export function runningFooter({ model, labels, fmt }: CompareContext): DynamicContent {
  return pageFooter({ page: PAGE, top: 14 }, labels, `${labels.generatedAt} ${fmt.date(model.generatedAt)}`);
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

/** The visible signature block at the fixed frame on page 1; the signing code places its widget over exactly this frame. */
export function signatureBlock({ model, labels, measure, fmt }: CompareContext): Content[] {
  return visibleSignature(SIGNATURE_FRAME, labels, model.signature, measure, fmt);
}
