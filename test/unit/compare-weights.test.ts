import { describe, expect, it } from 'vitest';
import { buildComparisonModel } from '@shared/compare/build';
import { comparisonCsv, csvField } from '@shared/compare/csv';
import { comparisonModelSchema } from '@shared/compare/model';
import { ProfileError, withProfile } from '@shared/compare/profiles';
import { presetWeights, rankAssessments, type DomainWeights, type RankEntry } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import { contract } from '@shared/ipc/contract';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { weighsAnyDomain } from '@shared/scoring/domain-weights';
import { sampleComparisonModel, sampleEntries } from '../fixtures/sample-comparison';

const balanced = presetWeights('balanced', builtInQuestionnaire);
const allZero: DomainWeights = { security: 0, aiEthics: 0, dataResidency: 0, resilience: 0, governance: 0 };
const governanceHeavy: DomainWeights = { ...balanced, governance: 10 };

/**
 * Three sample vendors; the first has left governance unanswered, so its conservative score, residual
 * risk and derived recommendation collapse when governance weighs heavily.
 */
function entries(): RankEntry[] {
  const [first, ...rest] = sampleEntries(3);
  const governance = new Set(builtInQuestionnaire.domains.find((d) => d.id === 'governance')!.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const answers = Object.fromEntries(Object.entries(first!.answers).filter(([id]) => !governance.has(id)));
  return [{ ...first!, answers }, ...rest];
}

/** The first vendor finalised with the recommendation and score its own (default) weights gave it. */
function withFinalisedFirst(): { entries: RankEntry[]; finalRecommendation: string; finalScore: number | null } {
  const all = entries();
  const own = rankAssessments(all, balanced).entries.find((e) => e.id === all[0]!.id)!;
  return {
    entries: [{ ...all[0]!, finalised: { recommendation: own.recommendation, score: own.score } }, ...all.slice(1)],
    finalRecommendation: own.recommendation,
    finalScore: own.score,
  };
}

function modelOf(ranking: ReturnType<typeof rankAssessments>, list: RankEntry[], language: 'en' | 'de' = 'en') {
  return buildComparisonModel({
    language,
    generatedAt: '2026-03-04T09:30:00.000Z',
    questionnaire: builtInQuestionnaire,
    ranking,
    subjects: list.map((e) => ({
      id: e.id,
      serviceName: 'Contact centre',
      assessmentDate: '2026-03-02',
      status: e.finalised ? 'final' : 'draft',
      tracking: [],
    })),
    answers: { subjectIds: list.map((e) => e.id), rows: compareAnswers(builtInQuestionnaire, list, language) },
  });
}

describe('weights that leave every domain at 0', () => {
  it('count as weighing no domain; a domain left out keeps its default weight', () => {
    expect(weighsAnyDomain(builtInQuestionnaire, allZero)).toBe(false);
    expect(weighsAnyDomain(builtInQuestionnaire, { ...allZero, resilience: 1 })).toBe(true);
    expect(weighsAnyDomain(builtInQuestionnaire, {})).toBe(true);
    expect(weighsAnyDomain(builtInQuestionnaire, { security: 0, aiEthics: 0, dataResidency: 0, resilience: 0 })).toBe(true);
  });

  it('are refused by the ranking instead of ranking every vendor as a critical reject', () => {
    expect(() => rankAssessments(sampleEntries(3), allZero)).toThrow(/weight/);
    expect(() => rankAssessments(sampleEntries(3), { ...allZero, security: 1 })).not.toThrow();
  });

  it('are refused by the comparison model schema, and so by the export channel', () => {
    const model = sampleComparisonModel('en', 3);
    expect(comparisonModelSchema.safeParse(model).success).toBe(true);
    const zeroed = { ...model, domains: model.domains.map((d) => ({ ...d, weight: 0 })) };
    const parsed = comparisonModelSchema.safeParse(zeroed);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain('domains');
    const input = contract['compare:export'].input;
    expect(input.safeParse({ model, format: 'xlsx', fileName: 'Vendor comparison.xlsx' }).success).toBe(true);
    expect(input.safeParse({ model: zeroed, format: 'xlsx', fileName: 'Vendor comparison.xlsx' }).success).toBe(false);
  });

  it('cannot be saved as a weight profile', () => {
    expect(() => withProfile([], 'Nothing counts', allZero)).toThrow(new ProfileError('compare.profiles.errors.allZero'));
    expect(withProfile([], 'Only resilience', { ...allZero, resilience: 1 })).toHaveLength(1);
  });
});

describe('a finalised assessment in a comparison', () => {
  it('keeps the recommendation it was finalised with, whatever the weights; a draft’s follows them', () => {
    const { entries: list, finalRecommendation, finalScore } = withFinalisedFirst();
    const asDraft = rankAssessments(entries(), governanceHeavy).entries.find((e) => e.id === list[0]!.id)!;
    // Without its decision, these weights would derive another recommendation for it.
    expect(asDraft.recommendation).not.toBe(finalRecommendation);
    expect(asDraft.recommendationBasis).toBe('weights');

    // Governance alone: the finalised vendor answered none of it, so it has no score under these weights.
    const governanceOnly = { ...allZero, governance: 1 };
    for (const weights of [balanced, governanceHeavy, presetWeights('resilienceFirst', builtInQuestionnaire), governanceOnly]) {
      const ranking = rankAssessments(list, weights);
      const finalised = ranking.entries.find((e) => e.id === list[0]!.id)!;
      expect(finalised.recommendation).toBe(finalRecommendation);
      expect(finalised.recommendationBasis).toBe('final');
      // The pill goes with the score it was finalised with, not the one under these weights.
      expect(finalised.decisionScore).toBe(finalScore);
      for (const draft of ranking.entries.filter((e) => e.id !== list[0]!.id)) {
        expect(draft.recommendationBasis).toBe('weights');
        expect(draft.recommendation).toBe(draft.result.recommendation.final);
        expect(draft.decisionScore).toBe(draft.score);
      }
    }
    expect(rankAssessments(list, governanceOnly).entries.find((e) => e.id === list[0]!.id)!.score).toBeNull();
  });

  it('still ranks by its score under the chosen weights', () => {
    const { entries: list } = withFinalisedFirst();
    const withDecision = rankAssessments(list, governanceHeavy);
    const without = rankAssessments(entries(), governanceHeavy);
    expect(withDecision.entries.map((e) => [e.id, e.rank, e.score, e.conservativeScore])).toEqual(
      without.entries.map((e) => [e.id, e.rank, e.score, e.conservativeScore]),
    );
  });

  it('goes into the model, the PDF’s data and the CSV as finalised; drafts as derived under these weights', () => {
    const { entries: list, finalRecommendation } = withFinalisedFirst();
    const ranking = rankAssessments(list, governanceHeavy);
    const model = modelOf(ranking, list);
    expect(comparisonModelSchema.safeParse(model).success).toBe(true);
    const finalised = model.vendors.find((v) => v.assessmentId === list[0]!.id)!;
    expect(finalised.recommendation).toBe(finalRecommendation);
    expect(finalised.recommendationBasis).toBe('final');
    expect(model.vendors.filter((v) => v !== finalised).every((v) => v.recommendationBasis === 'weights')).toBe(true);
    expect(model.labels.asFinalised).toBe('as finalised');
    expect(model.labels.underWeights).toBe('under these weights');
    expect(modelOf(ranking, list, 'de').labels.underWeights).toBe('bei diesen Gewichten');

    const rows = comparisonCsv(ranking, governanceHeavy, builtInQuestionnaire, 'en', { subjectIds: list.map((e) => e.id), rows: [] }).split('\r\n');
    const csvRow = (v: (typeof model.vendors)[number]) => rows.find((r) => r.startsWith(`${v.rank},${v.name},`))!;
    const expected = (v: (typeof model.vendors)[number], basis: string) =>
      csvField(`${v.recommendationLabel} (${v.provisional ? 'provisional, ' : ''}${basis})`);
    expect(csvRow(finalised)).toContain(`,${expected(finalised, 'as finalised')},`);
    for (const v of model.vendors.filter((x) => x !== finalised)) expect(csvRow(v)).toContain(`,${expected(v, 'under these weights')},`);
  });
});
