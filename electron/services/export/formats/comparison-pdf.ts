import type { ParsedInputOf } from '@shared/ipc/contract';
import { COMPARISON_SIGNATURE_BOX, renderComparisonPdf } from '../../documents/comparison/layout';
import type { ExportFormat } from '../format';

export const COMPARISON_ATTACHMENT = 'comparison.json';

/**
 * The comparison as a PDF: summary page, then the detailed matrix; signable, carrying
 * the comparison as the renderer sent it, with the weights the ranking used.
 */
export const comparisonPdf: ExportFormat<ParsedInputOf<'compare:export'>> = {
  extension: '.pdf',
  typeName: 'PDF',
  signatureBox: COMPARISON_SIGNATURE_BOX,
  attachment: { fileName: COMPARISON_ATTACHMENT, json: (request) => JSON.stringify(request.model) },
  render: renderComparisonPdf,
};
