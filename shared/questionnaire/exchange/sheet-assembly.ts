import { cellText } from '../../spreadsheet/grid';
import type { Questionnaire } from '../schema';
import { testedQuestions } from './condition-text';
import type { Problem } from './problem';
import { questionColumn, type QuestionRow, type SectionRows } from './question-rows';
import type { MetadataKey } from './sheet-columns';
import { place, shown } from './sheet-problems';
import { localizedColumn, placeOf, type DomainFacts, type KnockoutInput, type Located } from './sheet-rows';
import { tableHeading, type MetadataEntry } from './sheet-tables';

/** Putting the rows together into one questionnaire, and saying the schema's findings about it of the cells they come from. */

/** Where each part of the assembled questionnaire was read from. */
export interface SheetIndex {
  metadata: ReadonlyMap<MetadataKey, MetadataEntry>;
  domains: Located<'domains'>[];
  /** The first row of each section, by domain and section index. */
  sections: Located<'questions'>[][];
  questions: Located<'questions'>[][][];
  questionsById: Map<string, Located<'questions'>>;
  knockouts: Located<'knockouts'>[];
}

/** The questionnaire the rows describe, unchecked: domains in table order, sections as first met, questions in row order. */
export function assemble(
  metadata: ReadonlyMap<MetadataKey, MetadataEntry>,
  domains: readonly (DomainFacts & { at: Located<'domains'> })[],
  sections: readonly SectionRows[],
  questions: readonly QuestionRow[],
  knockouts: readonly (KnockoutInput & { at: Located<'knockouts'> })[],
): { questionnaire: unknown; index: SheetIndex } {
  const fact = (key: MetadataKey) => cellText(metadata.get(key)?.value ?? null);
  const index: SheetIndex = { metadata, domains: [], sections: [], questions: [], questionsById: new Map(), knockouts: knockouts.map((k) => k.at) };
  const assembled = domains.map(({ at, ...domain }) => {
    const own = sections.filter((section) => section.domain === domain.id);
    const rows = own.map((section) => questions.filter((q) => q.domain === domain.id && q.section === section.id));
    index.domains.push(at);
    index.sections.push(own.map((section) => section.at));
    index.questions.push(rows.map((list) => list.map((q) => q.at)));
    for (const q of rows.flat()) index.questionsById.set(q.question.id, q.at);
    return { ...domain, sections: own.map((section, s) => ({ id: section.id, title: section.title, questions: rows[s]!.map((q) => q.question) })) };
  });
  const questionnaire = {
    id: fact('id'),
    version: fact('version'),
    title: { de: fact('titleDe'), en: fact('titleEn') },
    domains: assembled,
    knockouts: knockouts.map(({ at: _at, ...knockout }) => knockout),
  };
  return { questionnaire, index };
}

const segments = (rest: string): (string | number)[] =>
  rest
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The questionnaire's own facts by the path the JSON reader gives them. */
const metadataPaths = new Map<string, MetadataKey>([
  ['id', 'id'],
  ['version', 'version'],
  ['title.de', 'titleDe'],
  ['title.en', 'titleEn'],
]);

/** The cell a problem of the assembled questionnaire (path as the JSON reader words it) is about. */
function placeFor(path: string, index: SheetIndex): string | undefined {
  const question = /^domains\[(\d+)\]\.sections\[(\d+)\]\.questions\[(\d+)\](.*)$/.exec(path);
  if (question) {
    const at = index.questions[Number(question[1])]?.[Number(question[2])]?.[Number(question[3])];
    return at && placeOf(at, questionColumn(segments(question[4]!)));
  }
  const section = /^domains\[(\d+)\]\.sections\[(\d+)\](.*)$/.exec(path);
  if (section) {
    const at = index.sections[Number(section[1])]?.[Number(section[2])];
    const rest = segments(section[3]!);
    return at && placeOf(at, rest[0] === 'title' ? (rest[1] === 'de' ? 'sectionTitleDe' : 'sectionTitleEn') : 'section');
  }
  const domain = /^domains\[(\d+)\](.*)$/.exec(path);
  if (domain) {
    const at = index.domains[Number(domain[1])];
    const rest = segments(domain[2]!);
    return at && placeOf(at, rest.length === 0 || rest[0] === 'sections' ? 'id' : (localizedColumn(rest) as 'id'));
  }
  const knockout = /^knockouts\[(\d+)\](.*)$/.exec(path);
  if (knockout) {
    const at = index.knockouts[Number(knockout[1])];
    const rest = segments(knockout[2]!);
    return at && placeOf(at, rest.length === 0 || rest[0] === 'when' ? 'condition' : (localizedColumn(rest) as 'id'));
  }
  const named = /^question (.+)$/.exec(path);
  if (named) {
    const at = index.questionsById.get(named[1]!);
    return at && placeOf(at, 'id');
  }
  const fact = metadataPaths.get(path);
  const entry = fact && index.metadata.get(fact);
  return entry && place(entry.sheet, entry.row, entry.column);
}

/** A problem found in the assembled questionnaire, its path made the cell it comes from. */
export const relocated = (problem: Problem, index: SheetIndex): Problem => ({ ...problem, path: placeFor(problem.path, index) ?? problem.path });

/**
 * The "Knock-out criteria" column says which criteria test a question, for people reading the sheet; the
 * criteria themselves decide. Where the two disagree (a criterion was edited, the column was not) a warning
 * says so, rather than either being changed silently.
 */
export function knockoutColumnWarnings(questionnaire: Questionnaire, rows: readonly QuestionRow[]): Problem[] {
  const testedBy = new Map<string, string[]>();
  for (const knockout of questionnaire.knockouts) {
    for (const id of testedQuestions(knockout.when)) testedBy.set(id, [...(testedBy.get(id) ?? []), knockout.id]);
  }
  return rows.flatMap((row) => {
    if (row.knockoutsListed === undefined) return [];
    const actual = testedBy.get(row.question.id) ?? [];
    const listed = row.knockoutsListed;
    if (listed.length === actual.length && listed.every((id) => actual.includes(id))) return [];
    return [
      {
        path: placeOf(row.at, 'knockouts'),
        key: 'questionnaireSheets.row.knockoutColumn' as const,
        params: {
          row: row.at.row + 1,
          id: row.question.id,
          column: shown(tableHeading(row.at.table, 'knockouts')),
          listed: shown(listed.join(', ') || '—'),
          actual: actual.join(', ') || '—',
        },
      },
    ];
  });
}
