import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparisonXlsx } from '../../electron/services/documents/comparison/xlsx';
import { buildComparisonModel } from '@shared/compare/build';
import { comparisonCsv } from '@shared/compare/csv';
import { presetWeights, rankAssessments, type RankEntry } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import type { Language } from '@shared/i18n';
import { buildPortfolio } from '@shared/portfolio/rows';
import { portfolioFigures } from '@shared/portfolio/figures';
import { expiryTimeline } from '@shared/portfolio/timeline';
import type { Answer } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { buildReportModel } from '@shared/report/build';
import { scoreAssessment } from '@shared/scoring/engine';
import { SAMPLE_PROFILE, sampleEntries } from '../fixtures/sample-comparison';

const AS_OF = '2026-03-02';
/** One SOC 2 Type II answer: period 1 Jan – 31 Dec 2025, report issued 20 Jan 2026. */
const SOC2: Answer = {
  status: 'answered',
  value: {
    held: 'yes',
    certificateId: 'SOC2-2025',
    issuer: 'Ernst & Young LLP',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    issueDate: '2026-01-20',
    scopeCoversService: true,
  },
};
const CURRENT_UNTIL = { iso: '2026-12-31', en: '31 Dec 2026', de: '31.12.2026' } as const;

/** The same report as stored before reports had a period: its period end in validUntil. */
const SOC2_STORED_BEFORE: Answer = {
  status: 'answered',
  value: { held: 'yes', certificateId: 'SOC2-2025', issuer: 'Ernst & Young LLP', validUntil: '2025-12-31', scopeCoversService: true },
};

const [base, other] = sampleEntries(2) as [RankEntry, RankEntry];
const withSoc2 = (answer: Answer): RankEntry => ({ ...base, answers: { ...base.answers, 'SEC-SOC2T2': answer } });
const subject = withSoc2(SOC2);
const soc2Text = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).find((q) => q.id === 'SEC-SOC2T2')!.text;
const result = scoreAssessment({ questionnaire: builtInQuestionnaire, profile: SAMPLE_PROFILE, answers: subject.answers, asOf: AS_OF });

function reportOf(language: Language, subject: RankEntry = withSoc2(SOC2)) {
  const result = scoreAssessment({ questionnaire: builtInQuestionnaire, profile: SAMPLE_PROFILE, answers: subject.answers, asOf: AS_OF });
  return buildReportModel({
    language,
    generatedAt: '2026-03-02T12:00:00.000Z',
    vendor: { name: subject.vendorName, services: [] },
    assessment: { id: subject.id, serviceName: 'Contact centre', assessor: 'Alex Example', assessmentDate: AS_OF, status: 'final', revision: 1 },
    questionnaire: builtInQuestionnaire,
    result,
    answers: Object.fromEntries(Object.entries(subject.answers).map(([id, answer]) => [id, { answer }])),
    evidence: [],
    tracking: [],
    expiryWindowDays: 90,
  });
}

function comparisonOf(language: Language, subject: RankEntry = withSoc2(SOC2)) {
  const entries = [subject, other];
  const weights = presetWeights('balanced', builtInQuestionnaire);
  const ranking = rankAssessments(entries, weights);
  const answers = { subjectIds: entries.map((e) => e.id), rows: compareAnswers(builtInQuestionnaire, entries, language) };
  const model = buildComparisonModel({
    language,
    generatedAt: '2026-03-04T09:30:00.000Z',
    questionnaire: builtInQuestionnaire,
    ranking,
    subjects: entries.map((e) => ({ id: e.id, serviceName: 'Contact centre', assessmentDate: AS_OF, status: 'final', tracking: [] })),
    answers,
  });
  const column = ranking.entries.findIndex((e) => e.id === subject.id);
  return { model, column, csv: comparisonCsv(ranking, weights, builtInQuestionnaire, language, answers) };
}

describe('one SOC 2 report, one current-until date everywhere', () => {
  for (const language of ['en', 'de'] as const) {
    const date = CURRENT_UNTIL[language];
    const label = language === 'en' ? 'current until' : 'aktuell bis';

    it(`shows the same date in the report's answer table and certificate appendix (${language})`, () => {
      const report = reportOf(language);
      const answer = report.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).find((q) => q.text === soc2Text[language])!;
      expect(answer.answer).toContain(`${label} ${date}`);
      expect(answer.answer).toContain(
        language === 'en' ? 'period 1 Jan – 31 Dec 2025 · issued 20 Jan 2026' : 'Prüfzeitraum 01.01. – 31.12.2025 · ausgestellt am 20.01.2026',
      );
      expect(answer.answer).not.toMatch(/valid until|gültig bis/i);
      expect(report.certifications.find((c) => c.name === 'SOC 2 Type II')).toMatchObject({ status: 'valid', validUntil: date });
      expect(report.labels.validUntil).toBe(language === 'en' ? 'Current until' : 'Aktuell bis');
    });

    it(`shows the same date in the comparison's answers, matrix, CSV and XLSX (${language})`, async () => {
      const { model, column, csv } = comparisonOf(language);
      const row = model.answers.flatMap((g) => g.rows).find((r) => r.text === soc2Text[language])!;
      expect(row.answers[column]).toContain(`${label} ${date}`);
      const cell = model.certifications.find((c) => c.name === 'SOC 2 Type II')!.cells[column]!;
      expect(cell).toMatchObject({ status: 'valid', validUntil: date });
      expect(model.labels.validUntil).toBe(label);
      expect(csv).toContain(`${label} ${date}`);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await comparisonXlsx(model)) as unknown as ArrayBuffer);
      const texts: string[] = [];
      for (const ws of workbook.worksheets) ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
      const soc2 = texts.filter((t) => t.includes(date));
      expect(soc2.length).toBeGreaterThanOrEqual(2);
      expect(soc2.every((t) => t.includes(`${label} ${date}`))).toBe(true);
    });
  }

  it('shows one date for an answer stored before reports had a period, where the answer said the period end', () => {
    const stored = withSoc2(SOC2_STORED_BEFORE);
    const report = reportOf('en', stored);
    const answer = report.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).find((q) => q.text === soc2Text.en)!.answer;
    expect(answer).toContain('period ending 31 Dec 2025 · current until 31 Dec 2026');
    expect(report.certifications.find((c) => c.name === 'SOC 2 Type II')!.validUntil).toBe('31 Dec 2026');
    const { model, column } = comparisonOf('en', stored);
    expect(model.answers.flatMap((g) => g.rows).find((r) => r.text === soc2Text.en)!.answers[column]).toContain('current until 31 Dec 2026');
    expect(model.certifications.find((c) => c.name === 'SOC 2 Type II')!.cells[column]!.validUntil).toBe('31 Dec 2026');
  });

  it('shows the same date in the portfolio row, key figures and expiry timeline', () => {
    const figures = portfolioFigures(result, builtInQuestionnaire, []);
    expect(figures.certifications).toContainEqual({ questionId: 'SEC-SOC2T2', name: 'SOC 2 Type II', status: 'valid', validUntil: CURRENT_UNTIL.iso });
    const rows = buildPortfolio(
      [{ id: 'v-1', name: subject.vendorName }],
      [
        {
          id: subject.id,
          vendorId: 'v-1',
          status: 'final',
          createdAt: '2026-03-02T10:00:00.000Z',
          revision: 1,
          assessmentDate: AS_OF,
          profile: SAMPLE_PROFILE,
          summary: { score: result.overall.score, residualRisk: result.residualRisk, recommendation: result.recommendation.final, ...figures },
        },
      ],
      AS_OF,
    );
    expect(rows[0]!.held).toContainEqual({ questionId: 'SEC-SOC2T2', name: 'SOC 2 Type II', validUntil: CURRENT_UNTIL.iso });
    const timeline = expiryTimeline(rows, AS_OF);
    expect(
      timeline.months
        .flatMap((m) => m.entries)
        .filter((e) => e.questionId === 'SEC-SOC2T2')
        .map((e) => e.validUntil),
    ).toEqual([CURRENT_UNTIL.iso]);
  });
});
