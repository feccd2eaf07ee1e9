import type { Answer } from '../questionnaire/answers';
import type { ServiceProfile } from '../questionnaire/profile';
import { refKey } from '../questionnaire/catalog';
import type { Domain, DomainId, Localized, Questionnaire } from '../questionnaire/schema';
import { scoreAssessment, type RecommendationOverride, type ScoringResult } from '../scoring/engine';
import type { RiskTier } from '../scoring/risk';
import type { Recommendation } from '../scoring/types';
import { weighsAnyDomain } from '../scoring/domain-weights';
import type { RecommendationBasis } from './model';

/** One assessment to compare: what scoreAssessment needs, plus the vendor's name. */
export interface RankEntry {
  id: string;
  vendorName: string;
  questionnaire: Questionnaire;
  profile: ServiceProfile;
  answers: Readonly<Record<string, Answer>>;
  /** The assessment date (YYYY-MM-DD). */
  asOf: string;
  override?: RecommendationOverride;
  /**
   * Set for a finalised assessment: the recommendation it was finalised (and signed) with, and the overall
   * score that went with it. The comparison's weights change its scores and rank, never this decision.
   */
  finalised?: { recommendation: Recommendation; score: number | null };
}

/** A weight for each domain of the questionnaire being compared, by domain id. */
export type DomainWeights = Readonly<Record<DomainId, number>>;

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 10;

export interface RankedDomain {
  id: DomainId;
  weight: number;
  score: number | null;
  conservativeScore: number | null;
}

export interface RankedAssessment {
  id: string;
  vendorName: string;
  /** 1 for the best. */
  rank: number;
  score: number | null;
  conservativeScore: number;
  /** A finalised assessment's own recommendation; a draft's as derived under the ranking's weights. */
  recommendation: Recommendation;
  recommendationBasis: RecommendationBasis;
  /** The overall score the recommendation goes with: a finalised assessment's own, a draft's under these weights. */
  decisionScore: number | null;
  provisional: boolean;
  residualRisk: RiskTier;
  /** Triggered knock-out rules. */
  knockouts: { id: string; title: Localized }[];
  rejectedByKnockout: boolean;
  domains: RankedDomain[];
  result: ScoringResult;
}

export interface Ranking {
  weights: DomainWeights;
  entries: RankedAssessment[];
}

export const weightPresets = ['balanced', 'privacyFirst', 'resilienceFirst', 'securityFirst'] as const;
export type WeightPreset = (typeof weightPresets)[number];

/**
 * Fixed weights of the non-default presets, by the domains they name; "balanced" is the questionnaire's
 * default weights. A preset is offered only for a questionnaire that has every domain it names.
 */
const PRESET_WEIGHTS: Record<Exclude<WeightPreset, 'balanced'>, DomainWeights> = {
  privacyFirst: { security: 3, aiEthics: 5, dataResidency: 6, resilience: 1, governance: 2 },
  resilienceFirst: { security: 3, aiEthics: 1, dataResidency: 2, resilience: 6, governance: 2 },
  securityFirst: { security: 6, aiEthics: 1, dataResidency: 2, resilience: 2, governance: 2 },
};

/** The weight a domain has under these weights: its own, or its default where they leave it out. */
export const weightOf = (weights: DomainWeights, domain: Pick<Domain, 'id' | 'defaultWeight'>): number => weights[domain.id] ?? domain.defaultWeight;

/** A weight for every domain of the questionnaire, and only for those: given ones kept, missing ones at their default. */
export function completeWeights(questionnaire: Pick<Questionnaire, 'domains'>, weights: DomainWeights = {}): DomainWeights {
  return Object.fromEntries(questionnaire.domains.map((d) => [d.id, weightOf(weights, d)]));
}

export function defaultWeights(questionnaire: Pick<Questionnaire, 'domains'>): DomainWeights {
  return completeWeights(questionnaire);
}

/** The presets this questionnaire's domains allow, "balanced" first. */
export function availablePresets(questionnaire: Pick<Questionnaire, 'domains'>): WeightPreset[] {
  const has = new Set(questionnaire.domains.map((d) => d.id));
  return weightPresets.filter((preset) => preset === 'balanced' || Object.keys(PRESET_WEIGHTS[preset]).every((id) => has.has(id)));
}

export function presetWeights(preset: WeightPreset, questionnaire: Pick<Questionnaire, 'domains'>): DomainWeights {
  return preset === 'balanced' ? defaultWeights(questionnaire) : completeWeights(questionnaire, PRESET_WEIGHTS[preset]);
}

/** The preset these weights equal, if any. */
export function matchingPreset(weights: DomainWeights, questionnaire: Questionnaire): WeightPreset | null {
  return availablePresets(questionnaire).find((preset) => sameWeights(presetWeights(preset, questionnaire), weights)) ?? null;
}

/** Whether two sets of weights give every domain either names the same weight. */
export function sameWeights(a: DomainWeights, b: DomainWeights): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => a[id] === b[id]);
}

/** The questionnaires of the entries, each with the vendors answered against it, in the entries' order. */
export function questionnaireGroups(
  entries: readonly Pick<RankEntry, 'questionnaire' | 'vendorName'>[],
): { questionnaire: Questionnaire; vendorNames: string[] }[] {
  const groups = new Map<string, { questionnaire: Questionnaire; vendorNames: string[] }>();
  for (const entry of entries) {
    const key = refKey(entry.questionnaire);
    const group = groups.get(key) ?? { questionnaire: entry.questionnaire, vendorNames: [] };
    group.vendorNames.push(entry.vendorName);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A weight as entered, kept to a whole number in 0..10. */
export function clampWeight(value: number): number {
  if (!Number.isFinite(value)) return MIN_WEIGHT;
  return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, Math.round(value)));
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** The order of a ranking: vendors rejected by a knock-out rule last, then by overall score (unscored last), ties by name. */
export const rankOrder = (
  a: Pick<RankedAssessment, 'rejectedByKnockout' | 'score' | 'vendorName' | 'id'>,
  b: Pick<RankedAssessment, 'rejectedByKnockout' | 'score' | 'vendorName' | 'id'>,
): number =>
  Number(a.rejectedByKnockout) - Number(b.rejectedByKnockout) ||
  (b.score ?? -1) - (a.score ?? -1) ||
  byName(a.vendorName, b.vendorName) ||
  a.id.localeCompare(b.id);

/**
 * Scores every entry with the SAME domain weights and ranks them: vendors rejected by
 * a knock-out rule last, then by overall score (highest first, unscored last), ties by name.
 * Refuses weights that leave every domain at 0. Pure: no clock, no I/O.
 */
export function rankAssessments(entries: readonly RankEntry[], domainWeights: DomainWeights): Ranking {
  if (questionnaireGroups(entries).length > 1) {
    throw new RangeError('rankAssessments: the entries were answered against different questionnaires; their scores cannot be ranked together');
  }
  if (entries.some((entry) => !weighsAnyDomain(entry.questionnaire, domainWeights))) {
    throw new RangeError('rankAssessments: every domain weight is 0; at least one must be above 0');
  }
  const scored = entries.map((entry): Omit<RankedAssessment, 'rank'> => {
    const result = scoreAssessment({
      questionnaire: entry.questionnaire,
      profile: entry.profile,
      answers: entry.answers,
      domainWeights,
      asOf: entry.asOf,
      override: entry.override,
    });
    const knockouts = result.knockouts.filter((k) => k.status === 'triggered').map((k) => ({ id: k.id, title: k.title }));
    return {
      id: entry.id,
      vendorName: entry.vendorName,
      score: result.overall.score,
      conservativeScore: result.overall.conservativeScore,
      recommendation: entry.finalised?.recommendation ?? result.recommendation.final,
      recommendationBasis: entry.finalised ? 'final' : 'weights',
      decisionScore: entry.finalised ? entry.finalised.score : result.overall.score,
      provisional: result.recommendation.provisional,
      residualRisk: result.residualRisk,
      knockouts,
      rejectedByKnockout: knockouts.length > 0,
      domains: result.domains.map((d) => ({ id: d.id, weight: d.weight, score: d.score, conservativeScore: d.conservativeScore })),
      result,
    };
  });
  scored.sort(rankOrder);
  return { weights: { ...domainWeights }, entries: scored.map((entry, index) => ({ ...entry, rank: index + 1 })) };
}

export interface RankMove {
  id: string;
  vendorName: string;
  from: number;
  to: number;
}

export interface WeightChange {
  domainId: DomainId;
  from: number;
  to: number;
}

/** Why the vendor that rose most overtook another: the weight change that favoured it most. */
export interface RankCause {
  mover: RankMove;
  overtaken: { id: string; vendorName: string };
  weight: WeightChange;
  moverScore: number;
  overtakenScore: number;
}

export interface RankChange {
  /** Vendors whose rank changed, the biggest rise first. */
  moves: RankMove[];
  weightChanges: WeightChange[];
  cause: RankCause | null;
}

/** Which vendors moved between two rankings of the same assessments, and why. */
export function explainRankChange(before: Ranking, after: Ranking): RankChange {
  const previous = new Map(before.entries.map((e) => [e.id, e]));
  const moves: RankMove[] = [];
  for (const entry of after.entries) {
    const old = previous.get(entry.id);
    if (old && old.rank !== entry.rank) moves.push({ id: entry.id, vendorName: entry.vendorName, from: old.rank, to: entry.rank });
  }
  moves.sort((a, b) => b.from - b.to - (a.from - a.to) || a.to - b.to);
  const domainIds = [...new Set([...Object.keys(before.weights), ...Object.keys(after.weights)])];
  const weightChanges = domainIds
    .filter((id) => before.weights[id] !== after.weights[id])
    .map((id) => ({ domainId: id, from: before.weights[id] ?? 0, to: after.weights[id] ?? 0 }));

  let cause: RankCause | null = null;
  const mover = moves[0];
  if (mover && mover.to < mover.from && weightChanges.length > 0) {
    const now = new Map(after.entries.map((e) => [e.id, e]));
    // The best-placed vendor it passed: ahead of it before, behind it now.
    const overtaken = before.entries.find((e) => e.rank < mover.from && (now.get(e.id)?.rank ?? 0) > mover.to);
    const moverEntry = now.get(mover.id)!;
    const overtakenEntry = overtaken && now.get(overtaken.id);
    if (overtakenEntry) {
      let best: { effect: number; cause: RankCause } | null = null;
      for (const change of weightChanges) {
        const a = moverEntry.domains.find((d) => d.id === change.domainId)?.score;
        const b = overtakenEntry.domains.find((d) => d.id === change.domainId)?.score;
        if (a === null || a === undefined || b === null || b === undefined) continue;
        const effect = (change.to - change.from) * (a - b);
        if (effect > 0 && (!best || effect > best.effect)) {
          best = {
            effect,
            cause: { mover, overtaken: { id: overtakenEntry.id, vendorName: overtakenEntry.vendorName }, weight: change, moverScore: a, overtakenScore: b },
          };
        }
      }
      cause = best?.cause ?? null;
    }
  }
  return { moves, weightChanges, cause };
}
