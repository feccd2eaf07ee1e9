import ExcelJS from 'exceljs';
import type { ComparisonModel } from '@shared/compare/model';
import { stampZipEntries } from '../zip-entries';
import { answersSheet, certificationsSheet } from './xlsx-matrices';
import { rankingSheet } from './xlsx-ranking';

/*
 * The vendor comparison as an XLSX workbook for procurement spreadsheets:
 *
 *   1. Ranking: title block (title, subtitle, generated, questionnaire, weight profile),
 *      the domain weights the ranking used, then the ranking table with one row per
 *      vendor in rank order (frozen header, autofilter).
 *   2. Certifications: certification × vendor matrix.
 *   3. Answers: question by question, one column per vendor and a yes/no column for
 *      "answers differ" to filter on.
 *
 * Scores, weights, ranks and counts are stored as numbers so the sheet can compute with
 * them; every text is a plain string value, never a formula, whatever it starts with.
 * The same model gives the same bytes: the document properties and the zip entries carry
 * the model's generation time, never the clock.
 */

const SHEET_NAME_MAX = 31;

/** A valid, unique sheet name: no []:*?/\, no leading or trailing apostrophe, at most 31 characters. */
function sheetName(wanted: string, fallback: string, taken: Set<string>): string {
  const clean = (text: string) =>
    text
      .replace(/[\u0000-\u001f\u007f[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, SHEET_NAME_MAX)
      .trim();
  let base = clean(wanted);
  // Excel reserves "History" for its change tracking.
  if (base === '' || base.toLowerCase() === 'history') base = clean(fallback);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Column headings for the vendors; a name that appears twice gets its rank so columns stay distinguishable. */
function vendorHeadings(model: ComparisonModel): string[] {
  const counts = new Map<string, number>();
  for (const v of model.vendors) counts.set(v.name, (counts.get(v.name) ?? 0) + 1);
  return model.vendors.map((v) => ((counts.get(v.name) ?? 0) > 1 ? `${v.name} (${model.labels.rank} ${v.rank})` : v.name));
}

/** The comparison as a workbook: ranking, certifications, answers. */
export async function comparisonXlsx(model: ComparisonModel): Promise<Buffer> {
  const when = new Date(model.generatedAt);
  if (Number.isNaN(when.getTime())) throw new Error('comparisonXlsx: generatedAt is not a timestamp');

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Assay';
  workbook.lastModifiedBy = 'Assay';
  workbook.created = when;
  workbook.modified = when;
  workbook.title = model.title;
  workbook.subject = model.subtitle;

  const taken = new Set<string>();
  const vendors = vendorHeadings(model);
  rankingSheet(workbook, model, sheetName(model.labels.ranking, 'Ranking', taken));
  certificationsSheet(workbook, model, sheetName(model.labels.certifications, 'Certifications', taken), vendors);
  answersSheet(workbook, model, sheetName(model.labels.answers, 'Answers', taken), vendors);
  workbook.views = [{ x: 0, y: 0, width: 28_000, height: 16_000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const packed = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(packed, when);
}
