/**
 * The vendor comparison as RFC 4180 CSV for procurement spreadsheets. Pure: no clock, no I/O.
 *
 * Layout (records separated by CRLF, a blank record between sections, a UTF-8 BOM first):
 *   1. one record per domain: "Weight", domain title, weight — the weights the ranking used;
 *   2. the ranking: a header record, then one record per vendor in rank order;
 *   3. the answers: a header record, then one record per question, one column per vendor (rank order).
 * The dialect follows `language` as a spreadsheet in that language opens a CSV file by double-click: English
 * with ',' between fields and '.' decimals, German (as German Excel reads it) with ';' between fields and ','
 * decimals. Numbers have no thousands separators; scores are the whole numbers every other view shows
 * (shownScore); labels follow `language`.
 */
import { localDateStamp } from './build';
import { sameWeights, type DomainWeights, type Ranking } from './rank';
import { answerColumnsInRankOrder, type SideBySideAnswers } from './text';
import { interpolate, messages, type Language } from '../i18n';
import { formatterFor } from '../i18n/format';
import { shownScore } from '../scoring/figures';
import type { Questionnaire } from '../questionnaire/schema';
import { shownRecommendation } from '../scoring/shown-recommendation';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** The answers the CSV lists, one column per subject. */
export type CsvAnswers = SideBySideAnswers;

type Cell = { text: string } | { number: number | null; digits: number };

/** How fields are separated and numbers written, per language. */
export interface CsvDialect {
  separator: ',' | ';';
  /** A number with `digits` decimals and no grouping; empty when there is none. */
  number(value: number | null, digits?: number): string;
}

export function csvDialect(language: Language): CsvDialect {
  const format = formatterFor(language);
  return {
    separator: language === 'de' ? ';' : ',',
    number: (value, digits = 0) => (value === null || !Number.isFinite(value) ? '' : format.plainNumber(value, digits)),
  };
}

/** Text that a spreadsheet would read as a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, semicolon, quote, CR or LF (a separator in either dialect); doubles its quotes. */
export function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const text = (value: string): Cell => ({ text: value });
const num = (value: number | null | undefined, digits = 0): Cell => ({ number: value ?? null, digits });

function record(cells: readonly Cell[], dialect: CsvDialect): string {
  return cells.map((c) => csvField('text' in c ? guardFormula(c.text) : dialect.number(c.number, c.digits))).join(dialect.separator);
}

export function comparisonCsv(ranking: Ranking, weights: DomainWeights, questionnaire: Questionnaire, language: Language, answers: CsvAnswers): string {
  if (!sameWeights(weights, ranking.weights)) throw new Error('comparisonCsv: the weights differ from the weights the ranking used');
  const m = messages[language];
  const c = m.compare;
  const domains = questionnaire.domains;
  const records: Cell[][] = [];

  for (const d of domains) records.push([text(c.csv.weight), text(d.title[language]), num(weights[d.id])]);
  records.push([]);

  records.push([
    text(c.ranking.rank),
    text(c.ranking.vendor),
    text(c.csv.overall),
    text(c.csv.conservative),
    text(c.ranking.recommendation),
    text(c.ranking.residual),
    text(c.ranking.knockouts),
    ...domains.map((d) => text(interpolate(c.csv.domainScore, { domain: d.title[language] }))),
  ]);
  for (const e of ranking.entries) {
    const recommendation = m.risk.recommendation[shownRecommendation(e.decisionScore, e.recommendation)];
    const qualifiers = [...(e.provisional ? [c.ranking.provisional] : []), e.recommendationBasis === 'final' ? c.ranking.asFinalised : c.ranking.underWeights];
    records.push([
      num(e.rank),
      text(e.vendorName),
      num(shownScore(e.score)),
      num(shownScore(e.conservativeScore)),
      text(interpolate(c.csv.qualified, { recommendation, qualifiers: qualifiers.join(', ') })),
      text(m.risk.tier[e.residualRisk]),
      num(e.knockouts.length),
      ...domains.map((d) => num(shownScore(e.domains.find((x) => x.id === d.id)?.score))),
    ]);
  }
  records.push([]);

  // Answer columns follow the ranking, whatever order the rows were built in.
  const columns = answerColumnsInRankOrder(ranking, answers.subjectIds);
  records.push([text(c.questions.number), text(c.questions.question), ...ranking.entries.map((e) => text(e.vendorName)), text(c.questions.differs)]);
  for (const row of answers.rows) {
    if (row.answers.length !== answers.subjectIds.length) throw new Error(`comparisonCsv: row ${row.id} has ${row.answers.length} answers`);
    records.push([text(row.number), text(row.text), ...columns.map((i) => text(row.answers[i]!)), text(row.differs ? c.csv.yes : c.csv.no)]);
  }

  const dialect = csvDialect(language);
  return CSV_BOM + records.map((r) => record(r, dialect)).join(CRLF) + CRLF;
}

/** "Comparison 2026-03-02.csv", from the local calendar date of `now`. */
export function comparisonCsvFileName(now: Date, language: Language): string {
  return interpolate(messages[language].compare.csv.fileName, { date: localDateStamp(now) });
}
