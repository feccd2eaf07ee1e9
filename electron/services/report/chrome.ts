import type { Content, DynamicContent, Style } from 'pdfmake/interfaces';
import type { LayoutContext } from './context';
import { COLORS, CONTENT_WIDTH, MARGINS } from './theme';

/** Running header on every page but the first: report title left, vendor right. */
export function runningHeader({ model, measure }: LayoutContext): DynamicContent {
  const vendorWidth = Math.min(200, measure.width(model.vendor.name, 'medium', 7.5) + 2);
  const title = measure.clamp(model.title, 'regular', 7.5, CONTENT_WIDTH - vendorWidth - 20, 1);
  const vendor = measure.clamp(model.vendor.name, 'medium', 7.5, vendorWidth, 1);
  return (currentPage) => {
    if (currentPage === 1) return null;
    return {
      margin: [MARGINS.left, 30, MARGINS.right, 0],
      stack: [
        {
          columns: [
            { width: '*', text: title, fontSize: 7.5, color: COLORS.muted },
            { width: vendorWidth, text: vendor, fontSize: 7.5, bold: true, color: COLORS.navy, alignment: 'right' },
          ],
          columnGap: 20,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
      ],
    };
  };
}

/** Footer on every page: confidentiality, generation date, page N of M. */
export function runningFooter({ model, labels, fmt }: LayoutContext): DynamicContent {
  const generated = fmt.date(model.generatedAt);
  return (currentPage, pageCount) => ({
    margin: [MARGINS.left, 16, MARGINS.right, 0],
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
