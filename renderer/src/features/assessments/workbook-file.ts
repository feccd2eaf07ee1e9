import type { Language } from '@shared/i18n';
import type { Answer, CertificationRecord } from '@shared/questionnaire/answers';
import { answerValueText } from '@shared/questionnaire/answer-text';
import { certificationDateFacts } from '@shared/questionnaire/certification-text';
import type { Question } from '@shared/questionnaire/schema';
import type { WorkbookGrid } from '@shared/spreadsheet/grid';
import { looksLikeAnswersFile, readAnswersFile, RESPONSE_FILE_MAX_BYTES } from '@shared/response-pack/answers-file';
import { spreadsheetProblemKey } from '@shared/spreadsheet/reading';
import { call } from '../../app/api';
import { RepositoryError, type Store } from '../../db';
import { sha256Hex } from '../../db/assessments';
import type { ImportedAnswer } from '../../db/imported-answers';
import { readAsBase64 } from '../../ui/read-file';
import type { Translate } from '../../ui/use-t';

/** A workbook the vendor sent, as the file worker read it, with the facts its answers' source records. */
export interface VendorWorkbook {
  fileName: string;
  size: number;
  sha256: string;
  workbook: WorkbookGrid;
}

export const WORKBOOK_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ANSWERS_FILE_ACCEPT = '.json,application/json';

/**
 * Reads a chosen workbook through the file worker, or (where `answersFiles` allows) the answers file of the offline
 * form, laid out as the same rows; a file that cannot be read gives the reason in words.
 */
export async function readVendorWorkbook(
  file: File,
  t: Translate,
  answersFiles = false,
): Promise<{ ok: true; file: VendorWorkbook } | { ok: false; message: string }> {
  try {
    if (answersFiles && file.size <= RESPONSE_FILE_MAX_BYTES) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (looksLikeAnswersFile(bytes)) {
        const reading = readAnswersFile(bytes);
        if (!reading.ok) return { ok: false, message: t(reading.problem.key, reading.problem.params) };
        return { ok: true, file: { fileName: file.name, size: file.size, sha256: await sha256Hex(file), workbook: reading.workbook } };
      }
    }
    const [base64, sha256] = await Promise.all([readAsBase64(file), sha256Hex(file)]);
    const reading = await call('spreadsheets:read', { fileName: file.name.slice(0, 260), data: base64 });
    if (!reading.ok) return { ok: false, message: t(spreadsheetProblemKey(reading.problem), reading.params) };
    return { ok: true, file: { fileName: file.name, size: file.size, sha256, workbook: reading.workbook } };
  } catch {
    return { ok: false, message: t('spreadsheets.problems.unreadable') };
  }
}

/** An answer in words, as the import previews and the source note show it: a certification by what it states. */
export function answerWords(question: Question, answer: Answer, language: Language, t: Translate): string {
  if (answer.status === 'na') return t('assessment.answer.na');
  return answerValueText(question, answer.value, language, (record: CertificationRecord) =>
    [
      t(`responsePacks.workbook.heldValues.${record.held}`),
      record.certificateId,
      ...(question.answer.type === 'certification' ? certificationDateFacts(question.answer, record, language) : []),
    ]
      .filter(Boolean)
      .join(' · '),
  );
}

/** Writes the answers the assessor took from the vendor's file in one transaction; a refusal comes back in words. */
export async function applyImported(
  store: Store,
  assessmentId: string,
  answers: readonly ImportedAnswer[],
  t: Translate,
): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  try {
    return { ok: true, count: await store.importedAnswers.apply(assessmentId, answers) };
  } catch (error) {
    return { ok: false, message: error instanceof RepositoryError ? t(error.messageKey, error.params) : t('responsePacks.import.failed') };
  }
}
