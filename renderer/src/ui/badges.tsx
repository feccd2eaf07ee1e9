import type { RiskTier } from '@shared/scoring/risk';
import { shownScore } from '@shared/scoring/figures';
import { shownRecommendation } from '@shared/scoring/shown-recommendation';
import type { Recommendation } from '@shared/scoring/types';
import type { AssessmentState } from '@shared/vendors/summary';
import { useT } from './use-t';
import './badges.css';

/** "—" for a missing value, with a word for screen readers. */
export function NoValue() {
  const t = useT();
  return (
    <span className="vendors-none">
      <span aria-hidden="true">{t('vendors.noValue')}</span>
      <span className="visually-hidden">{t('vendors.noValueLabel')}</span>
    </span>
  );
}

export function TierBadge({ tier }: { tier: RiskTier | null }) {
  const t = useT();
  if (!tier) return <NoValue />;
  return <span className={`vendors-badge vendors-tier-${tier}`}>{t(`vendors.tier.${tier}`)}</span>;
}

export function StatusBadge({ status }: { status: AssessmentState }) {
  const t = useT();
  return <span className={`vendors-status vendors-status-${status}`}>{t(`vendors.status.${status}`)}</span>;
}

/** The recommendation next to the overall score it comes with: "Not assessed" when there is no score. */
export function RecommendationBadge({ recommendation, rating }: { recommendation: Recommendation | null | undefined; rating: number | null | undefined }) {
  const t = useT();
  if (!recommendation) return <NoValue />;
  const shown = shownRecommendation(rating, recommendation);
  return <span className={`vendors-badge vendors-recommendation-${shown}`}>{t(`vendors.recommendation.${shown}`)}</span>;
}

export function Rating({ rating }: { rating: number | null | undefined }) {
  const t = useT();
  if (rating === null || rating === undefined) return <NoValue />;
  const value = shownScore(rating);
  return (
    <span className="vendors-rating" title={t('vendors.ratingLabel', { rating: value })}>
      <span className="vendors-rating-value">{value}</span>
      <span className="vendors-rating-bar" aria-hidden="true">
        <span style={{ width: `${value}%` }} />
      </span>
    </span>
  );
}

/** Marks what was received from someone else and is read-only. */
export function ReceivedBadge() {
  const t = useT();
  return (
    <span className="vendors-badge vendors-received" title={t('vendors.receivedHint')}>
      {t('vendors.received')}
    </span>
  );
}
