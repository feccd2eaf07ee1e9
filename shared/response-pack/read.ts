import type { Answer } from '../questionnaire/answers';
import type { Problem } from '../questionnaire/exchange/problem';
import { MAX_PROBLEMS } from '../questionnaire/exchange/limits';
import { questionsById } from '../questionnaire/questions';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { messages, supportedLanguages } from '../i18n';
import { cellAt, cellName, cellText, mergedInto, type SheetGrid, type WorkbookGrid } from '../spreadsheet/grid';
import { findHeaderRow, type ColumnNames } from '../spreadsheet/header-row';
import { readAnswerCell, readCertificationRow, type CellReading } from './answer-cells';
import { PACK_SHEET, packFactNames, packFactsSchema, RESPONSE_PACK_FORMAT, RESPONSE_PACK_FORMAT_VERSION, type PackFacts } from './format';
import { sameAnswer } from './same-answer';

/** One answer the vendor gave, where it stands in the workbook. */
export interface VendorAnswer {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  sheet: string;
  questionId: string;
  answer: Answer;
  comment?: string;
  evidenceRef?: string;
}

export interface PackPreview {
  ok: true;
  facts: PackFacts;
  /** Questions with an answer row in the workbook (answered, blank or faulty). */
  rows: number;
  added: VendorAnswer[];
  conflicts: (VendorAnswer & { current: Answer })[];
  same: VendorAnswer[];
  blank: { row: number; questionId: string }[];
  unmatched: { row: number; id: string }[];
  problems: Problem[];
  warnings: Problem[];
}

export type PackReading = PackPreview | { ok: false; problem: Problem };

export interface PackContext {
  assessmentId: string;
  questionnaire: Questionnaire;
  /** Ids of the questions that apply to the assessment now. */
  applicable: ReadonlySet<string>;
  /** SHA-256 of questionSetText() for those questions. */
  questionSetSha256: string;
  current: Readonly<Record<string, Answer>>;
}

const refuse = (key: Problem['key'], params?: Problem['params']): Extract<PackReading, { ok: false }> => ({
  ok: false,
  problem: { path: 'file', key, ...(params && { params }) },
});

/** Every heading a column has had in either language. */
const headings = (pick: (words: (typeof messages)['en']['responsePacks']['workbook']) => string): string[] =>
  supportedLanguages.map((language) => pick(messages[language].responsePacks.workbook));

const questionColumns: ColumnNames<'id' | 'answer' | 'comment' | 'evidenceRef'> = {
  id: headings((w) => w.id),
  answer: headings((w) => w.answer),
  comment: headings((w) => w.comment),
  evidenceRef: headings((w) => w.evidenceRef),
};
const certificationColumns: ColumnNames<
  'id' | 'held' | 'certificateId' | 'issuer' | 'scope' | 'issued' | 'validUntil' | 'periodStart' | 'evidenceRef' | 'comment'
> = {
  id: headings((w) => w.id),
  held: headings((w) => w.held),
  certificateId: headings((w) => w.certificateId),
  issuer: headings((w) => w.issuer),
  scope: headings((w) => w.scope),
  issued: headings((w) => w.issued),
  validUntil: headings((w) => w.validUntil),
  periodStart: headings((w) => w.periodStart),
  evidenceRef: headings((w) => w.evidenceRef),
  comment: headings((w) => w.comment),
};

/** The pack's facts from its hidden sheet, or why they cannot be used (`notPack` when there is no such sheet). */
export function readPackFacts(workbook: WorkbookGrid): PackFacts | Extract<PackReading, { ok: false }> {
  const sheet = workbook.sheets.find((s) => s.name === PACK_SHEET);
  if (!sheet) return refuse('responsePacks.refusals.notPack');
  const facts: Record<string, unknown> = {};
  for (const row of sheet.rows) {
    const name = cellText(row[0] ?? null);
    if ((packFactNames as string[]).includes(name) && !(name in facts)) facts[name] = row[1] ?? null;
  }
  if (facts.format !== RESPONSE_PACK_FORMAT) return refuse('responsePacks.refusals.notPack');
  const version = facts.formatVersion;
  if (typeof version === 'number' && version > RESPONSE_PACK_FORMAT_VERSION) return refuse('responsePacks.refusals.newerFormat', { version });
  const parsed = packFactsSchema.safeParse(facts);
  if (!parsed.success) return refuse('responsePacks.refusals.damagedPack', { field: String(parsed.error.issues[0]?.path[0] ?? 'format') });
  return parsed.data;
}

const optionalText = (text: string) => (text === '' ? undefined : text.slice(0, 2000));

interface RowOutcome {
  row: number;
  sheet: string;
  questionId: string;
  reading: CellReading;
  comment?: string;
  evidenceRef?: string;
}

/** The rows of one table (questions or certifications), each read by `read`. */
function tableRows<K extends string>(
  sheet: SheetGrid,
  columns: ColumnNames<K | 'id'>,
  required: readonly NoInfer<K | 'id'>[],
  read: (row: number, column: (key: NoInfer<K | 'id'>) => number | undefined) => Omit<RowOutcome, 'row' | 'sheet' | 'questionId'> | undefined,
): { outcomes: RowOutcome[]; unmatchedIds: { row: number; id: string }[] } | undefined {
  const header = findHeaderRow(sheet, columns, required);
  if (!header) return undefined;
  const outcomes: RowOutcome[] = [];
  const unmatchedIds: { row: number; id: string }[] = [];
  const idColumn = (header.columns as Partial<Record<'id', number>>).id!;
  for (let row = header.row + 1; row < sheet.rows.length; row += 1) {
    const id = cellText(cellAt(sheet, row, idColumn));
    if (id === '') continue;
    const outcome = read(row, (key) => header.columns[key]);
    if (outcome === undefined) unmatchedIds.push({ row: row + 1, id: id.slice(0, 60) });
    else outcomes.push({ ...outcome, row: row + 1, sheet: sheet.name, questionId: id });
  }
  return { outcomes, unmatchedIds };
}

/** Why the answer cell cannot be read as it stands: part of a merged range, or a formula with no saved value. */
function cellTrouble(sheet: SheetGrid, row: number, column: number | undefined): CellReading | undefined {
  if (column === undefined) return undefined;
  if (mergedInto(sheet, row, column) || sheet.merged.some((m) => m.top === row && m.left === column && (m.bottom > m.top || m.right > m.left))) {
    return { problem: 'responsePacks.rows.merged' };
  }
  const name = cellName(row, column);
  if (sheet.formulasWithoutValue.includes(name)) return { problem: 'responsePacks.rows.formula', params: { cell: name } };
  return undefined;
}

/**
 * What importing a filled response pack into an assessment would do, without writing anything: the pack's
 * facts checked against the assessment, each row read into an answer by the question's own schema, and the
 * answers sorted into new, differing from the assessor's, unchanged and blank, beside rows that match no
 * question and rows with errors.
 */
export function readResponsePack(workbook: WorkbookGrid, context: PackContext): PackReading {
  const facts = readPackFacts(workbook);
  if ('ok' in facts) return facts;
  if (facts.assessmentId !== context.assessmentId) return refuse('responsePacks.refusals.otherAssessment');
  const { questionnaire } = context;
  if (facts.questionnaireId !== questionnaire.id || facts.questionnaireVersion !== questionnaire.version) {
    return refuse('responsePacks.refusals.otherQuestionnaire', {
      id: facts.questionnaireId,
      version: facts.questionnaireVersion,
      current: `${questionnaire.id} ${questionnaire.version}`,
    });
  }
  const byId = questionsById(questionnaire);
  const asked = (id: string): Question | undefined => (context.applicable.has(id) ? byId.get(id) : undefined);

  const outcomes: RowOutcome[] = [];
  const unmatched: { row: number; id: string }[] = [];
  let foundQuestions = false;
  for (const sheet of workbook.sheets) {
    if (sheet.name === PACK_SHEET) continue;
    const certifications = tableRows(sheet, certificationColumns, ['id', 'held', 'validUntil'], (row, column) => {
      const question = asked(cellText(cellAt(sheet, row, column('id')!)));
      if (!question || question.answer.type !== 'certification') return undefined;
      const at = (key: Parameters<typeof column>[0]) => {
        const c = column(key);
        return c === undefined ? null : cellAt(sheet, row, c);
      };
      const trouble = (['held', 'issued', 'validUntil', 'periodStart'] as const).map((key) => cellTrouble(sheet, row, column(key))).find(Boolean);
      const reading =
        trouble ??
        readCertificationRow(
          question,
          {
            held: at('held'),
            certificateId: at('certificateId'),
            issuer: at('issuer'),
            scope: at('scope'),
            issued: at('issued'),
            validUntil: at('validUntil'),
            periodStart: at('periodStart'),
            evidenceRef: at('evidenceRef'),
          },
          facts.language,
        );
      return { reading, comment: optionalText(cellText(at('comment'))), evidenceRef: optionalText(cellText(at('evidenceRef'))) };
    });
    const table =
      certifications ??
      tableRows(sheet, questionColumns, ['id', 'answer'], (row, column) => {
        const question = asked(cellText(cellAt(sheet, row, column('id')!)));
        if (!question || question.answer.type === 'certification') return undefined;
        const answerColumn = column('answer')!;
        const reading = cellTrouble(sheet, row, answerColumn) ?? readAnswerCell(question, cellAt(sheet, row, answerColumn), facts.language);
        const text = (key: 'comment' | 'evidenceRef') => {
          const c = column(key);
          return c === undefined ? undefined : optionalText(cellText(cellAt(sheet, row, c)));
        };
        return { reading, comment: text('comment'), evidenceRef: text('evidenceRef') };
      });
    if (!table) continue;
    foundQuestions = true;
    outcomes.push(...table.outcomes);
    unmatched.push(...table.unmatchedIds);
  }
  if (!foundQuestions) return refuse('responsePacks.refusals.noQuestionSheet');

  const preview: PackPreview = { ok: true, facts, rows: 0, added: [], conflicts: [], same: [], blank: [], unmatched, problems: [], warnings: [] };
  if (facts.questionSetSha256 !== context.questionSetSha256) preview.warnings.push({ path: 'file', key: 'responsePacks.import.questionSetChanged' });
  const seen = new Set<string>();
  let problemCount = 0;
  const problem = (row: number, id: string, key: Problem['key'], params?: Problem['params']) => {
    problemCount += 1;
    if (preview.problems.length < MAX_PROBLEMS - 1) preview.problems.push({ path: `${row}`, key, params: { row, id, ...params } });
  };
  for (const outcome of outcomes) {
    const { row, questionId, reading } = outcome;
    if (seen.has(questionId)) {
      problem(row, questionId, 'responsePacks.rows.twice');
      continue;
    }
    seen.add(questionId);
    preview.rows += 1;
    if ('blank' in reading) {
      preview.blank.push({ row, questionId });
      continue;
    }
    if ('problem' in reading) {
      problem(row, questionId, reading.problem, reading.params);
      continue;
    }
    const answer: VendorAnswer = {
      row,
      sheet: outcome.sheet,
      questionId,
      answer: reading.answer,
      ...(outcome.comment && { comment: outcome.comment }),
      ...(outcome.evidenceRef && { evidenceRef: outcome.evidenceRef }),
    };
    const current = context.current[questionId];
    if (!current) preview.added.push(answer);
    else if (sameAnswer(current, reading.answer)) preview.same.push(answer);
    else preview.conflicts.push({ ...answer, current });
  }
  if (problemCount > preview.problems.length) {
    preview.problems.push({ path: 'file', key: 'responsePacks.rows.moreProblems', params: { count: problemCount - preview.problems.length } });
  }
  return preview;
}
