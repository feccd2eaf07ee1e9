import { cellText } from '../../spreadsheet/grid';
import { domainSchema, knockoutSchema, type DomainInput, type QuestionnaireInput } from '../schema';
import { readNumber } from './cell-notation';
import { readKnockoutCondition, type ConditionProblem } from './condition-text';
import { MAX_STRING_LENGTH } from './limits';
import type { Problem } from './problem';
import { place, reportIssues, rowScope, shown, type RowScope } from './sheet-problems';
import { tableCell, tableHeading, type Table, type TableKind } from './sheet-tables';

/** Reading the rows of a table one by one into the objects the schema checks, every problem said of its row. */

type ColumnOf<K extends TableKind> = keyof Table<K>['header']['columns'] & string;

/** Where an object was read from: its table and 0-based row. */
export interface Located<K extends TableKind = TableKind> {
  table: Table<K>;
  row: number;
}

/** Where a row's cell is, as a problem's path; the row's ID cell when the column is not in the table. */
export function placeOf<K extends TableKind>({ table, row }: Located<K>, column?: ColumnOf<K>): string {
  const columns = table.header.columns as Partial<Record<string, number>>;
  return place(table.sheet, row, (column === undefined ? undefined : columns[column]) ?? columns.id ?? 0);
}

export interface TableRow<K extends TableKind> extends Located<K> {
  id: string;
  scope: RowScope<ColumnOf<K>>;
  text(column: ColumnOf<K>): string;
}

/**
 * Each row of the tables with an ID, in order, with a scope that words its problems. A row without an ID, or
 * with one an earlier row has, is reported and left out.
 */
export function* tableRows<K extends TableKind>(tables: readonly Table<K>[], problems: Problem[]): Generator<TableRow<K>> {
  const seen = new Map<string, number>();
  for (const table of tables) {
    for (const row of table.rows) {
      const text = (column: ColumnOf<K>) => cellText(tableCell(table, row, column));
      const id = text('id' as ColumnOf<K>);
      const located: Located<K> = { table, row };
      const scope = rowScope<ColumnOf<K>>({ row, id, heading: (column) => tableHeading(table, column), place: (column) => placeOf(located, column) }, problems);
      if (id === '') scope.report('questionnaireSheets.row.noId', 'id' as ColumnOf<K>);
      else if (seen.has(id)) scope.report('questionnaireSheets.row.idTwice', 'id' as ColumnOf<K>, { first: seen.get(id)! + 1 });
      else {
        seen.set(id, row);
        yield { ...located, id, scope, text };
      }
    }
  }
}

/** A long text of a row; one longer than a JSON file may hold is reported, so both formats take the same texts. */
export function longText<K extends TableKind>(row: TableRow<K>, column: ColumnOf<K>): string {
  const text = row.text(column);
  if (text.length > MAX_STRING_LENGTH) row.scope.report('questionnaireSheets.row.tooLong', column, { limit: MAX_STRING_LENGTH });
  return text;
}

/** A number of a row, reported when the cell is empty or holds no number. */
export function numberIn<K extends TableKind>(row: TableRow<K>, column: ColumnOf<K>): number | undefined {
  const cell = tableCell(row.table, row.row, column);
  if (cellText(cell) === '') return row.scope.report('questionnaireSheets.row.empty', column);
  return readNumber(cell) ?? row.scope.report('questionnaireSheets.row.notNumber', column);
}

export function reportCondition<C extends string>(scope: RowScope<C>, column: C, problem: ConditionProblem): void {
  switch (problem.kind) {
    case 'syntax':
      return scope.report('questionnaireSheets.row.conditionSyntax', column, { near: shown(problem.near) });
    case 'end':
      return scope.report('questionnaireSheets.row.conditionEnd', column);
    case 'depth':
      return scope.report('questionnaireSheets.row.conditionDepth', column, { limit: problem.limit });
    case 'field':
      return scope.report('questionnaireSheets.row.conditionField', column, { field: shown(problem.field), fields: problem.fields });
    case 'subject':
      return scope.report('questionnaireSheets.row.conditionSubject', column, { field: shown(problem.subject), fields: problem.fields });
    case 'operator':
      return scope.report('questionnaireSheets.row.conditionOperator', column, { field: shown(problem.field), example: problem.example });
    case 'value':
      return scope.report('questionnaireSheets.row.conditionValue', column, { field: problem.field, value: shown(problem.value), values: problem.values });
    case 'answer':
      return scope.report('questionnaireSheets.row.conditionAnswer', column, { question: shown(problem.question) });
  }
}

/** `['title', 'de']` → `titleDe`: the column a localized field of a row comes from. */
export const localizedColumn = (path: readonly PropertyKey[]): string =>
  path.length >= 2 && (path[1] === 'de' || path[1] === 'en') ? `${String(path[0])}${path[1] === 'de' ? 'De' : 'En'}` : String(path[0]);

export type DomainFacts = Omit<DomainInput, 'sections'>;
const domainFactsSchema = domainSchema.omit({ sections: true });

export function readDomainRows(tables: readonly Table<'domains'>[], problems: Problem[]): (DomainFacts & { at: Located<'domains'> })[] {
  const domains: (DomainFacts & { at: Located<'domains'> })[] = [];
  for (const row of tableRows(tables, problems)) {
    const before = problems.length;
    const facts = {
      id: row.id,
      title: { de: row.text('titleDe'), en: row.text('titleEn') },
      description: { de: longText(row, 'descriptionDe'), en: longText(row, 'descriptionEn') },
      defaultWeight: numberIn(row, 'defaultWeight') ?? 0,
    };
    const parsed = domainFactsSchema.safeParse(facts);
    if (!parsed.success) {
      const columnOf = (path: readonly PropertyKey[]) => localizedColumn(path) as ColumnOf<'domains'>;
      reportIssues(row.scope, parsed.error.issues, columnOf, () => 'questionnaireSheets.row.domainIdFormat');
    }
    if (problems.length === before) domains.push({ ...facts, at: row });
  }
  return domains;
}

export type KnockoutInput = QuestionnaireInput['knockouts'][number];

export function readKnockoutRows(tables: readonly Table<'knockouts'>[], problems: Problem[]): (KnockoutInput & { at: Located<'knockouts'> })[] {
  const knockouts: (KnockoutInput & { at: Located<'knockouts'> })[] = [];
  for (const row of tableRows(tables, problems)) {
    const before = problems.length;
    const written = row.text('condition');
    const when = written === '' ? undefined : readKnockoutCondition(written);
    if (when === undefined) row.scope.report('questionnaireSheets.row.empty', 'condition');
    else if (!when.ok) reportCondition(row.scope, 'condition', when.problem);
    const knockout = {
      id: row.id,
      title: { de: row.text('titleDe'), en: row.text('titleEn') },
      rationale: { de: longText(row, 'rationaleDe'), en: longText(row, 'rationaleEn') },
      when: when?.ok ? when.condition : { all: [] },
    };
    const parsed = knockoutSchema.safeParse(knockout);
    if (!parsed.success) {
      const columnOf = (path: readonly PropertyKey[]) => (path[0] === 'when' ? 'condition' : (localizedColumn(path) as ColumnOf<'knockouts'>));
      reportIssues(row.scope, parsed.error.issues, columnOf, () => 'questionnaireSheets.row.idFormat');
    }
    if (problems.length === before) knockouts.push({ ...knockout, at: row });
  }
  return knockouts;
}
