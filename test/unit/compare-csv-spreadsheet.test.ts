import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { comparisonXlsx } from '../../electron/services/documents/comparison/xlsx';
import { comparisonCsv, csvDialect, csvField } from '@shared/compare/csv';
import { rankAssessments, type DomainWeights, type RankEntry } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import type { Language } from '@shared/i18n';
import { formatterFor } from '@shared/i18n/format';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { questionnaireSchema, type DomainId, type QuestionnaireInput } from '@shared/questionnaire/schema';
import { shownScore } from '@shared/scoring/figures';
import { sampleComparisonModel } from '../fixtures/sample-comparison';

/*
 * Opens the comparison CSV the way a spreadsheet in the user's language opens a file by
 * double-click: LibreOffice Calc (headless), told the separator and the locale that German or
 * British Excel take from the system (German: ';' between fields, ',' as decimal mark).
 */

const l = (en: string) => ({ en, de: `${en} (Prüfung)` });
const domain = (id: DomainId, code: string, title: string) => ({
  id,
  title: l(title),
  description: l(title),
  defaultWeight: 2,
  sections: [
    {
      id: `${code}-MAIN`,
      title: l(title),
      questions: [
        {
          id: `${code}-Q`,
          text: l(`Question ${code}; with a semicolon, and a comma`),
          guidance: l('Guidance'),
          evidence: l('Evidence'),
          references: [{ framework: 'ISO 27001', ref: 'A.1' }],
          weight: 1,
          answer: { type: 'yesNo' as const },
          allowNotApplicable: true,
          severity: 'medium' as const,
          remediation: l('Fix it'),
        },
      ],
    },
  ],
});
const input: QuestionnaireInput = {
  id: 'csv-spreadsheet',
  version: '1.0.0',
  title: l('CSV'),
  domains: [
    domain('security', 'SEC', 'Security'),
    domain('aiEthics', 'AIE', 'AI ethics'),
    domain('dataResidency', 'DAT', 'Data residency'),
    domain('resilience', 'RSL', 'Resilience'),
    domain('governance', 'GOV', 'Governance'),
  ],
  knockouts: [],
};
const questionnaire = questionnaireSchema.parse(input);
const profile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'low',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const a = (value: string): Answer => ({ status: 'answered', value });
const entry = (id: string, vendorName: string, values: string[]): RankEntry => ({
  id,
  vendorName,
  questionnaire,
  profile,
  asOf: '2026-03-02',
  answers: Object.fromEntries(['SEC-Q', 'AIE-Q', 'DAT-Q', 'RSL-Q', 'GOV-Q'].map((q, i) => [q, a(values[i]!)])),
});
const entries = [
  entry('muller', 'Müller & Söhne; Köln', ['yes', 'partial', 'yes', 'no', 'yes']),
  entry('acme', 'Acme, Inc', ['partial', 'partial', 'no', 'yes', 'no']),
];
const weights: DomainWeights = { security: 3, aiEthics: 1, dataResidency: 2, resilience: 2, governance: 1 };
const ranking = rankAssessments(entries, weights);

const scratch = mkdtempSync(join(tmpdir(), 'assay-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** LibreOffice's CSV import options: separator, text delimiter ("), UTF-8, from row 1, standard columns, locale (LCID). */
const importOptions: Record<Language, string> = { de: 'CSV:59,34,76,1,,1031', en: 'CSV:44,34,76,1,,2057' };

/** The rows of the sheet LibreOffice makes of `csv`, each cell as ExcelJS reads it back. */
async function openInCalc(csv: string, language: Language, name: string): Promise<ExcelJS.CellValue[][]> {
  const file = join(scratch, `${name}.csv`);
  writeFileSync(file, csv, 'utf8');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(scratch, 'profile')}`,
      '--headless',
      `--infilter=${importOptions[language]}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      scratch,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(scratch, `${name}.xlsx`)) as unknown as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value);
  });
  return Array.from(rows, (row) => row ?? []);
}

describe('comparison CSV in a spreadsheet', () => {
  it('writes German numbers with a decimal comma and English ones with a point, never grouped', () => {
    expect(csvDialect('de')).toMatchObject({ separator: ';' });
    expect(csvDialect('en')).toMatchObject({ separator: ',' });
    expect(csvDialect('de').number(1234.5, 1)).toBe('1234,5');
    expect(csvDialect('en').number(1234.5, 1)).toBe('1234.5');
    expect(csvDialect('de').number(57)).toBe('57');
    expect(csvDialect('de').number(null)).toBe('');
    expect(csvField('a;b')).toBe('"a;b"');
  });

  for (const language of ['de', 'en'] as const) {
    it(`opens in a ${language === 'de' ? 'German' : 'British'} spreadsheet with one column per field and the scores as numbers`, async () => {
      const csv = comparisonCsv(ranking, weights, questionnaire, language, {
        subjectIds: entries.map((e) => e.id),
        rows: compareAnswers(questionnaire, entries, language),
      });
      const rows = await openInCalc(csv, language, `comparison-${language}`);
      const header = rows.findIndex((r) => r[0] === (language === 'de' ? 'Rang' : 'Rank'));
      expect(header).toBeGreaterThan(0);
      ranking.entries.forEach((e, i) => {
        const row = rows[header + 1 + i]!;
        expect(row[0]).toBe(e.rank);
        expect(row[1]).toBe(e.vendorName);
        expect(row[2]).toBe(shownScore(e.score));
        expect(row.slice(7, 12)).toEqual(questionnaire.domains.map((d) => shownScore(e.domains.find((x) => x.id === d.id)!.score)));
      });
      // The weights come first, one row per domain, as numbers.
      expect(rows.slice(0, 5).map((r) => r[2])).toEqual(questionnaire.domains.map((d) => weights[d.id]));
      const question = rows.find((r) => String(r[1]).startsWith('Question SEC'));
      expect(question?.[1]).toBe(questionnaire.domains[0]!.sections[0]!.questions[0]!.text[language]);
    }, 120_000);
  }

  it('has German decimals read as numbers by a German spreadsheet', async () => {
    const dialect = csvDialect('de');
    const csv = `\uFEFF${['Wert', dialect.number(56.7, 1), dialect.number(1234.25, 2)].join(dialect.separator)}\r\n`;
    const [row] = await openInCalc(csv, 'de', 'decimals-de');
    expect(row).toEqual(['Wert', 56.7, 1234.25]);
  }, 120_000);

  it('has the XLSX write its generation stamp the way the report does, in each language', async () => {
    for (const language of ['de', 'en'] as const) {
      const model = sampleComparisonModel(language);
      const file = join(scratch, `comparison-${language}.xlsx`);
      writeFileSync(file, await comparisonXlsx(model));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(scratch, 'profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          scratch,
          file,
        ],
        {
          stdio: 'pipe',
          timeout: 120_000,
        },
      );
      const shown = readFileSync(join(scratch, `comparison-${language}.csv`), 'utf8');
      expect(shown, language).toContain(formatterFor(language, { timeZone: 'UTC' }).dateTime(model.generatedAt));
    }
  }, 120_000);
});
