import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { locales } from '@shared/i18n/format';
import type { Language } from '@shared/i18n';
import type { PageGeometry } from './geometry';
import { createPdf, type DocumentFonts } from './printer';
import { COLORS, STYLES } from './theme';

/** A JSON file embedded in the PDF, e.g. the assessment itself. */
export interface DocumentAttachment {
  fileName: string;
  description: string;
  json: string;
}

/** What every document's renderer takes. */
export interface RenderOptions {
  /** Folder with Roboto-Regular/-Medium/-Italic/-MediumItalic.ttf. */
  fontsDir: string;
  /** Embedded as a file attachment (application/json). */
  attachment?: DocumentAttachment;
}

/** Page size, margins, the Roboto body text and the shared styles, in the document's language. */
export function pageSetup(page: PageGeometry, language: Language, fontSize: number): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: page.size,
    pageOrientation: page.orientation,
    pageMargins: [page.margins.left, page.margins.top, page.margins.right, page.margins.bottom],
    defaultStyle: { font: 'Roboto', fontSize, color: COLORS.body, lineHeight: 1.15 },
    styles: STYLES,
    language: locales[language],
  };
}

/** What the PDF's document information says about it. */
export interface DocumentFacts {
  title: string;
  subject: string;
  author?: string;
  /** Empty and repeated entries are left out. */
  keywords: readonly (string | undefined)[];
  /** ISO timestamp of the model: the document's creation and modification date, never the clock's. */
  generatedAt: string;
}

/**
 * The parts of a definition every document shares: PDF 1.7, compressed, its title shown
 * in the viewer, the information dictionary, and the attachment. The output is a classic
 * PDF (cross-reference table, no object streams), so a signature can be appended as an
 * incremental update.
 */
export function documentBase(
  facts: DocumentFacts,
  attachment: DocumentAttachment | undefined,
): Pick<TDocumentDefinitions, 'version' | 'compress' | 'displayTitle' | 'info' | 'files'> {
  const created = new Date(facts.generatedAt);
  const date = Number.isNaN(created.getTime()) ? undefined : created;
  return {
    version: '1.7',
    compress: true,
    displayTitle: true,
    info: {
      title: facts.title,
      ...(facts.author !== undefined ? { author: facts.author } : {}),
      subject: facts.subject,
      keywords: [...new Set(facts.keywords.filter((k) => k && k.trim() !== ''))].join(', '),
      creator: 'Assay',
      ...(date ? { creationDate: date, modDate: date } : {}),
    },
    ...(attachment ? { files: attachmentFiles(attachment, date) } : {}),
  };
}

/** pdfmake hands `files` to pdfkit's doc.file(); type, relationship and dates are pdfkit options it passes through. */
export function attachmentFiles(attachment: DocumentAttachment, date: Date | undefined): NonNullable<TDocumentDefinitions['files']> {
  const data = Buffer.from(attachment.json, 'utf8').toString('base64');
  const file = {
    src: `data:application/json;base64,${data}`,
    name: attachment.fileName,
    description: attachment.description,
    type: 'application/json',
    relationship: 'Data',
    ...(date ? { creationDate: date, modifiedDate: date } : {}),
  };
  return { attachment: file };
}

interface OutlineNode {
  children?: OutlineNode[];
  outlineData?: { Dest?: unknown[] };
}

/**
 * pdfkit 0.19 gives every bookmark the destination [page /XYZ pageWidth pageHeight 0],
 * which scrolls zoomed-in viewers to the page's right edge. Until the document is
 * ended the destinations are plain arrays, so the left coordinate is set to 0 here.
 */
export function leftAlignBookmarks(doc: unknown): void {
  const walk = (node: OutlineNode | undefined): void => {
    const dest = node?.outlineData?.Dest;
    if (Array.isArray(dest) && dest[1] === 'XYZ' && typeof dest[2] === 'number') dest[2] = 0;
    node?.children?.forEach(walk);
  };
  walk((doc as { outline?: OutlineNode }).outline);
}

/** Writes the finished definition as PDF bytes, bookmarks left-aligned. */
export async function writePdf(definition: TDocumentDefinitions, fonts: DocumentFonts): Promise<Buffer> {
  const created = createPdf(definition, fonts);
  leftAlignBookmarks(await created.getStream());
  return Buffer.from(await created.getBuffer());
}
