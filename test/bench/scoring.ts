import fc from 'fast-check';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { presetWeights, rankAssessments, type RankEntry } from '@shared/compare/rank';
import { rankingRobustness } from '@shared/compare/robustness';
import { scoreAssessment } from '@shared/scoring/engine';
import { allQuestions, valueArb } from '../support/arbitraries';

const profile: ServiceProfile = {
  dataCategories: ['personal', 'payment', 'recordingsBiometrics'],
  aiAutonomy: 'autonomous',
  criticality: 'high',
  regulatoryScope: ['gdpr', 'dora', 'nis2', 'euAiAct'],
  sector: 'financial',
  requiresEuResidency: true,
};

/** Complete assessments (every question answered), generated from a fixed seed. */
function assessments(count: number): Record<string, Answer>[] {
  const questions = allQuestions(builtInQuestionnaire);
  const full = fc
    .tuple(...questions.map(valueArb))
    .map((values) => Object.fromEntries(values.map((value, i) => [questions[i]!.id, { status: 'answered', value } as Answer])));
  return fc.sample(full, { seed: 42, numRuns: count });
}

/** The floor: touch every answer once and add up whatever is numeric. */
function sumRawAnswers(answers: Record<string, Answer>): number {
  let total = 0;
  for (const answer of Object.values(answers)) {
    if (answer.status !== 'answered') continue;
    total += typeof answer.value === 'number' ? answer.value : answer.value === 'yes' ? 1 : 0.5;
  }
  return total;
}

function timeMs(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

export function benchScoring(repeats = 30) {
  const batch = assessments(1000);
  const one = batch[0]!;
  let sink = 0;
  const score = (answers: Record<string, Answer>) => {
    sink += scoreAssessment({ questionnaire: builtInQuestionnaire, profile, answers, asOf: '2026-06-30' }).overall.conservativeScore;
  };
  // Warm up the JIT before measuring.
  for (let i = 0; i < 200; i += 1) score(batch[i]!);

  const single: number[] = [];
  const singleBaseline: number[] = [];
  const thousand: number[] = [];
  const thousandBaseline: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    single.push(
      timeMs(() => {
        for (let i = 0; i < 100; i += 1) score(one);
      }) / 100,
    );
    singleBaseline.push(
      timeMs(() => {
        for (let i = 0; i < 100; i += 1) sink += sumRawAnswers(one);
      }) / 100,
    );
    if (r < 10) {
      thousand.push(timeMs(() => batch.forEach(score)));
      thousandBaseline.push(timeMs(() => batch.forEach((a) => (sink += sumRawAnswers(a)))));
    }
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work observable');
  return { questions: allQuestions(builtInQuestionnaire).length, single, singleBaseline, thousand, thousandBaseline };
}

/** Re-ranking 12 full assessments after a domain weight change, against sorting 12 precomputed scores. */
export function benchRerank(repeats = 30) {
  const batch = assessments(12);
  const entries: RankEntry[] = batch.map((answers, i) => ({
    id: `a${i}`,
    vendorName: `Vendor ${i}`,
    questionnaire: builtInQuestionnaire,
    profile,
    asOf: '2026-06-30',
    answers,
  }));
  const weights = presetWeights('balanced', builtInQuestionnaire);
  const scores = entries.map((_, i) => 50 + i);
  rankAssessments(entries, weights);
  const rerank: number[] = [];
  const baseline: number[] = [];
  // How far the first place holds: every weight's range and every weighting within one step, from one ranking.
  const robustness: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    let ranking = rankAssessments(entries, weights);
    rerank.push(timeMs(() => (ranking = rankAssessments(entries, { ...weights, resilience: r % 11 }))));
    baseline.push(timeMs(() => [...scores].sort((a, b) => b - a)));
    robustness.push(timeMs(() => rankingRobustness(ranking)));
  }
  return { rerank, baseline, robustness };
}
