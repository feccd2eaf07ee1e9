import type { Content, DynamicContent, Style } from 'pdfmake/interfaces';
import type { LayoutContext } from './context';
import type { Measurer } from './text-measure';
import { COLORS, CONTENT_WIDTH, MARGINS } from './theme';

/** Page geometry the running header and footer span. */
export interface PageBand {
  margins: { left: number; right: number };
  contentWidth: number;
  /** Distance from the page edge to the band. */
  top: number;
}

/**
 * A running header on every page but the first: muted text on the left, a bold
 * navy text on the right (at most `rightMaxWidth` wide), a hairline under both.
 */
export function pageHeader(band: PageBand, measure: Measurer, left: string, right: string, rightMaxWidth: number): DynamicContent {
  const rightWidth = Math.min(rightMaxWidth, measure.width(right, 'medium', 7.5) + 2);
  const leftText = measure.clamp(left, 'regular', 7.5, band.contentWidth - rightWidth - 20, 1);
  const rightText = measure.clamp(right, 'medium', 7.5, rightWidth, 1);
  return (currentPage) => {
    if (currentPage === 1) return null;
    return {
      margin: [band.margins.left, band.top, band.margins.right, 0],
      stack: [
        {
          columns: [
            { width: '*', text: leftText, fontSize: 7.5, color: COLORS.muted },
            { width: rightWidth, text: rightText, fontSize: 7.5, bold: true, color: COLORS.navy, alignment: 'right' },
          ],
          columnGap: 20,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: band.contentWidth, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
      ],
    };
  };
}

/** A footer on every page: confidentiality, the generation date, page N of M. */
export function pageFooter(band: PageBand, labels: { confidential: string; page: string; of: string }, generated: string): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [band.margins.left, band.top, band.margins.right, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: band.contentWidth, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
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

/** Running header on every page but the first: report title left, vendor right. */
export function runningHeader({ model, measure }: LayoutContext): DynamicContent {
  return pageHeader({ margins: MARGINS, contentWidth: CONTENT_WIDTH, top: 30 }, measure, model.title, model.vendor.name, 200);
}

/** Footer on every page: confidentiality, generation date, page N of M. */
export function runningFooter({ model, labels, fmt }: LayoutContext): DynamicContent {
  return pageFooter({ margins: MARGINS, contentWidth: CONTENT_WIDTH, top: 16 }, labels, fmt.date(model.generatedAt));
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
