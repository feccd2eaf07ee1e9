import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetWeights, weightPresets } from '@shared/compare/rank';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { scoreAssessment, type ScoringInput, type ScoringResult } from '@shared/scoring/engine';
import { SAMPLE_PROFILE as REPORT_PROFILE, sampleReportModel } from '../fixtures/sample-report';
import { sampleEntries } from '../fixtures/sample-comparison';
import { answersArb, asOfDate, domainWeightsArb, profileArb } from '../support/arbitraries';

/**
 * Every score of the seeded assessments, pinned: the sample vendors under every weight preset, the sample
 * report, and a fixed-seed set of generated assessments. The built-in questionnaire is released and never
 * changes, so no refactoring of the scoring may move one of these figures.
 */
function figures(result: ScoringResult) {
  return {
    overall: [result.overall.score, result.overall.conservativeScore],
    domains: result.domains.map((d) => `${d.id} w${d.weight} ${d.score} ${d.conservativeScore} ${d.atStake}`),
    explanation: result.overall.explanation.map((e) => `${e.id} ${e.points}`),
    risk: [result.inherentRisk, result.controlStrength, result.residualRisk],
    recommendation: [result.recommendation.derived, result.recommendation.final, result.recommendation.provisional],
    completion: [result.completion.applicable, result.completion.answered],
    knockouts: result.knockouts.map((k) => `${k.id} ${k.status}`),
    findings: result.findings.map((f) => `${f.id} ${f.severity} ${f.kind}`),
  };
}

describe('seeded assessments score as released', () => {
  it('the sample vendors under every preset', async () => {
    const pinned: Record<string, unknown> = {};
    for (const entry of sampleEntries(12)) {
      for (const preset of weightPresets) {
        const input: ScoringInput = { questionnaire: builtInQuestionnaire, profile: entry.profile, answers: entry.answers, asOf: entry.asOf };
        pinned[`${entry.vendorName} ${preset}`] = figures(scoreAssessment({ ...input, domainWeights: presetWeights(preset, builtInQuestionnaire) }));
      }
    }
    await expect(JSON.stringify(pinned, null, 1)).toMatchFileSnapshot('__snapshots__/seeded-sample-vendors.json');
  });

  it('the sample report', async () => {
    const model = sampleReportModel('en');
    const pinned = {
      profile: REPORT_PROFILE,
      decision: [model.decision.recommendation, model.decision.provisional],
      scores: model.scores,
      domains: model.domains.map((d) => [d.title, d.weight, d.score, d.conservativeScore, d.explanation]),
      findings: model.findings.map((f) => `${f.number} ${f.severity} ${f.kind}`),
    };
    await expect(JSON.stringify(pinned, null, 1)).toMatchFileSnapshot('__snapshots__/seeded-sample-report.json');
  });

  it('generated assessments with a fixed seed', async () => {
    const inputs = fc.sample(fc.record({ profile: profileArb, answers: answersArb(builtInQuestionnaire), asOf: asOfDate, domainWeights: domainWeightsArb }), {
      seed: 20261202,
      numRuns: 40,
    });
    const pinned = inputs.map((input) => figures(scoreAssessment({ questionnaire: builtInQuestionnaire, ...input })));
    await expect(JSON.stringify(pinned, null, 1)).toMatchFileSnapshot('__snapshots__/seeded-generated.json');
  });
});
