import { csvProblemPlace, readCsv, type CsvProblem } from '../../spreadsheet/csv';
import { cellText, type SheetGrid, type WorkbookGrid } from '../../spreadsheet/grid';
import { MAX_DOMAINS } from '../schema';
import { QUESTIONNAIRE_FILE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION, questionnaireFileSchema } from './file-format';
import { MAX_QUESTIONS, QUESTIONNAIRE_FILE_MAX_BYTES, QUESTIONNAIRE_FILE_MAX_MEGABYTES } from './limits';
import { readQuestionRows } from './question-rows';
import { summarise, type QuestionnaireReading } from './reading';
import { schemaProblems } from './schema-problems';
import { semanticProblems, semanticWarnings } from './semantic-checks';
import { domainColumns, knockoutColumns, metadataKeys, questionColumns, requiredQuestionColumns, type Heading, type MetadataKey } from './sheet-columns';
import { assemble, knockoutColumnWarnings, relocated } from './sheet-assembly';
import { place, shown } from './sheet-problems';
import { capped, type Problem } from './problem';
import { readDomainRows, readKnockoutRows } from './sheet-rows';
import { scanSheet, tableCell, withMergedValues, type MetadataEntry, type Table, type TableKind } from './sheet-tables';

/**
 * Reading a questionnaire from a workbook's or a CSV file's rows, trusting nothing: the tables are found,
 * each row is read and checked cell by cell, the questionnaire is put together and then checked exactly as a
 * JSON file is (questionnaireFileSchema, semanticProblems). A problem's path is the cell it is about, where
 * there is one (Questions!N17), so the import can point to it.
 */

const refuse = (problems: Problem[]): QuestionnaireReading => ({ ok: false, problems: capped(problems) });
const fileProblem = (key: Problem['key'], params?: Problem['params']): Problem => (params ? { path: 'file', key, params } : { path: 'file', key });
const isBlank = (sheet: SheetGrid) => sheet.rows.every((row) => row.every((cell) => cellText(cell) === ''));

const headingParams = (heading: Heading) => ({ column: heading.en, columnDe: heading.de });

/** The columns a found table lacks, as problems at its heading row. */
function missingColumns(tables: readonly Table[]): Problem[] {
  const required = {
    questions: requiredQuestionColumns as readonly string[],
    domains: Object.keys(domainColumns),
    knockouts: Object.keys(knockoutColumns),
  };
  const headings: Record<TableKind, Record<string, Heading>> = { questions: questionColumns, domains: domainColumns, knockouts: knockoutColumns };
  const keys = { questions: 'questionsColumn', domains: 'domainsColumn', knockouts: 'knockoutsColumn' } as const;
  return tables.flatMap((table) =>
    required[table.kind]
      .filter((column) => (table.header.columns as Record<string, number | undefined>)[column] === undefined)
      .map((column) => ({
        path: place(table.sheet, table.header.row, 0),
        key: `questionnaireSheets.file.${keys[table.kind]}` as const,
        params: headingParams(headings[table.kind][column]!),
      })),
  );
}

/** Headings of a found table that name no column of the format: their cells are not read, and the reader is told. */
function unknownColumns(tables: readonly Table[]): Problem[] {
  return tables.flatMap((table) =>
    table.header.unknown.map((heading) => ({
      path: place(table.sheet, table.header.row, 0),
      key: 'questionnaireSheets.file.unknownColumn' as const,
      params: { column: shown(heading) },
    })),
  );
}

/** The questionnaire's own facts: each given once (or the same way twice), none missing. */
function metadataOf(entries: readonly MetadataEntry[], problems: Problem[]): Map<MetadataKey, MetadataEntry> {
  const found = new Map<MetadataKey, MetadataEntry>();
  for (const entry of entries) {
    const first = found.get(entry.key);
    if (!first) found.set(entry.key, entry);
    else if (cellText(first.value) !== cellText(entry.value)) {
      problems.push({
        path: place(entry.sheet, entry.row, entry.column),
        key: 'questionnaireSheets.file.metadataTwice',
        params: { ...headingParams(metadataKeys[entry.key]), first: shown(cellText(first.value)), second: shown(cellText(entry.value)) },
      });
    }
  }
  for (const key of Object.keys(metadataKeys) as MetadataKey[]) {
    const entry = found.get(key);
    if (!entry || cellText(entry.value) === '') {
      const at = entry ? place(entry.sheet, entry.row, entry.column) : 'file';
      problems.push({ path: at, key: 'questionnaireSheets.file.metadataMissing', params: headingParams(metadataKeys[key]) });
    }
  }
  return found;
}

/** Formulas whose result the file does not hold, in rows that are read: their value is unknown. */
function formulaProblems(sheet: SheetGrid, used: ReadonlySet<number>): Problem[] {
  const cells = sheet.formulasWithoutValue.filter((cell) => used.has(Number(/\d+$/.exec(cell)?.[0] ?? 0) - 1));
  if (cells.length === 0) return [];
  const listed = cells.length > 5 ? `${cells.slice(0, 5).join(', ')} …` : cells.join(', ');
  return [{ path: place(sheet, 0, 0), key: 'questionnaireSheets.file.formulasWithoutValue', params: { sheet: shown(sheet.name || 'CSV'), cells: listed } }];
}

function readSheets(sheets: readonly SheetGrid[], notes: Problem[]): QuestionnaireReading {
  const contents = sheets.map((sheet) => ({ sheet, ...scanSheet(sheet) }));
  const tables = contents.flatMap((c) => c.tables);
  const ofKind = <K extends TableKind>(kind: K) => tables.filter((table): table is Table<K> => table.kind === kind);
  const [questionTables, domainTables, knockoutTables] = [ofKind('questions'), ofKind('domains'), ofKind('knockouts')];

  const structural = contents.flatMap((c) => formulaProblems(c.sheet, c.used));
  if (questionTables.length === 0) structural.push(fileProblem('questionnaireSheets.file.noQuestions'));
  if (domainTables.length === 0) structural.push(fileProblem('questionnaireSheets.file.noDomains'));
  structural.push(...missingColumns(tables));
  const questionCount = questionTables.reduce((sum, table) => sum + table.rows.length, 0);
  if (questionCount > MAX_QUESTIONS) structural.push(fileProblem('questionnaires.file.tooManyQuestions', { count: questionCount, limit: MAX_QUESTIONS }));
  const domainCount = domainTables.reduce((sum, table) => sum + table.rows.length, 0);
  if (domainCount > MAX_DOMAINS) structural.push(fileProblem('questionnaires.file.tooManyDomains', { count: domainCount, limit: MAX_DOMAINS }));
  // A hidden sheet may be where the missing table is.
  if (structural.length > 0) return refuse([...structural, ...notes]);

  const problems: Problem[] = [];
  const metadata = metadataOf(
    contents.flatMap((c) => c.metadata),
    problems,
  );
  const domains = readDomainRows(domainTables, problems);
  const knockouts = readKnockoutRows(knockoutTables, problems);
  // Every domain the table lists, read without fault or not, so a faulty domain row is not blamed on its questions.
  const listed = new Set(domainTables.flatMap((table) => table.rows.map((row) => cellText(tableCell(table, row, 'id')))));
  const { questions, sections } = readQuestionRows(questionTables, listed, problems);
  if (problems.length > 0) return refuse(problems);

  const { questionnaire, index } = assemble(metadata, domains, sections, questions, knockouts);
  const file = { format: QUESTIONNAIRE_FILE_FORMAT, formatVersion: QUESTIONNAIRE_FORMAT_VERSION, questionnaire };
  const parsed = questionnaireFileSchema.safeParse(file);
  if (!parsed.success) return refuse(schemaProblems(parsed.error.issues, file).map((problem) => relocated(problem, index)));
  const checked = parsed.data.questionnaire;
  const refused = semanticProblems(checked);
  if (refused.length > 0) return refuse(refused.map((problem) => relocated(problem, index)));

  const warnings = [
    ...notes,
    ...unknownColumns(tables),
    ...(knockoutTables.length === 0 ? [fileProblem('questionnaireSheets.file.noKnockouts')] : []),
    ...semanticWarnings(checked).map((problem) => relocated(problem, index)),
    ...knockoutColumnWarnings(checked, questions),
  ];
  return { ok: true, questionnaire: checked, summary: summarise(checked), warnings: capped(warnings) };
}

/**
 * Reads a questionnaire from a workbook's sheets, as the Node side's XLSX reader hands them over. Hidden
 * sheets are not read (a buyer could not see what they would bring in); a warning names each one that is not empty.
 */
export function readQuestionnaireWorkbook(grid: WorkbookGrid): QuestionnaireReading {
  const hidden = grid.sheets.filter((sheet) => sheet.state !== 'visible' && !isBlank(sheet));
  const notes = hidden.map((sheet) => fileProblem('questionnaireSheets.file.hiddenSheet', { sheet: shown(sheet.name) }));
  const visible = grid.sheets.filter((sheet) => sheet.state === 'visible').map(withMergedValues);
  if (visible.every(isBlank)) return refuse([fileProblem('questionnaires.file.empty'), ...notes]);
  return readSheets(visible, notes);
}

function csvProblem(problem: CsvProblem): Problem {
  const at = csvProblemPlace(problem) ?? 'file';
  switch (problem.code) {
    case 'tooLarge':
      return fileProblem('questionnaires.file.tooLarge', { limit: QUESTIONNAIRE_FILE_MAX_MEGABYTES });
    case 'utf16':
      return fileProblem('questionnaires.file.utf16');
    case 'notText':
      return fileProblem('questionnaireSheets.file.notText');
    case 'tooManyRows':
      return fileProblem('questionnaireSheets.file.tooManyRows', { limit: problem.limit });
    case 'tooManyColumns':
      return { path: at, key: 'questionnaireSheets.file.tooManyColumns', params: { row: problem.row + 1, limit: problem.limit } };
    case 'cellTooLong':
      return { path: at, key: 'questionnaireSheets.file.cellTooLong', params: { cell: at, limit: problem.limit } };
    case 'unclosedQuote':
      return { path: at, key: 'questionnaireSheets.file.unclosedQuote', params: { cell: at } };
    case 'textAfterQuote':
      return { path: at, key: 'questionnaireSheets.file.textAfterQuote', params: { cell: at } };
  }
}

/** Reads a questionnaire from a CSV file's bytes (see sheet-format.ts for what the file holds). Never throws. */
export function readQuestionnaireCsv(bytes: Uint8Array): QuestionnaireReading {
  if (bytes.length === 0) return refuse([fileProblem('questionnaires.file.empty')]);
  const reading = readCsv(bytes, { maxBytes: QUESTIONNAIRE_FILE_MAX_BYTES });
  if (!reading.ok) return refuse([csvProblem(reading.problem)]);
  const sheet: SheetGrid = { ...reading.sheet, name: '' };
  if (isBlank(sheet)) return refuse([fileProblem('questionnaires.file.empty')]);
  return readSheets([sheet], []);
}
