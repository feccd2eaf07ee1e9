import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ComparisonModel } from '../../../shared/compare/model';
import { locales } from '../../../shared/i18n/format';
import { createFormatter } from '../report/format';
import { attachmentFiles, createPdf, leftAlignBookmarks, reportFonts, type ReportAttachment } from '../report/layout';
import { createMeasurer } from '../report/text-measure';
import { COLORS, STYLES } from '../report/theme';
import { runningFooter, runningHeader } from './chrome';
import { DENSITIES, MARGINS, PAGE, SIGNATURE_CLEARANCE, SIGNATURE_FRAME, SUMMARY_FLOOR, type CompareContext, type Density } from './context';
import { answersPart, CERTIFICATIONS_END, certificationsPart, domainScoresPart } from './matrix';
import { SUMMARY_MARKS, summaryPage } from './summary';

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The rectangle on page 1 where the visible signature block is drawn, in PDF
 * user space (points, origin bottom left). The signing code puts its widget here.
 */
export const COMPARISON_SIGNATURE_BOX: Readonly<{ x: number; y: number; width: number; height: number }> = Object.freeze({
  x: round(SIGNATURE_FRAME.left),
  y: round(PAGE.height - SIGNATURE_FRAME.top - SIGNATURE_FRAME.height),
  width: SIGNATURE_FRAME.width,
  height: SIGNATURE_FRAME.height,
});

interface ComparisonRenderOptions {
  /** Folder with Roboto-Regular/-Medium/-Italic/-MediumItalic.ttf. */
  fontsDir: string;
  /** Embedded as a file attachment (application/json), e.g. the comparison itself. */
  attachment?: ReportAttachment;
}

/**
 * Lays out the comparison as an A4 landscape PDF with embedded Roboto: the summary
 * on page 1, then domain scores, certifications and every answer side by side.
 * The output is a classic PDF (cross-reference table, no object streams), so a
 * signature can be appended as an incremental update.
 */
export async function renderComparisonPdf(model: ComparisonModel, options: ComparisonRenderOptions): Promise<Buffer> {
  const { fontsDir, fontFiles } = reportFonts(options.fontsDir);
  const base = { model, labels: model.labels, fmt: createFormatter(model.language), measure: createMeasurer(fontsDir) };
  const density = await summaryDensity(base, fontsDir, fontFiles);
  const ctx = { ...base, density };
  const certificationsOwnPage = !(await certificationsFitBelowScores(ctx, fontsDir, fontFiles));
  const created = createPdf(definition(ctx, options, certificationsOwnPage), fontsDir, fontFiles);
  leftAlignBookmarks(await created.getStream());
  return Buffer.from(await created.getBuffer());
}

/**
 * The most generous density at which page 1 stays clear of the signature box:
 * the ranking and the chart beside the box end above its lower edge, anything in
 * the column above the box ends above its upper edge. Each try lays out page 1
 * alone, which is cheap.
 */
async function summaryDensity(base: Omit<CompareContext, 'density'>, fontsDir: string, fontFiles: string[]): Promise<Density> {
  for (const density of DENSITIES) {
    const ctx = { ...base, density };
    const ends = new Map<string, { page: number; top: number }>();
    const probe = createPdf(
      {
        ...pageSetup(ctx),
        content: summaryPage(ctx),
        pageBreakBefore: (node) => {
          // Never adds a break; it only records where page 1's parts ended.
          if (typeof node.id === 'string' && Object.values<string>(SUMMARY_MARKS).includes(node.id)) {
            ends.set(node.id, { page: node.pageNumbers.length === 1 ? node.pageNumbers[0]! : -1, top: node.startPosition.top });
          }
          return false;
        },
      },
      fontsDir,
      fontFiles,
    );
    await probe.getStream();
    const within = (id: string, bottom: number) => {
      const end = ends.get(id);
      return end !== undefined && end.page === 1 && end.top <= bottom;
    };
    if (within(SUMMARY_MARKS.ranking, SUMMARY_FLOOR) && within(SUMMARY_MARKS.chart, SUMMARY_FLOOR) && within(SUMMARY_MARKS.side, SIGNATURE_FRAME.top - SIGNATURE_CLEARANCE)) {
      return density;
    }
  }
  return DENSITIES[DENSITIES.length - 1]!;
}

/**
 * Whether the certification matrix fits entirely on the page after the domain
 * scores, so short comparisons do not spend a page on each. Lays out just those
 * two parts, on pages of the same geometry.
 */
async function certificationsFitBelowScores(ctx: CompareContext, fontsDir: string, fontFiles: string[]): Promise<boolean> {
  let pages: number[] = [];
  const probe = createPdf(
    {
      ...pageSetup(ctx),
      header: runningHeader(ctx),
      footer: runningFooter(ctx),
      content: [domainScoresPart(ctx, false), certificationsPart(ctx, false)],
      pageBreakBefore: (node) => {
        if (node.id === CERTIFICATIONS_END) pages = node.pageNumbers;
        return false;
      },
    },
    fontsDir,
    fontFiles,
  );
  await probe.getStream();
  return pages.length === 1 && pages[0] === 1;
}

function pageSetup(ctx: CompareContext): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    defaultStyle: { font: 'Roboto', fontSize: 8, color: COLORS.body, lineHeight: 1.15 },
    styles: STYLES,
    language: locales[ctx.model.language],
  };
}

function definition(ctx: CompareContext, options: ComparisonRenderOptions, certificationsOwnPage: boolean): TDocumentDefinitions {
  const { model } = ctx;
  const created = new Date(model.generatedAt);
  const date = Number.isNaN(created.getTime()) ? undefined : created;
  const keywords = [model.questionnaire.title, model.weightProfile, ...model.vendors.map((v) => v.name)];
  return {
    ...pageSetup(ctx),
    version: '1.7',
    compress: true,
    displayTitle: true,
    info: {
      title: model.title,
      subject: model.subtitle,
      ...(model.signature ? { author: model.signature.signer } : {}),
      keywords: [...new Set(keywords.filter((k) => k && k.trim() !== ''))].join(', '),
      creator: 'Assay',
      ...(date ? { creationDate: date, modDate: date } : {}),
    },
    header: runningHeader(ctx),
    footer: runningFooter(ctx),
    content: [...summaryPage(ctx), domainScoresPart(ctx), certificationsPart(ctx, certificationsOwnPage), answersPart(ctx)],
    ...(options.attachment ? { files: attachmentFiles(options.attachment, date) } : {}),
  };
}
