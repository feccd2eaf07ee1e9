import { describe, expect, it } from 'vitest';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { scoreAssessment } from '@shared/scoring/engine';
import { shownScore } from '@shared/scoring/figures';
import { shownRecommendation } from '@shared/scoring/shown-recommendation';
import { mini } from '../fixtures/mini-questionnaire';

const profile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'medium',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const score = (answers: Parameters<typeof scoreAssessment>[0]['answers']) => scoreAssessment({ questionnaire: mini, profile, answers, asOf: '2026-03-02' });

describe('shownRecommendation', () => {
  it('shows an assessment with nothing answered as not assessed, whatever the rules derive from no answers', () => {
    const result = score({});
    expect(result.overall.score).toBeNull();
    expect(shownRecommendation(result.overall.score, result.recommendation.final)).toBe('notAssessed');
    // Lists keep only the rounded score: they say the same.
    expect(shownRecommendation(shownScore(result.overall.score), result.recommendation.final)).toBe('notAssessed');
  });

  it('shows the recommendation itself once anything is answered, even at a score of 0', () => {
    const result = score({ 'SEC-ISO27001': { status: 'answered', value: { held: 'no' } } });
    expect(result.overall.score).not.toBeNull();
    expect(shownRecommendation(result.overall.score, result.recommendation.final)).toBe(result.recommendation.final);
    expect(shownRecommendation(0, 'reject')).toBe('reject');
  });
});

describe('documents of an assessment with nothing answered', () => {
  it('say "not assessed" in the report, its PDF and the comparison, in both languages', async () => {
    const { buildReportModel } = await import('@shared/report/build');
    const { reportModelSchema } = await import('@shared/report/model');
    const { renderReportPdf } = await import('../../electron/services/documents/report/layout');
    const { buildComparisonModel } = await import('@shared/compare/build');
    const { comparisonModelSchema } = await import('@shared/compare/model');
    const { presetWeights, rankAssessments } = await import('@shared/compare/rank');
    const { compareAnswers } = await import('@shared/compare/text');
    const { comparisonCsv } = await import('@shared/compare/csv');
    const { fontsDir } = await import('../support/pdf-tools');
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const scratch = mkdtempSync(join(tmpdir(), 'assay-not-assessed-'));
    try {
      for (const [language, label] of [
        ['en', 'Not assessed'],
        ['de', 'Nicht bewertet'],
      ] as const) {
        const result = score({});
        const model = buildReportModel({
          language,
          generatedAt: '2026-03-04T09:30:00.000Z',
          vendor: { name: 'Five9', services: [] },
          assessment: { id: 'a-1', serviceName: 'Contact centre', assessor: 'Alex Example', assessmentDate: '2026-03-02', status: 'draft', revision: 1 },
          questionnaire: mini,
          result,
          answers: {},
          evidence: [],
          tracking: [],
          expiryWindowDays: 90,
        });
        expect(reportModelSchema.parse(model).decision).toMatchObject({ recommendation: 'notAssessed', label });
        const pdf = join(scratch, `report-${language}.pdf`);
        writeFileSync(pdf, await renderReportPdf(model, { fontsDir }));
        const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', pdf, '-']).toString();
        expect(page1).toContain(label);
        expect(page1).not.toContain(language === 'en' ? 'Approve with conditions' : 'Unter Auflagen freigeben');

        const entries = [
          { id: 'a-1', vendorName: 'Five9', questionnaire: mini, profile, answers: {}, asOf: '2026-03-02' },
          {
            id: 'a-2',
            vendorName: 'NICE',
            questionnaire: mini,
            profile,
            answers: { 'SEC-ISO27001': { status: 'answered', value: { held: 'no' } } },
            asOf: '2026-03-02',
          },
        ];
        const ranking = rankAssessments(entries as never, presetWeights('balanced', mini));
        const comparison = buildComparisonModel({
          language,
          generatedAt: '2026-03-04T09:30:00.000Z',
          questionnaire: mini,
          ranking,
          subjects: entries.map((e) => ({ id: e.id, serviceName: 'Contact centre', assessmentDate: '2026-03-02', status: 'draft' as const, tracking: [] })),
          answers: { subjectIds: ['a-1', 'a-2'], rows: compareAnswers(mini, entries as never, language) },
        });
        const vendors = comparisonModelSchema.parse(comparison).vendors;
        expect(vendors.find((v) => v.assessmentId === 'a-1')).toMatchObject({ recommendation: 'notAssessed', recommendationLabel: label });
        expect(vendors.find((v) => v.assessmentId === 'a-2')!.recommendation).not.toBe('notAssessed');
        const csv = comparisonCsv(ranking, ranking.weights, mini, language, {
          subjectIds: ['a-1', 'a-2'],
          rows: compareAnswers(mini, entries as never, language),
        });
        expect(csv.split('\n').find((line) => line.includes('Five9'))).toContain(label);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
