import { z } from 'zod';
import { scanJsonShape } from '../questionnaire/exchange/json-scan';
import type { Problem } from '../questionnaire/exchange/problem';
import { decodeUtf8 } from '../questionnaire/exchange/utf8';
import { messages } from '../i18n';
import type { CellValue, SheetGrid, WorkbookGrid } from '../spreadsheet/grid';
import { fileKind } from '../spreadsheet/file-kind';
import { PACK_SHEET, packFactNames } from './format';

/**
 * The answers file the offline form saves, read as untrusted bytes: size, UTF-8 and nesting checked before
 * JSON.parse, then a strict schema with bounded texts. What it says is laid out as the rows of a filled workbook,
 * so one reader (readResponsePack) checks both against the assessment and the questions.
 */

export const RESPONSE_FILE_FORMAT = 'assay-response';
export const RESPONSE_FILE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 8;
const MAX_TEXT = 20_000;

const text = z.string().max(MAX_TEXT).optional();
const answerSchema = z
  .object({
    id: z.string().min(1).max(60),
    /** Set by the form on certification questions, so the row goes to the certification table. */
    certification: z.literal(true).optional(),
    answer: text,
    comment: text,
    evidenceRef: text,
    held: text,
    certificateId: text,
    issuer: text,
    scope: text,
    issued: text,
    validUntil: text,
    periodStart: text,
  })
  .strict();

const fileSchema = z
  .object({
    format: z.literal(RESPONSE_FILE_FORMAT),
    formatVersion: z.number().int(),
    // The facts are checked by readResponsePack, as a workbook's are: here they only need to be named values.
    facts: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])),
    answers: z.array(answerSchema).max(5_000),
  })
  .strict();

export type AnswersFileReading = { ok: true; workbook: WorkbookGrid } | { ok: false; problem: Problem };

const refuse = (key: Problem['key'], params?: Problem['params']): AnswersFileReading => ({
  ok: false,
  problem: { path: 'file', key, ...(params && { params }) },
});

/** Whether bytes are a JSON document (an answers file) rather than a workbook. */
export const looksLikeAnswersFile = (data: Uint8Array): boolean => fileKind(data) === 'json';

const date = (value: string | undefined): CellValue => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: value } : (value ?? null));

function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, state: 'visible', rows, merged: [], formulasWithoutValue: [] };
}

/** The answers file as the rows of a filled pack, or why it cannot be read. */
export function readAnswersFile(data: Uint8Array): AnswersFileReading {
  if (data.length === 0) return refuse('spreadsheets.problems.empty');
  if (data.length > RESPONSE_FILE_MAX_BYTES) return refuse('spreadsheets.problems.tooLarge', { limit: RESPONSE_FILE_MAX_BYTES / 1024 / 1024 });
  const textContent = decodeUtf8(data);
  if (textContent === undefined || scanJsonShape(textContent, MAX_DEPTH, MAX_TEXT) !== undefined) return refuse('responsePacks.refusals.notAnswersFile');
  let parsed: unknown;
  try {
    parsed = JSON.parse(textContent);
  } catch {
    return refuse('responsePacks.refusals.notAnswersFile');
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== RESPONSE_FILE_FORMAT) return refuse('responsePacks.refusals.notAnswersFile');
  const version = (parsed as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > 1) return refuse('responsePacks.refusals.newerFormat', { version });
  const file = fileSchema.safeParse(parsed);
  if (!file.success) return refuse('responsePacks.refusals.damagedPack', { field: String(file.error.issues[0]?.path.join('.') || 'answers') });
  const { facts, answers } = file.data;
  // The headings are the workbook's English ones, which the pack reader knows in either language.
  const w = messages.en.responsePacks.workbook;
  const questions = answers.filter((a) => a.certification !== true);
  const certifications = answers.filter((a) => a.certification === true);
  return {
    ok: true,
    workbook: {
      sheets: [
        sheet(
          PACK_SHEET,
          packFactNames.filter((name) => facts[name] !== undefined).map((name) => [name, facts[name]!]),
        ),
        sheet(w.questionsSheet, [
          [w.id, w.answer, w.comment, w.evidenceRef],
          ...questions.map((a) => [a.id, a.answer ?? null, a.comment ?? null, a.evidenceRef ?? null]),
        ]),
        sheet(w.certificationsSheet, [
          [w.id, w.held, w.certificateId, w.issuer, w.scope, w.issued, w.validUntil, w.periodStart, w.comment, w.evidenceRef],
          ...certifications.map((a) => [
            a.id,
            a.held ?? null,
            a.certificateId ?? null,
            a.issuer ?? null,
            a.scope ?? null,
            date(a.issued),
            date(a.validUntil),
            date(a.periodStart),
            a.comment ?? null,
            a.evidenceRef ?? null,
          ]),
        ]),
      ],
    },
  };
}
