import { readQuestionnaireText, readQuestionnaireWorkbook, type QuestionnaireReading } from '@shared/questionnaire/exchange';
import { spreadsheetProblemKey, type WorkbookReading } from '@shared/spreadsheet/reading';

/**
 * A questionnaire file as chosen: its bytes, and for a workbook what the file worker read of it (the renderer
 * cannot unpack a workbook itself).
 */
export type QuestionnaireUpload = { kind: 'text'; data: Uint8Array } | { kind: 'workbook'; data: Uint8Array; workbook: WorkbookReading };

/** The questionnaire a file holds, by what the file is: our JSON, a CSV, or a workbook. */
export function readUpload(upload: QuestionnaireUpload): QuestionnaireReading {
  if (upload.kind === 'workbook') {
    const { workbook } = upload;
    if (!workbook.ok)
      return { ok: false, problems: [{ path: 'file', key: spreadsheetProblemKey(workbook.problem), ...(workbook.params && { params: workbook.params }) }] };
    return readQuestionnaireWorkbook(workbook.workbook);
  }
  return readQuestionnaireText(upload.data);
}
