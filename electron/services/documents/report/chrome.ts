import type { Content, DynamicContent, Style } from 'pdfmake/interfaces';
import { pageFooter, pageHeader } from '../header-footer';
import { COLORS } from '../theme';
import type { LayoutContext } from './context';
import { CONTENT_WIDTH, PAGE } from './geometry';

/** Running header on every page but the first: report title left, vendor right. */
export function runningHeader({ model, measure }: LayoutContext): DynamicContent {
  return pageHeader({ page: PAGE, top: 30 }, measure, model.title, model.vendor.name, 200);
}

/** Footer on every page: confidentiality, generation date, page N of M. */
export function runningFooter({ model, labels, fmt }: LayoutContext): DynamicContent {
  return pageFooter({ page: PAGE, top: 16 }, labels, fmt.date(model.generatedAt));
}

export const TOC_PART: { tocStyle: Style; tocMargin: [number, number, number, number]; tocNumberStyle: Style } = {
  tocStyle: { fontSize: 10, bold: true, color: COLORS.navy },
  tocMargin: [0, 9, 0, 2],
  tocNumberStyle: { fontSize: 10, bold: true, color: COLORS.navy },
};

export const TOC_DOMAIN: typeof TOC_PART = {
  tocStyle: { fontSize: 9.5, color: COLORS.body },
  tocMargin: [16, 3, 0, 1],
  tocNumberStyle: { fontSize: 9.5, color: COLORS.body },
};

/** The table of contents, on its own page after the summary. */
export function contents({ labels }: LayoutContext): Content {
  return {
    pageBreak: 'before',
    toc: {
      title: { text: labels.contents, style: 'h1', id: 'contents', outline: true, margin: [0, 0, 0, 14] },
      textStyle: { fontSize: 9.5, color: COLORS.body },
      numberStyle: { fontSize: 9.5, color: COLORS.body },
    },
  };
}

/** A part heading (one per major part), in the contents and the bookmarks. */
export function partHeading(text: string, id: string, opts: { pageBreak?: boolean; eyebrow?: string } = {}): Content {
  return {
    stack: [
      ...(opts.eyebrow ? [{ text: opts.eyebrow, style: 'eyebrow', margin: [0, 0, 0, 2] } as Content] : []),
      { text, style: 'h1', id, tocItem: true, outline: true, outlineExpanded: true, ...TOC_PART },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: COLORS.navy }], margin: [0, 2, 0, 10] },
    ],
    ...(opts.pageBreak === false ? {} : { pageBreak: 'before' as const }),
  };
}
