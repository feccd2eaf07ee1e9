import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportModel } from '@shared/report/model';
import { endsOnPageOne, firstPageDensity } from '../fitting';
import { createFormatter } from '../format';
import { keepTogether } from '../keep-together';
import { documentFonts } from '../printer';
import { documentBase, pageSetup, writePdf, type RenderOptions } from '../setup';
import { createMeasurer } from '../text-measure';
import { certificationsPart, evidencePart, findingsPart, KNOCKOUT_RULES, methodPart } from './appendix';
import { contents, runningFooter, runningHeader } from './chrome';
import { DENSITIES, type LayoutContext } from './context';
import { domainDetails } from './details';
import { PAGE, SUMMARY_BOTTOM } from './geometry';
import { SUMMARY_END, summaryPage } from './summary';

export { SIGNATURE_BOX } from './geometry';

/**
 * Lays out the report as an A4 PDF with embedded Roboto: the executive summary on
 * page 1 at the most generous density that ends above the signature band, then the
 * contents, the domain details and the appendices.
 */
export async function renderReportPdf(model: ReportModel, options: RenderOptions): Promise<Buffer> {
  const fonts = documentFonts(options.fontsDir);
  const base = { model, labels: model.labels, fmt: createFormatter(model.language), measure: createMeasurer(fonts.fontsDir) };
  const density = await firstPageDensity(
    DENSITIES,
    {
      firstPage: (d) => ({ ...setup(model), content: summaryPage({ ...base, density: d }) }),
      markers: [SUMMARY_END],
      fits: (ends) => endsOnPageOne(ends.get(SUMMARY_END), SUMMARY_BOTTOM),
    },
    fonts,
  );
  return writePdf(definition({ ...base, density }, options), fonts);
}

function setup(model: ReportModel): Omit<TDocumentDefinitions, 'content'> {
  return pageSetup(PAGE, model.language, 8.5);
}

function definition(ctx: LayoutContext, options: RenderOptions): TDocumentDefinitions {
  const { model } = ctx;
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
    ...setup(model),
    ...documentBase(
      {
        title: model.title,
        author: model.assessment.assessor,
        subject: model.subtitle,
        keywords: [model.vendor.name, model.assessment.serviceName, ...model.vendor.services, model.assessment.questionnaire.title, model.decision.label],
        generatedAt: model.generatedAt,
      },
      options.attachment,
    ),
    header: runningHeader(ctx),
    footer: runningFooter(ctx),
    content,
    pageBreakBefore: keepTogether([KNOCKOUT_RULES]),
  };
}
