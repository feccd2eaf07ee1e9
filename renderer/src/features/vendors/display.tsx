import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/context';
import type { AssessmentState } from '../../db/vendors';
import { shownScore } from '../../../../shared/scoring/figures';
import type { RiskTier } from '../../../../shared/scoring/risk';
import type { Recommendation } from '../../../../shared/scoring/types';
import './vendors.css';

/** "—" for a missing value, with a word for screen readers. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <span className="vendors-none">
      <span aria-hidden="true">{t('vendors.noValue')}</span>
      <span className="visually-hidden">{t('vendors.noValueLabel')}</span>
    </span>
  );
}

export function TierBadge({ tier }: { tier: RiskTier | null }) {
  const { t } = useTranslation();
  if (!tier) return <NoValue />;
  return <span className={`vendors-badge vendors-tier-${tier}`}>{t(`vendors.tier.${tier}`)}</span>;
}

export function StatusBadge({ status }: { status: AssessmentState }) {
  const { t } = useTranslation();
  return <span className={`vendors-status vendors-status-${status}`}>{t(`vendors.status.${status}`)}</span>;
}

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation | null | undefined }) {
  const { t } = useTranslation();
  if (!recommendation) return <NoValue />;
  return (
    <span className={`vendors-badge vendors-recommendation-${recommendation}`}>{t(`vendors.recommendation.${recommendation}`)}</span>
  );
}

export function Rating({ rating }: { rating: number | null | undefined }) {
  const { t } = useTranslation();
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

/** The system locale (e.g. en-GB) when it has the UI language, else the UI language: dates follow the user's region. */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  const { info } = useApp();
  const language = i18n.language;
  const system = info.locale.replace(/_/g, '-');
  if (system.toLowerCase().split('-')[0] !== language) return language;
  try {
    return Intl.getCanonicalLocales(system)[0] ?? language;
  } catch {
    return language;
  }
}

/** Formats a calendar date (YYYY-MM-DD) in the user's locale, without shifting it by time zone. */
export function useCalendarDate(): (date: string) => string {
  const locale = useFormatLocale();
  const format = useMemo(() => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    }
  }, [locale]);
  return (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    if (!year || !month || !day) return date;
    return format.format(new Date(Date.UTC(year, month - 1, day)));
  };
}
