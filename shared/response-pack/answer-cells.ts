import { MAX_TEXT_ANSWER_LENGTH } from '../questionnaire/limits';
import { answerSchema, type Answer, type CertificationRecord } from '../questionnaire/answers';
import type { Question } from '../questionnaire/schema';
import { cellText, isDateCell, type CellValue } from '../spreadsheet/grid';
import { allowedWords, choiceIn, choiceLookup, NOT_APPLICABLE } from './answer-words';
import type { Language } from '../i18n';
import { messageKeyOr, type MessageKey } from '../i18n/keys';

/** What one answer cell (or certification row) says: an answer, nothing, or why it is not one. */
export type CellReading = { answer: Answer } | { blank: true } | { problem: MessageKey; params?: Record<string, string | number> };

/** The first and last days an Excel serial date may stand for (1900-01-01 to 9999-12-31). */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date cell, an Excel serial number, 2026-12-31, or 31.12.2026. */
export function dayOf(cell: CellValue): string | undefined {
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < FIRST_SERIAL || cell > LAST_SERIAL) return undefined;
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (german) return validDay(Number(german[3]), Number(german[2]), Number(german[1]));
  return undefined;
}

/** A number cell, or text such as 99.95 or 99,95. */
function numberOf(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell).replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

const isNa = (question: Question, text: string) => question.allowNotApplicable && choiceIn(choiceLookup(question), text) === NOT_APPLICABLE;

/** Reads the answer cell of a question other than a certification. */
export function readAnswerCell(question: Question, cell: CellValue, language: Language): CellReading {
  const text = cellText(cell);
  if (text === '') return { blank: true };
  const spec = question.answer;
  if (spec.type !== 'yesNo' && spec.type !== 'choice' && isNa(question, text)) return { answer: { status: 'na' } };
  switch (spec.type) {
    case 'yesNo':
    case 'choice': {
      const lookup = choiceLookup(question);
      const value = choiceIn(lookup, text);
      if (value === undefined) return { problem: 'responsePacks.rows.notOneOf', params: { value: text, allowed: allowedWords(question, language) } };
      return { answer: value === NOT_APPLICABLE ? { status: 'na' } : { status: 'answered', value } };
    }
    case 'multiChoice': {
      const lookup = choiceLookup(question);
      const values: string[] = [];
      for (const part of text.split(/[;\n]/)) {
        if (part.trim() === '') continue;
        const value = choiceIn(lookup, part);
        if (value === undefined || value === NOT_APPLICABLE) {
          return { problem: 'responsePacks.rows.notOneOf', params: { value: part.trim(), allowed: allowedWords(question, language) } };
        }
        if (!values.includes(value)) values.push(value);
      }
      return { answer: { status: 'answered', value: values } };
    }
    case 'number': {
      const value = numberOf(cell);
      if (value === undefined) return { problem: 'responsePacks.rows.notNumber', params: { value: text } };
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return { problem: 'responsePacks.rows.outOfRange', params: { value, min: spec.min ?? '−∞', max: spec.max ?? '∞' } };
      }
      return { answer: { status: 'answered', value } };
    }
    case 'date': {
      const value = dayOf(cell);
      return value === undefined ? { problem: 'responsePacks.rows.notDate', params: { value: text } } : { answer: { status: 'answered', value } };
    }
    case 'text':
    case 'certification':
      if (text.length > MAX_TEXT_ANSWER_LENGTH) return { problem: 'responsePacks.rows.tooLong', params: { limit: MAX_TEXT_ANSWER_LENGTH } };
      return { answer: { status: 'answered', value: text } };
  }
}

/** The cells of a certification row, by column. */
export interface CertificationCells {
  held: CellValue;
  certificateId: CellValue;
  issuer: CellValue;
  scope: CellValue;
  issued: CellValue;
  validUntil: CellValue;
  periodStart: CellValue;
  evidenceRef: CellValue;
}

/** Reads a certification row into a record, checked by the same schema as the answer form's. */
export function readCertificationRow(question: Question, cells: CertificationCells, language: Language): CellReading {
  const spec = question.answer;
  if (spec.type !== 'certification') return { blank: true };
  const stated = (['held', 'certificateId', 'issuer', 'scope', 'issued', 'validUntil', 'periodStart'] as const).some((key) => cellText(cells[key]) !== '');
  if (!stated) return { blank: true };
  const heldText = cellText(cells.held);
  const held = choiceIn(choiceLookup(question), heldText);
  if (held === NOT_APPLICABLE) return { answer: { status: 'na' } };
  if (!held)
    return heldText === ''
      ? { problem: 'responsePacks.rows.heldMissing' }
      : { problem: 'responsePacks.rows.notOneOf', params: { value: heldText, allowed: allowedWords(question, language) } };
  const record: Record<string, unknown> = { held };
  const texts = { certificateId: cells.certificateId, issuer: cells.issuer, scope: cells.scope, evidenceRef: cells.evidenceRef } as const;
  for (const [key, cell] of Object.entries(texts)) if (cellText(cell) !== '') record[key] = cellText(cell);
  const dates = {
    issueDate: cells.issued,
    [spec.kind === 'report' ? 'periodEnd' : 'validUntil']: cells.validUntil,
    ...(spec.kind === 'report' && { periodStart: cells.periodStart }),
  };
  for (const [key, cell] of Object.entries(dates)) {
    if (cellText(cell) === '') continue;
    const day = dayOf(cell);
    if (day === undefined) return { problem: 'responsePacks.rows.notDate', params: { value: cellText(cell) } };
    record[key] = day;
  }
  const parsed = answerSchema(question).safeParse({ status: 'answered', value: record as CertificationRecord });
  if (parsed.success) return { answer: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: 'responsePacks.rows.certification', params: { problem: messageKeyOr(issue?.message, 'assessment.errors.invalidInput') } };
}
