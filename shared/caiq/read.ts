import type { MessageKey } from '../i18n/keys';
import { MAX_PROBLEMS } from '../questionnaire/exchange/limits';
import type { Questionnaire } from '../questionnaire/schema';
import { cellAt, cellText, type SheetGrid, type WorkbookGrid } from '../spreadsheet/grid';
import { findHeaderRow, type ColumnNames, type HeaderRow } from '../spreadsheet/header-row';
import { isCcmV4Control } from './ccm-controls';
import { MAX_CAIQ_ROWS, MAX_CAIQ_TEXT_LENGTH, MAX_PROBLEM_VALUE_LENGTH } from './limits';
import { matchCaiqRows, type CaiqRow, type CaiqSuggestion } from './suggest';
import { parseCaiqAnswer, parseCaiqOwnership, type CaiqOwnership } from './vocabulary';

/**
 * Reading a vendor's filled-in CSA CAIQ v4 workbook into suggested answers. The workbook arrives as plain rows
 * (shared/spreadsheet/grid.ts); the sheet with the CAIQ's headings is found wherever its title rows put them.
 * Only the vendor's own cells are kept (its answer, the SSRM ownership, its two descriptions), never CSA's
 * question texts.
 */

type CaiqColumn = 'id' | 'answer' | 'ownership' | 'implementation' | 'customerResponsibilities';

/** The headings of the CAIQ v4 columns Assay reads, as CSA's template writes them and as vendors rename them. */
export const caiqColumnNames: ColumnNames<CaiqColumn> = {
  id: ['Question ID', 'CAIQ Question ID', 'Question Identifier', 'CAIQ ID'],
  answer: ['CSP CAIQ Answer', 'CAIQ Answer', 'CSP Answer', 'CSP CAIQ Answer (Yes/No/NA)'],
  ownership: ['SSRM Control Ownership', 'Control Ownership', 'SSRM Ownership'],
  implementation: ['CSP Implementation Description (Optional/Recommended)', 'CSP Implementation Description', 'Implementation Description'],
  customerResponsibilities: ['CSC Responsibilities (Optional/Recommended)', 'CSC Responsibilities', 'Customer Responsibilities'],
};

/** Without a question ID and the vendor's answer there is nothing to suggest from; the other columns are optional. */
const REQUIRED: readonly CaiqColumn[] = ['id', 'answer'];

/** What is wrong with the workbook or one of its rows, as a message key with its values; `row` is 1-based. */
export interface CaiqProblem {
  row?: number;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface CaiqReading {
  kind: 'caiq';
  /** The sheet read and the 1-based row of its headings. */
  sheet: string;
  headerRow: number;
  /** CAIQ question rows read: each with a well-formed question ID, the first time that ID appears. */
  rows: number;
  /** Rows answered Yes, No or NA. */
  answered: number;
  /** CAIQ ids whose answer cell is blank, in the order of the sheet. */
  unanswered: string[];
  /** CAIQ ids that correspond to no question of the questionnaire. */
  unmatched: string[];
  /** At most MAX_PROBLEMS; the last then says how many more there were. */
  problems: CaiqProblem[];
  /** By question id, in the questionnaire's order. */
  suggestions: Record<string, CaiqSuggestion>;
}

/** The workbook has no sheet with a question-ID and an answer column: it is not a CAIQ v4. */
export interface NotCaiq {
  kind: 'unknown';
}

export type CaiqWorkbookReading = CaiqReading | NotCaiq;

/** A CAIQ question ID: a CCM control id, a dot and the question's number (A&A-01.1, IAM-14.2). */
const QUESTION_ID = /^([A-Z&]{2,4}-\d{2})\.(\d{1,2})$/;
/** Text meant as a question ID that is not one (IAM-2.1, IAM 02.1, IAM-02): reported, where a note ("Note 1") is skipped. */
const MEANT_AS_ID = /^[A-Z&]{2,4}(\s*-\s*\d{1,3}(\s*[.,]\s*\d{1,3})?|\s*\d{1,3}\s*[.,]\s*\d{1,3})$/;

function clip(text: string, limit: number): { text: string; cut: boolean } {
  if (text.length <= limit) return { text, cut: false };
  // Never split a surrogate pair: half of it is not text.
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: `${text.slice(0, end)}…`, cut: true };
}

const shown = (text: string) => clip(text, MAX_PROBLEM_VALUE_LENGTH).text;

/** The first sheet with the CAIQ's headings, visible sheets before hidden ones. */
function findCaiqSheet(grid: WorkbookGrid): { sheet: SheetGrid; header: HeaderRow<CaiqColumn> } | undefined {
  const ordered = [...grid.sheets.filter((s) => s.state === 'visible'), ...grid.sheets.filter((s) => s.state !== 'visible')];
  for (const sheet of ordered) {
    const header = findHeaderRow(sheet, caiqColumnNames, REQUIRED);
    if (header) return { sheet, header };
  }
  return undefined;
}

interface SheetRows {
  rows: CaiqRow[];
  unanswered: string[];
  problems: CaiqProblem[];
}

/** One row with a well-formed ID: its answer, ownership and texts, whether its answer is blank, and what is wrong. */
function readRow(
  sheet: SheetGrid,
  header: HeaderRow<CaiqColumn>,
  r: number,
  caiqId: string,
  control: string,
  problems: CaiqProblem[],
): { read: CaiqRow; blank: boolean } {
  const row = r + 1;
  const text = (column: CaiqColumn) => {
    const at = header.columns[column];
    return at === undefined ? '' : cellText(cellAt(sheet, r, at));
  };
  const answerText = text('answer');
  const answer = parseCaiqAnswer(answerText);
  if (answer === undefined) problems.push({ row, key: 'caiq.problems.answerNotAllowed', params: { row, id: caiqId, value: shown(answerText) } });
  const ownershipText = text('ownership');
  let ownership: CaiqOwnership | undefined = parseCaiqOwnership(ownershipText);
  if (ownership === undefined) {
    problems.push({ row, key: 'caiq.problems.ownershipUnknown', params: { row, id: caiqId, value: shown(ownershipText) } });
    ownership = 'unknown';
  }
  const implementation = clip(text('implementation'), MAX_CAIQ_TEXT_LENGTH);
  const customerResponsibilities = clip(text('customerResponsibilities'), MAX_CAIQ_TEXT_LENGTH);
  if (implementation.cut || customerResponsibilities.cut) {
    problems.push({ row, key: 'caiq.problems.textCut', params: { row, id: caiqId, limit: MAX_CAIQ_TEXT_LENGTH } });
  }
  return {
    read: {
      caiqId,
      control,
      row,
      answer: answer ?? 'none',
      ownership,
      implementation: implementation.text,
      customerResponsibilities: customerResponsibilities.text,
    },
    blank: answerText === '',
  };
}

/** The rows below the headings that have something in the ID column, up to MAX_CAIQ_ROWS of them. */
function readRows(sheet: SheetGrid, header: HeaderRow<CaiqColumn>): SheetRows {
  const idColumn = header.columns.id!;
  const rows: CaiqRow[] = [];
  const unanswered: string[] = [];
  const problems: CaiqProblem[] = [];
  const firstRowOf = new Map<string, number>();
  let taken = 0;
  let total = 0;
  for (let r = header.row + 1; r < sheet.rows.length; r += 1) {
    const idText = cellText(cellAt(sheet, r, idColumn));
    if (idText === '') continue;
    total += 1;
    if (taken === MAX_CAIQ_ROWS) continue;
    taken += 1;
    const row = r + 1;
    const match = QUESTION_ID.exec(idText.toUpperCase());
    if (!match) {
      if (MEANT_AS_ID.test(idText.toUpperCase())) problems.push({ row, key: 'caiq.problems.idMalformed', params: { row, value: shown(idText) } });
      continue;
    }
    const caiqId = match[0];
    const control = match[1]!;
    const first = firstRowOf.get(caiqId);
    if (first !== undefined) {
      problems.push({ row, key: 'caiq.problems.duplicate', params: { row, id: caiqId, first } });
      continue;
    }
    firstRowOf.set(caiqId, row);
    if (!isCcmV4Control(control)) problems.push({ row, key: 'caiq.problems.notCcmControl', params: { row, id: caiqId, control } });
    const { read, blank } = readRow(sheet, header, r, caiqId, control, problems);
    if (blank) unanswered.push(caiqId);
    rows.push(read);
  }
  if (total > MAX_CAIQ_ROWS) problems.unshift({ key: 'caiq.problems.tooManyRows', params: { count: total, limit: MAX_CAIQ_ROWS } });
  return { rows, unanswered, problems };
}

/** At most MAX_PROBLEMS, the last saying how many more there were. */
function capped(problems: CaiqProblem[]): CaiqProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - (MAX_PROBLEMS - 1);
  return [...problems.slice(0, MAX_PROBLEMS - 1), { key: 'caiq.problems.moreProblems', params: { count: more } }];
}

/**
 * Reads a vendor's CAIQ v4 workbook against a questionnaire: what it answers, what it leaves blank, what matches
 * none of our questions, what is wrong with it, and a suggestion for each question of ours its answers cover
 * (only the questions in `applicable`, when given: those the assessment's profile asks).
 */
export function readCaiqWorkbook(grid: WorkbookGrid, questionnaire: Questionnaire, applicable?: ReadonlySet<string>): CaiqWorkbookReading {
  const found = findCaiqSheet(grid);
  if (!found) return { kind: 'unknown' };
  const { rows, unanswered, problems } = readRows(found.sheet, found.header);
  const { suggestions, unmatched } = matchCaiqRows(questionnaire, rows, applicable);
  return {
    kind: 'caiq',
    sheet: found.sheet.name,
    headerRow: found.header.row + 1,
    rows: rows.length,
    answered: rows.filter((row) => row.answer !== 'none').length,
    unanswered,
    unmatched,
    problems: capped(problems),
    suggestions,
  };
}
