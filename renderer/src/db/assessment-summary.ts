import { portfolioFigures } from '@shared/portfolio/figures';
import type { Questionnaire } from '@shared/questionnaire/schema';
import type { ScoringResult } from '@shared/scoring/engine';
import type { FindingTrackingRow } from '@shared/scoring/open-findings';
import type { AssessmentSummary } from './database';

/**
 * The figures kept with a finalised assessment, so lists and the portfolio never
 * score it again: scores, risk, decision, open findings after tracking and the
 * certifications with their expiry.
 */
export function summaryOf(result: ScoringResult, questionnaire: Questionnaire, tracking: readonly FindingTrackingRow[]): AssessmentSummary {
  return {
    score: result.overall.score,
    conservativeScore: result.overall.conservativeScore,
    inherentTier: result.inherentRisk.tier,
    residualRisk: result.residualRisk,
    recommendation: result.recommendation.final,
    knockouts: result.knockouts.filter((k) => k.status === 'triggered').length,
    ...portfolioFigures(result, questionnaire, tracking),
  };
}
