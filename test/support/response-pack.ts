import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Language } from '@shared/i18n';
import { messages } from '@shared/i18n';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import type { Question, Questionnaire } from '@shared/questionnaire/schema';
import { offeredChoices } from '@shared/response-pack/answer-words';
import { buildResponsePack, questionSetText } from '@shared/response-pack/build';
import { applicableQuestions } from '@shared/questionnaire/questions';
import type { ResponsePack } from '@shared/response-pack/format';
import type { PackContext } from '@shared/response-pack/read';
import type { WorkbookGrid } from '@shared/spreadsheet/grid';
import { readWorkbookGrid } from '../../electron/services/spreadsheet/read-workbook';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const PACK_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

/** A pack of `questionnaire` for a profile, as the app builds it. */
export function samplePack(questionnaire: Questionnaire, profile: ServiceProfile, language: Language, assessmentId = 'assessment-1'): ResponsePack {
  return buildResponsePack({
    packId: PACK_ID,
    assessmentId,
    questionnaire,
    profile,
    questionSetSha256: sha256(questionSetText(questionnaire, applicableQuestions(questionnaire, profile))),
    language,
    createdAt: '2026-12-01T09:00:00.000Z',
    vendor: 'Example Contact Cloud',
    buyer: 'Musterbank AG',
    contact: 'Procurement, procurement@example.com',
    deadline: '2026-12-31',
  });
}

export function packContext(
  questionnaire: Questionnaire,
  profile: ServiceProfile,
  current: Record<string, Answer> = {},
  assessmentId = 'assessment-1',
): PackContext {
  const questions = applicableQuestions(questionnaire, profile);
  return {
    assessmentId,
    questionnaire,
    applicable: new Set(questions.map((q) => q.id)),
    questionSetSha256: sha256(questionSetText(questionnaire, questions)),
    current,
  };
}

/** A plausible answer to every question, as a vendor would give it, with the cell it goes in. */
export function vendorAnswer(question: Question, index: number): Answer {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return { status: 'answered', value: (['yes', 'partial', 'no'] as const)[index % 3]! };
    case 'choice':
      return { status: 'answered', value: spec.options[index % spec.options.length]!.id };
    case 'multiChoice':
      return { status: 'answered', value: spec.options.slice(0, 1 + (index % spec.options.length)).map((o) => o.id) };
    case 'number':
      return { status: 'answered', value: spec.max !== undefined ? Math.max(spec.min ?? 0, Math.min(spec.max, 7)) : Math.max(spec.min ?? 0, 7) };
    case 'date':
      return { status: 'answered', value: '2026-06-30' };
    case 'text':
      return { status: 'answered', value: `Our answer to ${question.id}.` };
    case 'certification':
      return spec.kind === 'certificate'
        ? {
            status: 'answered',
            value: {
              held: 'yes',
              certificateId: `C-${index}`,
              issuer: 'Example Cert GmbH',
              scope: 'All services',
              issueDate: '2025-01-15',
              validUntil: '2028-01-14',
            },
          }
        : {
            status: 'answered',
            value: { held: 'yes', issuer: 'Example Audit LLP', periodStart: '2025-07-01', periodEnd: '2026-06-30', issueDate: '2026-08-15' },
          };
  }
}

/** What a vendor types into the answer cell for an answer. */
export function answerCell(question: Question, answer: Answer, language: Language): ExcelJS.CellValue {
  if (answer.status === 'na') return messages[language].assessment.answer.na;
  const spec = question.answer;
  const label = (value: string) => offeredChoices(question, language).find((c) => c.value === value)!.label;
  switch (spec.type) {
    case 'yesNo':
    case 'choice':
      return label(answer.value as string);
    case 'multiChoice':
      return (answer.value as string[]).map(label).join('; ');
    case 'number':
      return answer.value as number;
    case 'date':
      return new Date(`${answer.value as string}T00:00:00Z`);
    default:
      return answer.value as string;
  }
}

/** Fills a pack's workbook with exceljs, as a vendor would in a spreadsheet program. */
export async function fillPack(bytes: Buffer, questionnaire: Questionnaire, answers: Record<string, Answer>, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const words = messages[language].responsePacks.workbook;
  const byId = new Map(questionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).map((q) => [q.id, q]));
  for (const sheet of workbook.worksheets) {
    const header = sheet.getRow(1);
    const columns = new Map<string, number>();
    header.eachCell((cell, column) => columns.set(String(cell.value), column));
    if (!columns.has(words.id)) continue;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const id = String(row.getCell(columns.get(words.id)!).value);
      const question = byId.get(id);
      const answer = answers[id];
      if (!question || !answer) return;
      if (question.answer.type !== 'certification') {
        row.getCell(columns.get(words.answer)!).value = answerCell(question, answer, language);
        return;
      }
      if (answer.status === 'na') {
        row.getCell(columns.get(words.held)!).value = messages[language].assessment.answer.na;
        return;
      }
      const record = answer.value as unknown as Record<string, string>;
      const put = (heading: string, value: string | undefined, date = false) => {
        if (value !== undefined) row.getCell(columns.get(heading)!).value = date ? new Date(`${value}T00:00:00Z`) : value;
      };
      put(words.held, words.heldValues[record.held as 'yes']);
      put(words.certificateId, record.certificateId);
      put(words.issuer, record.issuer);
      put(words.scope, record.scope);
      put(words.issued, record.issueDate, true);
      put(words.validUntil, record.validUntil ?? record.periodEnd, true);
      put(words.periodStart, record.periodStart, true);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook's sheets as the app's file worker reads them (here in-process). */
export async function gridOf(bytes: Buffer): Promise<WorkbookGrid> {
  const reading = await readWorkbookGrid(bytes);
  if (!reading.ok) throw new Error(`workbook not read: ${reading.problem}`);
  return reading.workbook;
}
