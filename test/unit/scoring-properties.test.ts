import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '@shared/questionnaire/answers';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { scoreValue } from '@shared/scoring/answer-score';
import { scoreAssessment, type ScoringInput } from '@shared/scoring/engine';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { mini } from '../fixtures/mini-questionnaire';
import { allQuestions, answersArb, asOfDate, domainWeightsArb, profileArb, valueArb } from '../support/arbitraries';

const EPS = 1e-9;
const RUNS = { numRuns: 150 };

function inputArb(questionnaire: Questionnaire) {
  return fc.record({
    profile: profileArb,
    answers: answersArb(questionnaire),
    asOf: asOfDate,
    domainWeights: domainWeightsArb,
    expiryWindowDays: fc.integer({ min: 0, max: 365 }),
  });
}

const scores = (input: ScoringInput) => {
  const result = scoreAssessment(input);
  return [result.overall.score ?? 0, result.overall.conservativeScore, ...result.domains.flatMap((d) => [d.score ?? 0, d.conservativeScore ?? 0])];
};

describe.each([
  ['mini questionnaire', mini],
  ['built-in bank', builtInQuestionnaire],
])('scoring invariants on the %s', (_name, questionnaire) => {
  const questions = allQuestions(questionnaire);

  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(inputArb(questionnaire), (input) => {
        const result = scoreAssessment({ questionnaire, ...input });
        for (const value of scores({ questionnaire, ...input })) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.controlStrength).toBeDefined();
        expect(result.residualRisk).toBeDefined();
        for (const q of result.questions) if (q.score !== null) expect(q.score >= 0 && q.score <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lowers a score when one answer is raised', () => {
    const arb = fc
      .integer({ min: 0, max: questions.length - 1 })
      .chain((index) => fc.tuple(fc.constant(index), valueArb(questions[index]!), valueArb(questions[index]!), inputArb(questionnaire)));
    fc.assert(
      fc.property(arb, ([index, a, b, input]) => {
        const question = questions[index]!;
        const [low, high] =
          scoreValue(question, a, input.asOf, input.expiryWindowDays) <= scoreValue(question, b, input.asOf, input.expiryWindowDays) ? [a, b] : [b, a];
        const withValue = (value: unknown) =>
          scores({ questionnaire, ...input, answers: { ...input.answers, [question.id]: { status: 'answered', value } as Answer } });
        const before = withValue(low);
        const after = withValue(high);
        after.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(before[i]! - EPS));
      }),
      RUNS,
    );
  });

  it('treats N/A as if the question were not in the questionnaire', () => {
    const optional = questions.filter((q) => q.allowNotApplicable);
    if (optional.length === 0) return;
    const arb = fc.tuple(fc.constantFrom(...optional), inputArb(questionnaire));
    fc.assert(
      fc.property(arb, ([question, input]) => {
        const withNa = scoreAssessment({ questionnaire, ...input, answers: { ...input.answers, [question.id]: { status: 'na' } } });
        const without: Questionnaire = {
          ...questionnaire,
          knockouts: [],
          domains: questionnaire.domains.map((d) => ({
            ...d,
            sections: d.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== question.id) })).filter((s) => s.questions.length > 0),
          })),
        };
        const removed = scoreAssessment({ questionnaire: without, ...input });
        expect(withNa.overall.score ?? -1).toBeCloseTo(removed.overall.score ?? -1, 9);
        expect(withNa.overall.conservativeScore).toBeCloseTo(removed.overall.conservativeScore, 9);
        withNa.domains.forEach((d, i) => expect(d.score ?? -1).toBeCloseTo(removed.domains[i]!.score ?? -1, 9));
      }),
      RUNS,
    );
  });

  it('always rejects when a knock-out is triggered', () => {
    fc.assert(
      fc.property(inputArb(questionnaire), (input) => {
        const result = scoreAssessment({ questionnaire, ...input });
        if (result.knockouts.some((k) => k.status === 'triggered')) expect(result.recommendation.derived).toBe('reject');
      }),
      RUNS,
    );
  });

  it('explains exactly the points lost, per domain and overall', () => {
    fc.assert(
      fc.property(inputArb(questionnaire), (input) => {
        const result = scoreAssessment({ questionnaire, ...input });
        for (const domain of result.domains) {
          const sum = domain.explanation.reduce((total, e) => total + e.points, 0);
          expect(sum).toBeCloseTo(domain.lost, 9);
          if (domain.score !== null) expect(domain.lost).toBeCloseTo(100 - domain.score, 9);
          const conservative = result.questions.filter((q) => q.domainId === domain.id).reduce((t, q) => t + q.conservativePointsLost, 0);
          if (domain.conservativeScore !== null) expect(conservative).toBeCloseTo(100 - domain.conservativeScore, 9);
        }
        const overallLost = result.overall.explanation.reduce((total, e) => total + e.points, 0);
        if (result.overall.score !== null) expect(overallLost).toBeCloseTo(100 - result.overall.score, 9);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputArb(questionnaire), (input) => {
        const first = scoreAssessment({ questionnaire, ...input });
        const second = scoreAssessment({ questionnaire, ...structuredClone(input) });
        expect(second).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});
