import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { comparisonXlsx } from '../../electron/services/documents/comparison/xlsx';
import { createFormatter } from '../../electron/services/documents/format';
import { renderReportPdf } from '../../electron/services/documents/report/layout';
import { buildComparisonModel } from '@shared/compare/build';
import { comparisonCsv } from '@shared/compare/csv';
import { rankAssessments, type DomainWeights, type RankEntry } from '@shared/compare/rank';
import { compareAnswers, formatScore } from '@shared/compare/text';
import { buildReportModel } from '@shared/report/build';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { questionnaireSchema, type DomainId, type QuestionnaireInput } from '@shared/questionnaire/schema';
import { scoreAssessment } from '@shared/scoring/engine';
import { shownPercent, shownPoints, shownScore } from '@shared/scoring/figures';
import { fontsDir } from '../support/pdf-tools';

const scratch = mkdtempSync(join(tmpdir(), 'assay-figures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const l = (en: string) => ({ en, de: `${en} (de)` });
const question = (id: string, weight: number) => ({
  id,
  text: l(`Question ${id}`),
  guidance: l('Guidance'),
  evidence: l('Evidence'),
  references: [{ framework: 'ISO 27001', ref: 'A.1' }],
  weight,
  answer: { type: 'yesNo' as const },
  allowNotApplicable: true,
  severity: 'medium' as const,
  remediation: l('Fix it'),
});
const domain = (id: DomainId, code: string, title: string, weights: number[]) => ({
  id,
  title: l(title),
  description: l(title),
  defaultWeight: 1,
  sections: [{ id: `${code}-MAIN`, title: l(title), questions: weights.map((w, i) => question(`${code}-${i + 1}`, w)) }],
});
const input: QuestionnaireInput = {
  id: 'figures-test',
  version: '1.0.0',
  title: l('Figures test'),
  domains: [
    domain('security', 'SEC', 'Security', [1]),
    // yes, yes, partial: 100 × (0.1 + 0.2 + 0.45) / 1.2 = 62.5 on paper, 62.49999999999999 in binary floating point.
    domain('aiEthics', 'AIE', 'AI ethics', [0.1, 0.2, 0.9]),
    domain('dataResidency', 'DAT', 'Data residency', [1]),
    domain('resilience', 'RSL', 'Resilience', [1]),
    domain('governance', 'GOV', 'Governance', [1]),
  ],
  knockouts: [],
};
const questionnaire = questionnaireSchema.parse(input);
const profile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'assistive',
  criticality: 'low',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const yes: Answer = { status: 'answered', value: 'yes' };
const partial: Answer = { status: 'answered', value: 'partial' };
const answers: Record<string, Answer> = { 'SEC-1': yes, 'AIE-1': yes, 'AIE-2': yes, 'AIE-3': partial, 'DAT-1': yes, 'RSL-1': yes, 'GOV-1': partial };
const AI_ETHICS = 1;
const asOf = '2026-03-02';
const result = scoreAssessment({ questionnaire, profile, answers, asOf });
const raw = result.domains[AI_ETHICS]!.score!;

const entries: RankEntry[] = [
  { id: 'nice', vendorName: 'NICE CXone', questionnaire, profile, asOf, answers },
  { id: 'five9', vendorName: 'Five9', questionnaire, profile, asOf, answers: { ...answers, 'AIE-3': yes } },
];
const weights = Object.fromEntries(questionnaire.domains.map((d) => [d.id, 1])) as DomainWeights;
const ranking = rankAssessments(entries, weights);
const rows = (language: 'en' | 'de') => ({ subjectIds: entries.map((e) => e.id), rows: compareAnswers(questionnaire, entries, language) });
const comparison = (language: 'en' | 'de') =>
  buildComparisonModel({
    language,
    generatedAt: '2026-03-04T09:30:00.000Z',
    questionnaire,
    ranking,
    subjects: entries.map((e) => ({ id: e.id, serviceName: 'Contact centre', assessmentDate: asOf, status: 'final', tracking: [] })),
    answers: rows(language),
  });

describe('shown figures', () => {
  it('round half up, also when floating point leaves a half just below', () => {
    expect(shownScore(69.5)).toBe(70);
    expect(shownScore(69.49999999999999)).toBe(70);
    expect(shownScore(69.4999)).toBe(69);
    expect(shownScore(0.5)).toBe(1);
    expect(shownScore(100.4)).toBe(100);
    expect(shownScore(null)).toBeNull();
    expect(shownScore(Number.NaN)).toBeNull();
    expect(shownPoints(30.25)).toBe(30.3);
    expect(shownPoints(7.849999999999999)).toBe(7.9);
    expect(shownPercent(1, 8)).toBe(13);
    expect(shownPercent(1, 0)).toBeNull();
  });

  it('the fixture really scores a domain at a half that floating point misses', () => {
    expect(raw).toBeCloseTo(62.5, 9);
    expect(raw).toBeLessThan(62.5);
    expect(Math.round(raw)).toBe(62);
  });

  it('a domain at 62.5 reads 63 on screen, in the report and its PDF, in the comparison, its CSV and its XLSX', async () => {
    // Screen: the assessment panel and the comparison table round through shownScore.
    expect(shownScore(raw)).toBe(63);
    expect(formatScore(ranking.entries.find((e) => e.id === 'nice')!.domains.find((d) => d.id === 'aiEthics')!.score, 'en')).toBe('63');

    // Report model and PDF page 1.
    const report = buildReportModel({
      language: 'en',
      generatedAt: '2026-03-04T09:30:00.000Z',
      vendor: { name: 'NICE CXone', services: [] },
      assessment: { id: 'a-1', serviceName: 'Contact centre', assessor: 'Alex Example', assessmentDate: asOf, status: 'final', revision: 1 },
      questionnaire,
      result,
      answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer }])),
      evidence: [],
      tracking: [],
      expiryWindowDays: 90,
    });
    expect(report.domains[AI_ETHICS]!.score).toBe(63);
    expect(createFormatter('de').score(report.domains[AI_ETHICS]!.score)).toBe('63');
    const pdf = join(scratch, 'report.pdf');
    writeFileSync(pdf, await renderReportPdf(report, { fontsDir }));
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', '-enc', 'UTF-8', pdf, '-']).toString();
    expect(page1).toMatch(/AI ethics\s+63\b/);

    // Comparison model (PDF), CSV and XLSX.
    const model = comparison('en');
    const nice = model.vendors.find((v) => v.assessmentId === 'nice')!;
    const column = model.domains.findIndex((d) => d.id === 'aiEthics');
    expect(nice.domainScores[column]).toBe(63);
    expect(createFormatter('en').score(nice.domainScores[column])).toBe('63');

    const csv = comparisonCsv(ranking, weights, questionnaire, 'en', rows('en'));
    const csvRow = csv
      .split('\r\n')
      .find((r) => r.split(',')[1] === 'NICE CXone')!
      .split(',');
    expect(csvRow[7 + questionnaire.domains.findIndex((d) => d.id === 'aiEthics')]).toBe('63');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await comparisonXlsx(model)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    let header = 0;
    let vendorRow = 0;
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === model.labels.rank) header = r;
      if (header > 0 && row.getCell(2).value === 'NICE CXone') vendorRow = r;
    });
    let aiColumn = 0;
    sheet.getRow(header).eachCell((c, col) => {
      if (c.value === 'AI ethics') aiColumn = col;
    });
    const cell = sheet.getCell(vendorRow, aiColumn);
    expect(cell.value).toBe(63);
  }, 30_000);
});
