import type { ParsedInputOf } from '@shared/ipc/contract';
import { renderReportPdf, SIGNATURE_BOX } from '../../documents/report/layout';
import type { ExportFormat } from '../format';

export const ASSESSMENT_ATTACHMENT = 'assessment.json';

/** The assessment report: signable, carrying the machine-readable assessment it was made from. */
export const assessmentPdf: ExportFormat<ParsedInputOf<'reports:export'>> = {
  extension: '.pdf',
  typeName: 'PDF',
  signatureBox: SIGNATURE_BOX,
  attachment: { fileName: ASSESSMENT_ATTACHMENT, json: (request) => request.assessmentJson },
  render: renderReportPdf,
};
