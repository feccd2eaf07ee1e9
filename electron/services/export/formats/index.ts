import type { ParsedInputOf } from '@shared/ipc/contract';
import type { ExportFormat, FileType } from '../format';
import { assessmentPdf } from './assessment-pdf';
import { comparisonPdf } from './comparison-pdf';
import { comparisonXlsx } from './comparison-xlsx';
import { responsePackFormats, responsePackHtml, responsePackXlsx } from './response-pack-xlsx';
import { questionnaireXlsx } from './questionnaire-xlsx';

export { ASSESSMENT_ATTACHMENT } from './assessment-pdf';
export { COMPARISON_ATTACHMENT } from './comparison-pdf';

type ComparisonRequest = ParsedInputOf<'compare:export'>;

/** The formats of `compare:export`, by the `format` the renderer asks for; tsc fails while one has no entry. */
export const comparisonFormats: Readonly<Record<ComparisonRequest['format'], ExportFormat<ComparisonRequest>>> = {
  pdf: comparisonPdf,
  xlsx: comparisonXlsx,
};

/** Every format Assay exports from the Node side. */
export const exportFormats: readonly FileType[] = [assessmentPdf, ...Object.values(comparisonFormats), responsePackXlsx, responsePackHtml, questionnaireXlsx];

export { assessmentPdf, comparisonPdf, comparisonXlsx, responsePackFormats, questionnaireXlsx };
