import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { locales } from '../../../shared/i18n/format';
import type { ReportModel } from '../../../shared/report/model';
import { certificationsPart, evidencePart, findingsPart, methodPart } from './appendix';
import { contents, runningFooter, runningHeader } from './chrome';
import { DENSITIES, type Density, type LayoutContext } from './context';
import { domainDetails } from './details';
import { createFormatter } from './format';
import { KNOCKOUT_RULES, keepTogether } from './keep-together';
import { SUMMARY_END, summaryPage } from './summary';
import { createMeasurer, FONT_FILES } from './text-measure';
import { COLORS, MARGINS, PAGE, SIGNATURE_FRAME, STYLES, SUMMARY_BOTTOM } from './theme';

/**
 * The rectangle on page 1 where the visible signature block is drawn, in PDF
 * user space (points, origin bottom left). The signing code puts its widget here.
 */
export const SIGNATURE_BOX: Readonly<{ x: number; y: number; width: number; height: number }> = Object.freeze({
  x: round(SIGNATURE_FRAME.left),
  y: round(PAGE.height - SIGNATURE_FRAME.top - SIGNATURE_FRAME.height),
  width: SIGNATURE_FRAME.width,
  height: SIGNATURE_FRAME.height,
});

export interface ReportAttachment {
  fileName: string;
  description: string;
  json: string;
}

export interface RenderOptions {
  /** Folder with Roboto-Regular/-Medium/-Italic/-MediumItalic.ttf. */
  fontsDir: string;
  /** Embedded as a file attachment (application/json), e.g. the assessment itself. */
  attachment?: ReportAttachment;
}

/** The absolute font folder and the four Roboto files in it; throws when one is missing. */
export function reportFonts(dir: string): { fontsDir: string; fontFiles: string[] } {
  const fontsDir = resolve(dir);
  const fontFiles = Object.values(FONT_FILES).map((file) => join(fontsDir, file));
  const missing = fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Report fonts not found: ${missing.join(', ')}`);
  return { fontsDir, fontFiles };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Lays out the report as an A4 PDF with embedded Roboto. The output is a classic
 * PDF (cross-reference table, no object streams), so a signature can be appended
 * as an incremental update.
 */
export async function renderReportPdf(model: ReportModel, options: RenderOptions): Promise<Buffer> {
  const { fontsDir, fontFiles } = reportFonts(options.fontsDir);
  const base = { model, labels: model.labels, fmt: createFormatter(model.language), measure: createMeasurer(fontsDir) };
  const density = await summaryDensity(base, fontsDir, fontFiles);
  const created = createPdf(definition({ ...base, density }, options), fontsDir, fontFiles);
  leftAlignBookmarks(await created.getStream());
  return Buffer.from(await created.getBuffer());
}

/**
 * The most generous density at which page 1 ends above the signature band. Each
 * try lays out page 1 alone (it is followed by a page break), which is cheap.
 */
async function summaryDensity(base: Omit<LayoutContext, 'density'>, fontsDir: string, fontFiles: string[]): Promise<Density> {
  for (const density of DENSITIES) {
    const ctx = { ...base, density };
    let fits = true;
    const probe = createPdf(
      {
        ...pageSetup(ctx),
        content: summaryPage(ctx),
        pageBreakBefore: (node) => {
          // Never adds a break; it only reports where page 1's content ended.
          if (node.id === SUMMARY_END) fits = node.pageNumbers.length === 1 && node.pageNumbers[0] === 1 && node.startPosition.top <= SUMMARY_BOTTOM;
          return false;
        },
      },
      fontsDir,
      fontFiles,
    );
    await probe.getStream();
    if (fits) return density;
  }
  return DENSITIES[DENSITIES.length - 1]!;
}

function pageSetup(ctx: LayoutContext): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    defaultStyle: { font: 'Roboto', fontSize: 8.5, color: COLORS.body, lineHeight: 1.15 },
    styles: STYLES,
    language: locales[ctx.model.language],
  };
}

function definition(ctx: LayoutContext, options: RenderOptions): TDocumentDefinitions {
  const { model } = ctx;
  const created = new Date(model.generatedAt);
  const date = Number.isNaN(created.getTime()) ? undefined : created;
  const keywords = [model.vendor.name, model.assessment.serviceName, ...model.vendor.services, model.assessment.questionnaire.title, model.decision.label];
  const content: Content[] = [
    ...summaryPage(ctx),
    contents(ctx),
    ...domainDetails(ctx),
    findingsPart(ctx),
    certificationsPart(ctx),
    evidencePart(ctx),
    methodPart(ctx),
  ];
  return {
    ...pageSetup(ctx),
    version: '1.7',
    compress: true,
    displayTitle: true,
    info: {
      title: model.title,
      author: model.assessment.assessor,
      subject: model.subtitle,
      keywords: [...new Set(keywords.filter((k) => k && k.trim() !== ''))].join(', '),
      creator: 'Assay',
      ...(date ? { creationDate: date, modDate: date } : {}),
    },
    header: runningHeader(ctx),
    footer: runningFooter(ctx),
    content,
    pageBreakBefore: keepTogether([KNOCKOUT_RULES]),
    ...(options.attachment ? { files: attachmentFiles(options.attachment, date) } : {}),
  };
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

/** pdfmake hands `files` to pdfkit's doc.file(); type, relationship and dates are pdfkit options it passes through. */
export function attachmentFiles(attachment: ReportAttachment, date: Date | undefined): NonNullable<TDocumentDefinitions['files']> {
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

interface PdfmakeState {
  fonts?: TFontDictionary;
  urlAccessPolicy?: (url: string) => boolean;
  localAccessPolicy?: (path: string) => boolean;
}

/**
 * pdfmake is a process-wide singleton. Fonts and access policies are set only
 * for this call (createPdf captures them synchronously) and then restored, so
 * other users of pdfmake in the process see no change. Nothing is fetched from
 * the network, and only the four font files are read from disk.
 */
export function createPdf(definition: TDocumentDefinitions, fontsDir: string, fontFiles: string[]): TCreatedPdf {
  const state = pdfmake as unknown as PdfmakeState;
  const saved: PdfmakeState = { fonts: state.fonts, urlAccessPolicy: state.urlAccessPolicy, localAccessPolicy: state.localAccessPolicy };
  const allowed = new Set(fontFiles);
  try {
    pdfmake.setFonts({
      Roboto: {
        normal: join(fontsDir, FONT_FILES.regular),
        bold: join(fontsDir, FONT_FILES.medium),
        italics: join(fontsDir, FONT_FILES.italic),
        bolditalics: join(fontsDir, FONT_FILES.mediumItalic),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
    return pdfmake.createPdf(definition);
  } finally {
    state.fonts = saved.fonts;
    state.urlAccessPolicy = saved.urlAccessPolicy;
    state.localAccessPolicy = saved.localAccessPolicy;
  }
}

