import { csvText } from '../../spreadsheet/csv';
import type { CellValue } from '../../spreadsheet/grid';
import type { Questionnaire } from '../schema';
import { answerCells } from './answer-cells';
import { writeEntries, yesNoText } from './cell-notation';
import { knockoutConditionText, profileConditionText, testedQuestions } from './condition-text';
import {
  domainColumns,
  headingsOf,
  knockoutColumns,
  metadataHeadings,
  metadataKeys,
  questionColumns,
  sheetNames,
  type DomainColumn,
  type KnockoutColumn,
  type QuestionColumn,
} from './sheet-columns';

/*
 * A questionnaire as a spreadsheet, one row per question, for buyers who write and review questionnaires in
 * Excel. The workbook (XLSX) has four sheets:
 *
 *   Questions           one row per question (sheet-columns.ts names the columns); the domain and section
 *                       by ID, the section's titles on each row; texts in German and English; how it is
 *                       answered and scored (answer-cells.ts); weight, severity, framework references (one
 *                       "framework: reference" per line), when it applies (condition-text.ts), whether N/A
 *                       is allowed (yes/no). "Knock-out criteria" lists the criteria that test the question,
 *                       for the reader; the criteria themselves live on their own sheet.
 *   Questionnaire       its ID, version and titles, as rows of name and value.
 *   Domains             one row per domain: ID, titles, descriptions, default weight; in questionnaire order.
 *   Knock-out criteria  one row per criterion: ID, titles, rationales, condition.
 *
 * A CSV file has one sheet, so it carries the same parts one under the other: the name/value rows, a blank
 * row, the domains table, the knock-out criteria, and the questions last. Either is read by finding its
 * parts wherever they are (sheet-tables.ts), headings in English or German.
 *
 * Order is the order of the rows: domains as listed, sections as first met, questions as they come.
 * Writing and reading give back an equal questionnaire.
 */

export interface QuestionnaireSheet {
  name: string;
  rows: CellValue[][];
}

const inOrder = <K extends string>(columns: Readonly<Record<K, unknown>>, cells: Record<K, CellValue>): CellValue[] =>
  (Object.keys(columns) as K[]).map((column) => cells[column]);

function metadataRows(questionnaire: Questionnaire): CellValue[][] {
  const { id, version, title } = questionnaire;
  const values = { id, version, titleDe: title.de, titleEn: title.en };
  return (Object.keys(metadataKeys) as (keyof typeof metadataKeys)[]).map((key) => [metadataKeys[key].en, values[key]]);
}

function domainRows(questionnaire: Questionnaire): CellValue[][] {
  return [
    headingsOf(domainColumns),
    ...questionnaire.domains.map((domain) =>
      inOrder<DomainColumn>(domainColumns, {
        id: domain.id,
        titleDe: domain.title.de,
        titleEn: domain.title.en,
        descriptionDe: domain.description.de,
        descriptionEn: domain.description.en,
        defaultWeight: domain.defaultWeight,
      }),
    ),
  ];
}

function knockoutRows(questionnaire: Questionnaire): CellValue[][] {
  return [
    headingsOf(knockoutColumns),
    ...questionnaire.knockouts.map((knockout) =>
      inOrder<KnockoutColumn>(knockoutColumns, {
        id: knockout.id,
        titleDe: knockout.title.de,
        titleEn: knockout.title.en,
        rationaleDe: knockout.rationale.de,
        rationaleEn: knockout.rationale.en,
        condition: knockoutConditionText(knockout.when),
      }),
    ),
  ];
}

function questionRows(questionnaire: Questionnaire): CellValue[][] {
  const testedBy = new Map<string, string[]>();
  for (const knockout of questionnaire.knockouts) {
    for (const id of testedQuestions(knockout.when)) testedBy.set(id, [...(testedBy.get(id) ?? []), knockout.id]);
  }
  const rows = questionnaire.domains.flatMap((domain) =>
    domain.sections.flatMap((section) =>
      section.questions.map((question) =>
        inOrder<QuestionColumn>(questionColumns, {
          id: question.id,
          domain: domain.id,
          section: section.id,
          sectionTitleDe: section.title.de,
          sectionTitleEn: section.title.en,
          textDe: question.text.de,
          textEn: question.text.en,
          guidanceDe: question.guidance.de,
          guidanceEn: question.guidance.en,
          evidenceDe: question.evidence.de,
          evidenceEn: question.evidence.en,
          remediationDe: question.remediation.de,
          remediationEn: question.remediation.en,
          ...answerCells(question.answer),
          weight: question.weight,
          severity: question.severity,
          knockouts: testedBy.get(question.id)?.join(', ') ?? null,
          references: writeEntries(
            question.references.map((r) => [r.framework, r.ref] as const),
            true,
          ),
          appliesWhen: question.appliesWhen ? profileConditionText(question.appliesWhen) : null,
          allowNotApplicable: yesNoText(question.allowNotApplicable),
        }),
      ),
    ),
  );
  return [headingsOf(questionColumns), ...rows];
}

/** The sheets of an XLSX export, the questions first; each sheet's first row is its heading row. */
export function questionnaireSheets(questionnaire: Questionnaire): QuestionnaireSheet[] {
  return [
    { name: sheetNames.questions, rows: questionRows(questionnaire) },
    { name: sheetNames.questionnaire, rows: [[...metadataHeadings], ...metadataRows(questionnaire)] },
    { name: sheetNames.domains, rows: domainRows(questionnaire) },
    { name: sheetNames.knockouts, rows: knockoutRows(questionnaire) },
  ];
}

/** The questionnaire as one CSV file (UTF-8 with byte-order mark, commas, RFC 4180): its parts one under the other. */
export function questionnaireCsv(questionnaire: Questionnaire): string {
  return csvText([...metadataRows(questionnaire), [], ...domainRows(questionnaire), [], ...knockoutRows(questionnaire), [], ...questionRows(questionnaire)]);
}

export { readQuestionnaireCsv, readQuestionnaireWorkbook } from './sheet-read';
