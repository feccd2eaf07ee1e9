import { overallOf } from '../scoring/engine';
import type { DomainId } from '../questionnaire/schema';
import { MAX_WEIGHT, MIN_WEIGHT, rankOrder, type DomainWeights, type Ranking } from './rank';

/**
 * How far the first place of a ranking holds when the weights move: the weights are whole numbers from 0 to 10, so
 * every weighting near the current one can be scored exactly. Domain scores do not depend on weights, and neither do
 * knock-outs: a weighting is ranked from the ranking's own domain scores, with the engine's overall score and the
 * ranking's own order.
 */

export interface Leader {
  id: string;
  vendorName: string;
}

/** The weights of one domain, the others kept, for which the leader stays first; and who leads just outside them. */
export interface WeightRange {
  domainId: DomainId;
  current: number;
  from: number;
  to: number;
  /** Who leads at `from - 1`, when that is a weighting (not every weight 0). */
  below?: { weight: number; leader: Leader };
  /** Who leads at `to + 1`, up to the highest weight. */
  above?: { weight: number; leader: Leader };
}

export interface Robustness {
  leader: Leader;
  ranges: WeightRange[];
  /** Weightings within one step of the current one in every domain (every weight 0 left out), and how many keep the leader first. */
  stability: { kept: number; total: number };
}

type Entry = Ranking['entries'][number];

/** Who ranks first under these weights, from the entries' domain scores. */
export function leaderUnder(entries: readonly Entry[], weights: DomainWeights): Entry | undefined {
  let best: (Pick<Entry, 'rejectedByKnockout' | 'score' | 'vendorName' | 'id'> & { entry: Entry }) | undefined;
  for (const entry of entries) {
    const score = overallOf(entry.domains.map((d) => ({ weight: weights[d.id] ?? 0, score: d.score })));
    const candidate = { rejectedByKnockout: entry.rejectedByKnockout, score, vendorName: entry.vendorName, id: entry.id, entry };
    if (!best || rankOrder(candidate, best) < 0) best = candidate;
  }
  return best?.entry;
}

const leaderOf = (entry: Entry): Leader => ({ id: entry.id, vendorName: entry.vendorName });
const weighsAny = (weights: DomainWeights) => Object.values(weights).some((weight) => weight > 0);

/** The ranking's first place under nearby weightings; undefined for fewer than two vendors. */
export function rankingRobustness(ranking: Ranking): Robustness | undefined {
  const { entries, weights } = ranking;
  const first = entries[0];
  if (!first || entries.length < 2) return undefined;
  const domainIds = Object.keys(weights);
  const leadsUnder = (changed: DomainWeights) => leaderUnder(entries, changed)!;

  const ranges = domainIds.map((domainId): WeightRange => {
    const current = weights[domainId]!;
    const at = (weight: number) => ({ ...weights, [domainId]: weight });
    const range: WeightRange = { domainId, current, from: current, to: current };
    for (let weight = current + 1; weight <= MAX_WEIGHT; weight += 1) {
      const leader = leadsUnder(at(weight));
      if (leader.id !== first.id) {
        range.above = { weight, leader: leaderOf(leader) };
        break;
      }
      range.to = weight;
    }
    for (let weight = current - 1; weight >= MIN_WEIGHT; weight -= 1) {
      if (!weighsAny(at(weight))) break;
      const leader = leadsUnder(at(weight));
      if (leader.id !== first.id) {
        range.below = { weight, leader: leaderOf(leader) };
        break;
      }
      range.from = weight;
    }
    return range;
  });

  // Every weighting with each weight at most one step from its current value.
  let kept = 0;
  let total = 0;
  const visit = (index: number, chosen: Record<DomainId, number>) => {
    if (index === domainIds.length) {
      if (!weighsAny(chosen)) return;
      total += 1;
      if (leadsUnder(chosen).id === first.id) kept += 1;
      return;
    }
    const id = domainIds[index]!;
    const current = weights[id]!;
    for (let weight = Math.max(MIN_WEIGHT, current - 1); weight <= Math.min(MAX_WEIGHT, current + 1); weight += 1)
      visit(index + 1, { ...chosen, [id]: weight });
  };
  visit(0, {});
  return { leader: leaderOf(first), ranges, stability: { kept, total } };
}
