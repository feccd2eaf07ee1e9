import type { z } from 'zod';
import type { MessageKey } from '../../i18n/keys';
import { cellName, type SheetGrid } from '../../spreadsheet/grid';
import type { Problem } from './problem';
import { schemaProblems } from './schema-problems';

/** A problem of one row of a table, worded with the row's number and ID. */
export type RowMessage = Extract<MessageKey, `questionnaireSheets.row.${string}`>;
export type Params = Record<string, string | number>;

/** A text from the file as a message shows it: shortened, so a hostile file cannot fill the screen through one. */
export const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Where a cell is, as a spreadsheet's name box says it: Domains!F3, 'Knock-out criteria'!F3, or just F3 on
 * a sheet without a name (a CSV file's only one).
 */
export function place(sheet: SheetGrid, row: number, column: number): string {
  const cell = cellName(row, column);
  if (sheet.name === '') return cell;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? `${sheet.name}!${cell}` : `'${sheet.name.replace(/'/g, "''")}'!${cell}`;
}

export interface RowScope<C extends string> {
  /** 0-based row of the sheet. */
  readonly row: number;
  readonly id: string;
  /** Adds the problem; says undefined, so a reader can `return scope.report(…)` for the value it could not read. */
  report(key: RowMessage, column: C | undefined, params?: Params): undefined;
  /** Whether a column of this row has a problem already, so one cell is not blamed twice. */
  reported(column: C): boolean;
}

export interface RowScopeOptions<C extends string> {
  row: number;
  id: string;
  heading(column: C): string;
  place(column: C | undefined): string;
}

export function rowScope<C extends string>(options: RowScopeOptions<C>, into: Problem[]): RowScope<C> {
  const blamed = new Set<C>();
  return {
    row: options.row,
    id: options.id,
    report(key, column, params = {}) {
      if (column !== undefined) blamed.add(column);
      const named: Params = column === undefined ? {} : { column: shown(options.heading(column)) };
      into.push({ path: options.place(column), key, params: { row: options.row + 1, id: shown(options.id), ...named, ...params } });
      return undefined;
    },
    reported: (column) => blamed.has(column),
  };
}

/** The refinements of the questionnaire schema, said of a row. */
const refinementMessages: Partial<Record<MessageKey, RowMessage>> = {
  'questionnaires.schema.textWeight': 'questionnaireSheets.row.textWeight',
  'questionnaires.schema.dateWeight': 'questionnaireSheets.row.dateWeight',
  'questionnaires.schema.bandBound': 'questionnaireSheets.row.bandBound',
};

function issueMessage(issue: z.core.$ZodIssue, idFormat: RowMessage): [RowMessage, Params] {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || (issue.origin === 'array' && Number(issue.minimum) <= 1)) return ['questionnaireSheets.row.empty', {}];
      if (issue.origin === 'array') return ['questionnaireSheets.row.tooFew', { minimum: Number(issue.minimum) }];
      return ['questionnaireSheets.row.tooSmall', { minimum: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['questionnaireSheets.row.tooLong', { limit: Number(issue.maximum) }];
      return ['questionnaireSheets.row.tooBig', { maximum: Number(issue.maximum) }];
    case 'invalid_format':
      return [idFormat, {}];
    case 'custom': {
      const said = schemaProblems([issue], undefined)[0];
      return [(said && refinementMessages[said.key]) ?? 'questionnaireSheets.row.invalid', {}];
    }
    default:
      return ['questionnaireSheets.row.invalid', {}];
  }
}

/**
 * What the questionnaire schema says of an object made from one row, said of that row: each issue in the
 * column its path comes from, one per cell. `idFormat` words a malformed ID in that column.
 */
export function reportIssues<C extends string>(
  scope: RowScope<C>,
  issues: readonly z.core.$ZodIssue[],
  columnOf: (path: readonly PropertyKey[]) => C | undefined,
  idFormat: (column: C | undefined) => RowMessage,
): void {
  for (const issue of issues) {
    const column = columnOf(issue.path);
    if (column !== undefined && scope.reported(column)) continue;
    const [key, params] = issueMessage(issue, idFormat(column));
    scope.report(key, column, params);
  }
}
