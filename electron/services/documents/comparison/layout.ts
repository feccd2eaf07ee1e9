import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ComparisonModel } from '@shared/compare/model';
import { endsOnPageOne, firstPageDensity, markerPositions } from '../fitting';
import { createFormatter } from '../format';
import { documentFonts, type DocumentFonts } from '../printer';
import { documentBase, pageSetup, writePdf, type RenderOptions } from '../setup';
import { createMeasurer } from '../text-measure';
import { runningFooter, runningHeader } from './chrome';
import { DENSITIES, SUMMARY_MARKS, type CompareContext } from './context';
import { PAGE, SIGNATURE_CLEARANCE, SIGNATURE_FRAME, SUMMARY_FLOOR } from './geometry';
import { answersPart, CERTIFICATIONS_END, certificationsPart, domainScoresPart } from './matrix';
import { summaryPage } from './summary';

export { COMPARISON_SIGNATURE_BOX } from './geometry';

/**
 * Lays out the comparison as an A4 landscape PDF with embedded Roboto: the summary
 * on page 1, then domain scores, certifications and every answer side by side.
 * Page 1 takes the most generous density at which it stays clear of the signature
 * box: the ranking and the chart beside the box end above its lower edge, anything
 * in the column above the box ends above its upper edge.
 */
export async function renderComparisonPdf(model: ComparisonModel, options: RenderOptions): Promise<Buffer> {
  const fonts = documentFonts(options.fontsDir);
  const base = { model, labels: model.labels, fmt: createFormatter(model.language), measure: createMeasurer(fonts.fontsDir) };
  const density = await firstPageDensity(
    DENSITIES,
    {
      firstPage: (d) => ({ ...setup(model), content: summaryPage({ ...base, density: d }) }),
      markers: Object.values(SUMMARY_MARKS),
      fits: (ends) =>
        endsOnPageOne(ends.get(SUMMARY_MARKS.ranking), SUMMARY_FLOOR) &&
        endsOnPageOne(ends.get(SUMMARY_MARKS.chart), SUMMARY_FLOOR) &&
        endsOnPageOne(ends.get(SUMMARY_MARKS.side), SIGNATURE_FRAME.top - SIGNATURE_CLEARANCE),
    },
    fonts,
  );
  const ctx = { ...base, density };
  const certificationsOwnPage = !(await certificationsFitBelowScores(ctx, fonts));
  return writePdf(definition(ctx, options, certificationsOwnPage), fonts);
}

function setup(model: ComparisonModel): Omit<TDocumentDefinitions, 'content'> {
  return pageSetup(PAGE, model.language, 8);
}

/**
 * Whether the certification matrix fits entirely on the page after the domain
 * scores, so short comparisons do not spend a page on each. Lays out just those
 * two parts, on pages of the same geometry.
 */
async function certificationsFitBelowScores(ctx: CompareContext, fonts: DocumentFonts): Promise<boolean> {
  const ends = await markerPositions(
    {
      ...setup(ctx.model),
      header: runningHeader(ctx),
      footer: runningFooter(ctx),
      content: [domainScoresPart(ctx, false), certificationsPart(ctx, false)],
    },
    [CERTIFICATIONS_END],
    fonts,
  );
  return endsOnPageOne(ends.get(CERTIFICATIONS_END));
}

function definition(ctx: CompareContext, options: RenderOptions, certificationsOwnPage: boolean): TDocumentDefinitions {
  const { model } = ctx;
  return {
    ...setup(model),
    ...documentBase(
      {
        title: model.title,
        subject: model.subtitle,
        ...(model.signature ? { author: model.signature.signer } : {}),
        keywords: [model.questionnaire.title, model.weightProfile, ...model.vendors.map((v) => v.name)],
        generatedAt: model.generatedAt,
      },
      options.attachment,
    ),
    header: runningHeader(ctx),
    footer: runningFooter(ctx),
    content: [...summaryPage(ctx), domainScoresPart(ctx), certificationsPart(ctx, certificationsOwnPage), answersPart(ctx)],
  };
}
