import { a4Page, signatureFrame, userSpaceBox } from '../geometry';

/** A4 landscape: twelve vendor columns need the width. */
export const PAGE = a4Page('landscape', { left: 40, top: 54, right: 40, bottom: 44 });
export const MARGINS = PAGE.margins;
export const CONTENT_WIDTH = PAGE.contentWidth;

/** Where page 1 draws its signature box, in pdfmake's top-left coordinates: bottom right, above the footer. */
export const SIGNATURE_FRAME = signatureFrame(PAGE, { width: 230, height: 74 });
/** The same box in PDF user space, where the signing code puts its widget. */
export const COMPARISON_SIGNATURE_BOX = userSpaceBox(PAGE, SIGNATURE_FRAME);
/** Page 1 has no running header, so its content starts higher. */
export const SUMMARY_TOP = 30;
/** Content beside the signature box (the domain chart) may reach down to the box's lower edge. */
export const SUMMARY_FLOOR = SIGNATURE_FRAME.top + SIGNATURE_FRAME.height;
/** Content above the signature box ends this far above it. */
export const SIGNATURE_CLEARANCE = 8;
/** Width of the column above the signature box, and the gap to the chart beside it. */
export const SIDE_WIDTH = SIGNATURE_FRAME.width;
export const SIDE_GAP = 20;
