import { cellText, type CellValue } from '../../spreadsheet/grid';
import { answerSpecSchema, optionSchema, type AnswerSpec, type AnswerType, type QuestionnaireInput } from '../schema';
import { MAX_CELL_ENTRIES, numberText, readEntries, readNumber, writeEntries, type CellEntry } from './cell-notation';
import { shown, type RowScope } from './sheet-problems';

/**
 * How a question is answered, in the cells of its row. "Answer type" names the type; "Scores" says how
 * answers score, one `key: value` per line (cell-notation.ts), by type:
 *
 *   yesNo          yes: 1 / partial: 0.5 / no: 0, or empty for exactly these
 *   choice,        one line per answer, its ID and score:  enforcedAll: 1
 *   multiChoice    the labels go into "Answer options (DE)" and "(EN)", one line per answer:  enforcedAll: Für alle …
 *   number         score bands, the first that holds counts:  <= 7: 1 / >= 30: 0.5 / >= -10 and <= 5: 0.2
 *                  with "Unit (DE)", "Unit (EN)", and optionally "Minimum" and "Maximum"
 *   date           the same bands on the age in days, or empty for an unscored date
 *   text           nothing (and weight 0)
 *   certification  certificate, or report, either optionally with its validity: report, valid 12 months
 *
 * A cell that the type does not use must stay empty, so nothing typed into it is silently lost.
 */

export type AnswerColumn = 'type' | 'scores' | 'optionsDe' | 'optionsEn' | 'unitDe' | 'unitEn' | 'min' | 'max';
type AnswerInput = QuestionnaireInput['domains'][number]['sections'][number]['questions'][number]['answer'];

export const answerTypes = answerSpecSchema.options.map((option) => option.shape.type.value) as AnswerType[];

const usedBy: Record<AnswerType, readonly AnswerColumn[]> = {
  yesNo: ['scores'],
  choice: ['scores', 'optionsDe', 'optionsEn'],
  multiChoice: ['scores', 'optionsDe', 'optionsEn'],
  number: ['scores', 'unitDe', 'unitEn', 'min', 'max'],
  date: ['scores'],
  text: [],
  certification: ['scores'],
};
const answerColumns: readonly AnswerColumn[] = ['scores', 'optionsDe', 'optionsEn', 'unitDe', 'unitEn', 'min', 'max'];

type Band = { atLeast?: number; atMost?: number; score: number };

function bandsText(bands: readonly Band[]): string {
  return writeEntries(
    bands.map((band) => {
      const bounds = [band.atLeast === undefined ? '' : `>= ${numberText(band.atLeast)}`, band.atMost === undefined ? '' : `<= ${numberText(band.atMost)}`];
      return [bounds.filter(Boolean).join(' and '), numberText(band.score)] as const;
    }),
  );
}

/** The cells of a question's answer, for writing. */
export function answerCells(answer: AnswerSpec): Record<AnswerColumn, CellValue> {
  const cells: Record<AnswerColumn, CellValue> = {
    type: answer.type,
    scores: null,
    optionsDe: null,
    optionsEn: null,
    unitDe: null,
    unitEn: null,
    min: null,
    max: null,
  };
  switch (answer.type) {
    case 'yesNo': {
      const { yes, partial, no } = answer.scores;
      if (yes !== 1 || partial !== 0.5 || no !== 0) {
        cells.scores = writeEntries([
          ['yes', numberText(yes)],
          ['partial', numberText(partial)],
          ['no', numberText(no)],
        ]);
      }
      break;
    }
    case 'choice':
    case 'multiChoice':
      cells.scores = writeEntries(answer.options.map((o) => [o.id, numberText(o.score)] as const));
      cells.optionsDe = writeEntries(answer.options.map((o) => [o.id, o.label.de] as const));
      cells.optionsEn = writeEntries(answer.options.map((o) => [o.id, o.label.en] as const));
      break;
    case 'number':
      Object.assign(cells, {
        scores: bandsText(answer.bands),
        unitDe: answer.unit.de,
        unitEn: answer.unit.en,
        min: answer.min ?? null,
        max: answer.max ?? null,
      });
      break;
    case 'date':
      if (answer.ageBands) cells.scores = bandsText(answer.ageBands);
      break;
    case 'certification':
      cells.scores = answer.reportValidityMonths === undefined ? answer.kind : `${answer.kind}, valid ${answer.reportValidityMonths} months`;
      break;
  }
  return cells;
}

/** The entries of a cell, each line's key and value; undefined (with the problem reported) when a line is no entry. */
function entriesOf(cell: CellValue, column: AnswerColumn, scope: RowScope<AnswerColumn>, example: string): CellEntry[] | undefined {
  const read = readEntries(cellText(cell));
  if (read.ok) return read.entries;
  if (read.tooMany) scope.report('questionnaireSheets.row.tooManyLines', column, { limit: MAX_CELL_ENTRIES });
  else scope.report('questionnaireSheets.row.line', column, { line: read.line, example });
  return undefined;
}

/** A score from one line, checked as the schema checks an answer's score. */
function scoreOf(entry: CellEntry, column: AnswerColumn, scope: RowScope<AnswerColumn>): number | undefined {
  const score = readNumber(entry.value);
  if (score !== undefined && optionSchema.shape.score.safeParse(score).success) return score;
  scope.report('questionnaireSheets.row.score', column, { line: entry.line });
  return undefined;
}

const BOUNDS = /^(>=|<=|≥|≤)\s*(\S+?)(?:\s+and\s+(>=|<=|≥|≤)\s*(\S+))?$/i;

function bandsOf(cell: CellValue, scope: RowScope<AnswerColumn>): Band[] | undefined {
  const entries = entriesOf(cell, 'scores', scope, '<= 7: 1');
  if (!entries) return undefined;
  const bands: Band[] = [];
  for (const entry of entries) {
    const bounds = boundsOf(entry.key);
    if (!bounds) return scope.report('questionnaireSheets.row.line', 'scores', { line: entry.line, example: '<= 7: 1' });
    const score = scoreOf(entry, 'scores', scope);
    if (score === undefined) return undefined;
    bands.push({ ...bounds, score });
  }
  return bands;
}

/** `>= 30`, `<= 7` or both, joined by "and"; undefined for anything else. */
function boundsOf(key: string): Omit<Band, 'score'> | undefined {
  const match = BOUNDS.exec(key);
  if (!match) return undefined;
  const bounds: Omit<Band, 'score'> = {};
  for (const [operator, value] of [match.slice(1, 3), match.slice(3, 5)] as [string | undefined, string | undefined][]) {
    if (operator === undefined) continue;
    const side = operator === '>=' || operator === '≥' ? 'atLeast' : 'atMost';
    const bound = readNumber(value ?? '');
    if (bound === undefined || bounds[side] !== undefined) return undefined;
    bounds[side] = bound;
  }
  return bounds;
}

function yesNoOf(cell: CellValue, scope: RowScope<AnswerColumn>): AnswerInput | undefined {
  if (cellText(cell) === '') return { type: 'yesNo' };
  const entries = entriesOf(cell, 'scores', scope, 'partial: 0.5');
  if (!entries) return undefined;
  const scores = new Map<string, number>();
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    if (!['yes', 'partial', 'no'].includes(key) || scores.has(key)) return scope.report('questionnaireSheets.row.yesNoScores', 'scores');
    const score = scoreOf(entry, 'scores', scope);
    if (score === undefined) return undefined;
    scores.set(key, score);
  }
  if (scores.size !== 3) return scope.report('questionnaireSheets.row.yesNoScores', 'scores');
  return { type: 'yesNo', scores: { yes: scores.get('yes')!, partial: scores.get('partial')!, no: scores.get('no')! } };
}

/** An answer's labels in one language, by answer ID; each answer listed once, and only answers that exist. */
function labelsOf(cell: CellValue, column: 'optionsDe' | 'optionsEn', ids: readonly string[], scope: RowScope<AnswerColumn>): Map<string, string> | undefined {
  if (cellText(cell) === '') return scope.report('questionnaireSheets.row.empty', column);
  const entries = entriesOf(cell, column, scope, 'noOptOut: …');
  if (!entries) return undefined;
  const labels = new Map<string, string>();
  for (const { key, value } of entries) {
    if (!ids.includes(key)) return scope.report('questionnaireSheets.row.labelUnknown', column, { option: shown(key) });
    if (labels.has(key)) return scope.report('questionnaireSheets.row.optionTwice', column, { option: shown(key) });
    labels.set(key, value);
  }
  const missing = ids.find((id) => !labels.has(id));
  return missing === undefined ? labels : scope.report('questionnaireSheets.row.labelMissing', column, { option: shown(missing) });
}

function choiceOf(type: 'choice' | 'multiChoice', cell: (column: AnswerColumn) => CellValue, scope: RowScope<AnswerColumn>): AnswerInput | undefined {
  if (cellText(cell('scores')) === '') return scope.report('questionnaireSheets.row.empty', 'scores');
  const entries = entriesOf(cell('scores'), 'scores', scope, 'noOptOut: 0');
  if (!entries) return undefined;
  const scores = new Map<string, number>();
  for (const entry of entries) {
    if (!optionSchema.shape.id.safeParse(entry.key).success) return scope.report('questionnaireSheets.row.optionIdFormat', 'scores');
    if (scores.has(entry.key)) return scope.report('questionnaireSheets.row.optionTwice', 'scores', { option: shown(entry.key) });
    const score = scoreOf(entry, 'scores', scope);
    if (score === undefined) return undefined;
    scores.set(entry.key, score);
  }
  const ids = [...scores.keys()];
  const de = labelsOf(cell('optionsDe'), 'optionsDe', ids, scope);
  const en = labelsOf(cell('optionsEn'), 'optionsEn', ids, scope);
  if (!de || !en) return undefined;
  return { type, options: ids.map((id) => ({ id, label: { de: de.get(id)!, en: en.get(id)! }, score: scores.get(id)! })) };
}

function numberOf(cell: (column: AnswerColumn) => CellValue, scope: RowScope<AnswerColumn>): AnswerInput | undefined {
  const unreadable = (['min', 'max'] as const).filter((column) => cellText(cell(column)) !== '' && readNumber(cell(column)) === undefined);
  for (const column of unreadable) scope.report('questionnaireSheets.row.notNumber', column);
  if (cellText(cell('scores')) === '') return scope.report('questionnaireSheets.row.empty', 'scores');
  const bands = bandsOf(cell('scores'), scope);
  if (!bands || unreadable.length > 0) return undefined;
  const [min, max] = [readNumber(cell('min')), readNumber(cell('max'))];
  const unit = { de: cellText(cell('unitDe')), en: cellText(cell('unitEn')) };
  return { type: 'number', unit, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), bands };
}

const CERTIFICATION = /^(certificate|report)(?:\s*,\s*valid\s+(\S+)\s+months?)?$/i;

function certificationOf(cell: CellValue, scope: RowScope<AnswerColumn>): AnswerInput | undefined {
  const match = CERTIFICATION.exec(cellText(cell));
  const months = match?.[2] === undefined ? undefined : readNumber(match[2]);
  if (!match || (match[2] !== undefined && months === undefined)) return scope.report('questionnaireSheets.row.certification', 'scores');
  const kind = match[1]!.toLowerCase() as 'certificate' | 'report';
  return months === undefined ? { type: 'certification', kind } : { type: 'certification', kind, reportValidityMonths: months };
}

/**
 * A question's answer from its row, for the schema to check; undefined when a cell cannot be read, with the
 * problem reported for its column.
 */
export function readAnswer(cell: (column: AnswerColumn) => CellValue, scope: RowScope<AnswerColumn>): AnswerInput | undefined {
  const written = cellText(cell('type'));
  if (written === '') return scope.report('questionnaireSheets.row.empty', 'type');
  const type = answerTypes.find((t) => t.toLowerCase() === written.toLowerCase());
  if (!type) return scope.report('questionnaireSheets.row.oneOf', 'type', { values: answerTypes.join(', ') });
  const stray = answerColumns.filter((column) => !usedBy[type].includes(column) && cellText(cell(column)) !== '');
  for (const column of stray) scope.report('questionnaireSheets.row.notForType', column, { type });
  if (stray.length > 0) return undefined;
  switch (type) {
    case 'yesNo':
      return yesNoOf(cell('scores'), scope);
    case 'choice':
    case 'multiChoice':
      return choiceOf(type, cell, scope);
    case 'number':
      return numberOf(cell, scope);
    case 'date': {
      if (cellText(cell('scores')) === '') return { type: 'date' };
      const ageBands = bandsOf(cell('scores'), scope);
      return ageBands && { type: 'date', ageBands };
    }
    case 'text':
      return { type: 'text' };
    case 'certification':
      return certificationOf(cell('scores'), scope);
  }
}
