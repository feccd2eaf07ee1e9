import { a4Page, signatureFrame, userSpaceBox } from '../geometry';

/** A4 portrait; the top margin leaves room for the running header, the bottom for the footer. */
export const PAGE = a4Page('portrait', { left: 50, top: 64, right: 50, bottom: 56 });
export const MARGINS = PAGE.margins;
export const CONTENT_WIDTH = PAGE.contentWidth;

/** Where page 1 draws its signature box, in pdfmake's top-left coordinates: bottom right, above the footer. */
export const SIGNATURE_FRAME = signatureFrame(PAGE, { width: 230, height: 76 });
/** The same box in PDF user space, where the signing code puts its widget. */
export const SIGNATURE_BOX = userSpaceBox(PAGE, SIGNATURE_FRAME);
/** Page 1's flowing content must end above this line, clear of the signature band. */
export const SUMMARY_BOTTOM = SIGNATURE_FRAME.top - 8;
/** Page 1 has no running header, so its content starts higher. */
export const SUMMARY_TOP = 40;
