import { cellText } from '../../spreadsheet/grid';
import { localizedNameSchema, MAX_NAME_LENGTH, questionSchema, sectionSchema, severities, type QuestionnaireInput } from '../schema';
import { readAnswer } from './answer-cells';
import { MAX_CELL_ENTRIES, readEntries, readYesNo } from './cell-notation';
import { readProfileCondition } from './condition-text';
import type { Problem } from './problem';
import type { QuestionColumn } from './sheet-columns';
import { reportIssues, shown, type RowMessage } from './sheet-problems';
import { localizedColumn, longText, numberIn, reportCondition, tableRows, type Located, type TableRow } from './sheet-rows';
import { tableCell, type Table } from './sheet-tables';

/** The question table's rows: each row one question, placed in its domain and section by ID. */

type QuestionInput = QuestionnaireInput['domains'][number]['sections'][number]['questions'][number];

export interface QuestionRow {
  question: QuestionInput;
  domain: string;
  section: string;
  at: Located<'questions'>;
  /** What the row's "Knock-out criteria" cell lists, when the table has that column. */
  knockoutsListed?: string[];
}

export interface SectionRows {
  id: string;
  domain: string;
  title: { de: string; en: string };
  /** The row the section first appears in. */
  at: Located<'questions'>;
}

/** The column a path of a question object comes from. */
export function questionColumn(path: readonly PropertyKey[]): QuestionColumn {
  const [first, second, , fourth, fifth] = path;
  if (first === undefined) return 'weight';
  if (first === 'answer') {
    if (second === 'type' || second === 'min' || second === 'max') return second;
    if (second === 'unit') return path[2] === 'de' ? 'unitDe' : 'unitEn';
    if (second === 'options' && fourth === 'label') return fifth === 'de' ? 'optionsDe' : 'optionsEn';
    return 'scores';
  }
  return localizedColumn(path) as QuestionColumn;
}

const idFormatIn = (column: QuestionColumn | undefined): RowMessage =>
  column === 'scores' ? 'questionnaireSheets.row.optionIdFormat' : 'questionnaireSheets.row.idFormat';

function referencesOf(row: TableRow<'questions'>): { framework: string; ref: string }[] {
  const read = readEntries(row.text('references'), true);
  if (read.ok) return read.entries.map(({ key, value }) => ({ framework: key, ref: value }));
  if (read.tooMany) row.scope.report('questionnaireSheets.row.tooManyLines', 'references', { limit: MAX_CELL_ENTRIES });
  else row.scope.report('questionnaireSheets.row.line', 'references', { line: read.line, example: 'ISO/IEC 27001:2022: A.5.22' });
  return [];
}

/** A question from its row, every cell read; what cannot be read is reported and stands in as a value the schema passes over. */
function questionOf(row: TableRow<'questions'>): QuestionInput {
  const severity = row.text('severity').toLowerCase();
  if (severity === '') row.scope.report('questionnaireSheets.row.empty', 'severity');
  else if (!(severities as readonly string[]).includes(severity))
    row.scope.report('questionnaireSheets.row.oneOf', 'severity', { values: severities.join(', ') });
  const allowed = tableCell(row.table, row.row, 'allowNotApplicable');
  const allowNotApplicable = cellText(allowed) === '' ? undefined : readYesNo(allowed);
  if (allowNotApplicable === undefined) {
    row.scope.report(cellText(allowed) === '' ? 'questionnaireSheets.row.empty' : 'questionnaireSheets.row.yesNo', 'allowNotApplicable');
  }
  const applies = row.text('appliesWhen') === '' ? undefined : readProfileCondition(row.text('appliesWhen'));
  if (applies && !applies.ok) reportCondition(row.scope, 'appliesWhen', applies.problem);
  const answer = readAnswer((column) => tableCell(row.table, row.row, column), row.scope);
  const localized = (column: 'text' | 'guidance' | 'evidence' | 'remediation') => ({
    de: longText(row, `${column}De`),
    en: longText(row, `${column}En`),
  });
  return {
    id: row.id,
    text: localized('text'),
    guidance: localized('guidance'),
    evidence: localized('evidence'),
    references: referencesOf(row),
    weight: numberIn(row, 'weight') ?? 0,
    // A yes/no answer has no rule on the weight, so an unreadable answer is not blamed twice.
    answer: answer ?? { type: 'yesNo' },
    allowNotApplicable: allowNotApplicable ?? false,
    ...(applies?.ok ? { appliesWhen: applies.condition } : {}),
    severity: severity as QuestionInput['severity'],
    remediation: localized('remediation'),
  };
}

type SectionState = SectionRows & { first: TableRow<'questions'>; titled: { de?: number; en?: number } };

/** The section a row names, made on its first row; a row that puts it into another domain, or retitles it, is reported. */
function sectionOf(row: TableRow<'questions'>, domain: string, sections: Map<string, SectionState>): void {
  const id = row.text('section');
  if (id === '') return row.scope.report('questionnaireSheets.row.empty', 'section');
  if (!sectionSchema.shape.id.safeParse(id).success) return row.scope.report('questionnaireSheets.row.idFormat', 'section');
  const section = sections.get(id) ?? { id, domain, title: { de: '', en: '' }, at: row, first: row, titled: {} };
  sections.set(id, section);
  // A row whose own domain is wrong is reported for that; it does not decide the section's domain either.
  if (section.domain === '') section.domain = domain;
  if (domain !== '' && section.domain !== domain) {
    row.scope.report('questionnaireSheets.row.sectionDomain', 'domain', { section: shown(id), domain: shown(section.domain), first: section.at.row + 1 });
  }
  for (const language of ['de', 'en'] as const) {
    const column = language === 'de' ? 'sectionTitleDe' : 'sectionTitleEn';
    const title = row.text(column);
    const first = section.titled[language];
    if (title === '') continue;
    if (!localizedNameSchema.shape[language].safeParse(title).success) row.scope.report('questionnaireSheets.row.tooLong', column, { limit: MAX_NAME_LENGTH });
    else if (first === undefined) [section.title[language], section.titled[language]] = [title, row.row];
    else if (section.title[language] !== title)
      row.scope.report('questionnaireSheets.row.sectionTitleDiffers', column, { section: shown(id), first: first + 1 });
  }
}

/**
 * Every question row, checked cell by cell and then by the question schema; and the sections the rows name,
 * each in one domain, titled by the first row that gives a title. A section title repeated on later rows must
 * be the same; left empty there, it is taken from the first.
 */
export function readQuestionRows(
  tables: readonly Table<'questions'>[],
  domains: ReadonlySet<string>,
  problems: Problem[],
): { questions: QuestionRow[]; sections: SectionRows[] } {
  const questions: QuestionRow[] = [];
  const sections = new Map<string, SectionState>();
  for (const row of tableRows(tables, problems)) {
    const before = problems.length;
    const domain = row.text('domain');
    if (domain === '') row.scope.report('questionnaireSheets.row.empty', 'domain');
    else if (!domains.has(domain))
      row.scope.report('questionnaireSheets.row.unknownDomain', 'domain', {
        domain: shown(domain),
        domains: [...domains].filter(Boolean).map(shown).join(', '),
      });
    sectionOf(row, domains.has(domain) ? domain : '', sections);
    const question = questionOf(row);
    const parsed = questionSchema.safeParse(question);
    if (!parsed.success) reportIssues(row.scope, parsed.error.issues, questionColumn, idFormatIn);
    const listed = row.table.header.columns.knockouts === undefined ? undefined : row.text('knockouts');
    const knockoutsListed = listed?.split(/[,;\n]/).flatMap((id) => (id.trim() === '' ? [] : [id.trim()]));
    if (problems.length === before) questions.push({ question, domain, section: row.text('section'), at: row, knockoutsListed });
  }
  for (const section of sections.values()) {
    if (section.titled.de === undefined) section.first.scope.report('questionnaireSheets.row.empty', 'sectionTitleDe');
    if (section.titled.en === undefined) section.first.scope.report('questionnaireSheets.row.empty', 'sectionTitleEn');
  }
  return { questions, sections: [...sections.values()].map(({ id, domain, title, at }) => ({ id, domain, title, at })) };
}
