import type { DynamicContent } from 'pdfmake/interfaces';
import type { PageGeometry } from './geometry';
import type { Measurer } from './text-measure';
import { COLORS } from './theme';

/** The running header's or footer's place: the page it spans and its distance from the page edge. */
export interface PageBand {
  page: PageGeometry;
  top: number;
}

export interface FooterLabels {
  confidential: string;
  page: string;
  of: string;
}

/**
 * A running header on every page but the first: muted text on the left, a bold
 * navy text on the right (at most `rightMaxWidth` wide), a hairline under both.
 */
export function pageHeader({ page, top }: PageBand, measure: Measurer, left: string, right: string, rightMaxWidth: number): DynamicContent {
  const rightWidth = Math.min(rightMaxWidth, measure.width(right, 'medium', 7.5) + 2);
  const leftText = measure.clamp(left, 'regular', 7.5, page.contentWidth - rightWidth - 20, 1);
  const rightText = measure.clamp(right, 'medium', 7.5, rightWidth, 1);
  return (currentPage) => {
    if (currentPage === 1) return null;
    return {
      margin: [page.margins.left, top, page.margins.right, 0],
      stack: [
        {
          columns: [
            { width: '*', text: leftText, fontSize: 7.5, color: COLORS.muted },
            { width: rightWidth, text: rightText, fontSize: 7.5, bold: true, color: COLORS.navy, alignment: 'right' },
          ],
          columnGap: 20,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: page.contentWidth, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
      ],
    };
  };
}

/** A footer on every page: confidentiality, the generation date, page N of M. */
export function pageFooter({ page, top }: PageBand, labels: FooterLabels, generated: string): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [page.margins.left, top, page.margins.right, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: page.contentWidth, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
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
