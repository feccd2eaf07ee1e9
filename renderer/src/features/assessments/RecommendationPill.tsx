import { useT } from '../../ui/use-t';
import type { ScoringResult } from '@shared/scoring/engine';
import { shownRecommendation } from '@shared/scoring/shown-recommendation';

/** The assessment's recommendation as a pill; "Not assessed", in neutral grey, while nothing is answered. */
export function RecommendationPill({ result }: { result: Pick<ScoringResult, 'overall' | 'recommendation'> }) {
  const t = useT();
  const shown = shownRecommendation(result.overall.score, result.recommendation.final);
  return (
    <span className={`badge rec-${shown}`} data-recommendation={shown}>
      {t(`risk.recommendation.${shown}`)}
    </span>
  );
}
