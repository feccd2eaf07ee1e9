import type { Recommendation } from './types';

/** What a recommendation pill says: a recommendation, or that there is nothing yet to base one on. */
export type ShownRecommendation = Recommendation | 'notAssessed';

/**
 * The recommendation as every screen shows it. With nothing answered there is no overall
 * score, and what the rules derive from no answers at all is no finding about the vendor:
 * it shows as not assessed. Takes the overall score raw or as shownScore rounds it (both are
 * null exactly when nothing is answered), so lists that keep only the rounded figure agree
 * with the assessment itself.
 */
export function shownRecommendation(score: number | null | undefined, recommendation: Recommendation): ShownRecommendation {
  return typeof score === 'number' && Number.isFinite(score) ? recommendation : 'notAssessed';
}

/** A decision a list can count, filter and sort by: none without a recommendation or while nothing is answered. */
export function decidedRecommendation(score: number | null | undefined, recommendation: Recommendation | null | undefined): Recommendation | null {
  if (!recommendation) return null;
  const shown = shownRecommendation(score, recommendation);
  return shown === 'notAssessed' ? null : shown;
}
