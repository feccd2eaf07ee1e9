import { describe, expect, it } from 'vitest';
import type { ServiceProfile } from '../../shared/questionnaire/profile';
import { scoreAssessment } from '../../shared/scoring/engine';
import { shownScore } from '../../shared/scoring/figures';
import { shownRecommendation } from '../../shared/scoring/shown-recommendation';
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
