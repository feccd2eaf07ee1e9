import type { RiskTier } from '../scoring/risk';
import { decidedRecommendation } from '../scoring/shown-recommendation';
import type { Recommendation } from '../scoring/types';
import { addDays } from '../calendar';
import { sortRows, summarySortValues, type ColumnSort, type SortDirection, type SortValue, type SortValues } from '../vendors/sorting';
import type { PortfolioRow } from './rows';

/** What the certificate filter asks for: any expired one, or one expiring within a number of days. */
export type CertificateFilter = { kind: 'expired' } | { kind: 'expiringWithin'; days: number };

export interface PortfolioFilter {
  /** Part of the vendor name, any case. */
  query?: string;
  tier?: RiskTier | null;
  /** A recommendation, or "none" for vendors without a final assessment. */
  recommendation?: Recommendation | 'none' | null;
  /** Only vendors whose review date has passed. */
  reviewOverdue?: boolean;
  certificate?: CertificateFilter | null;
}

/** True when the filter narrows the list at all. */
export function isFiltering(filter: PortfolioFilter): boolean {
  return Boolean(filter.query?.trim() || filter.tier || filter.recommendation || filter.reviewOverdue || filter.certificate);
}

/** The rows matching every part of the filter, in their order. */
export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter, today: string): PortfolioRow[] {
  const needle = filter.query?.trim().toLocaleLowerCase() ?? '';
  const certificate = filter.certificate ?? null;
  const windowEnd = certificate?.kind === 'expiringWithin' ? addDays(today, certificate.days) : '';
  return rows.filter((row) => {
    if (needle && !row.name.toLocaleLowerCase().includes(needle)) return false;
    if (filter.tier && row.tier !== filter.tier) return false;
    if (filter.recommendation && (decidedRecommendation(row.rating, row.recommendation) ?? 'none') !== filter.recommendation) return false;
    if (filter.reviewOverdue && row.review.state !== 'overdue') return false;
    if (certificate?.kind === 'expired' && row.expiredCertifications === 0) return false;
    if (certificate?.kind === 'expiringWithin' && !(row.nextExpiry && row.nextExpiry.validUntil <= windowEnd)) return false;
    return true;
  });
}

export const portfolioSortKeys = ['name', 'tier', 'status', 'rating', 'recommendation', 'openFindings', 'nextExpiry', 'nextReview'] as const;
export type PortfolioSortKey = (typeof portfolioSortKeys)[number];
export type PortfolioSort = ColumnSort<PortfolioSortKey>;

/**
 * The direction a column sorts in when first chosen: whatever needs attention first.
 * Names A–Z; highest tier, worst recommendation and most findings first; ratings
 * highest first as in the vendor list; the soonest expiry and review first.
 */
export const firstSortDirection: Readonly<Record<PortfolioSortKey, SortDirection>> = {
  name: 'ascending',
  tier: 'descending',
  status: 'descending',
  rating: 'descending',
  recommendation: 'descending',
  openFindings: 'descending',
  nextExpiry: 'ascending',
  nextReview: 'ascending',
};

const recommendationOrder: Readonly<Record<Recommendation, number>> = { approve: 0, approveWithConditions: 1, reject: 2 };

/**
 * The value a row sorts by in each column but the name; null sorts last in either direction.
 * Tier, status and rating sort as in the vendor list.
 * - openFindings: critical first, then high, medium and low (so 1 critical outranks 9 high).
 * - nextExpiry: the earliest held expiry including expired ones, so expired certificates come first.
 * - nextReview: days from today; "due now" (no final assessment) counts as today, after the overdue ones.
 */
const portfolioSortValues: SortValues<PortfolioRow, Exclude<PortfolioSortKey, 'name'>> = {
  ...summarySortValues,
  recommendation: (row) => {
    const decided = decidedRecommendation(row.rating, row.recommendation);
    return decided === null ? null : recommendationOrder[decided];
  },
  openFindings: ({ openFindings: f }) => (f === null ? null : ((f.critical * 1000 + f.high) * 1000 + f.medium) * 1000 + f.low),
  nextExpiry: (row) => row.held[0]?.validUntil ?? null,
  nextReview: (row) => row.review.daysLeft ?? 0,
};

/** The value a row sorts by in a column. */
export function sortValue(row: PortfolioRow, key: Exclude<PortfolioSortKey, 'name'>): SortValue {
  return portfolioSortValues[key](row);
}

/**
 * Sorts by a column; rows without a value stay at the end either way and ties go
 * by name (A–Z) then id, so the order is stable.
 */
export function sortPortfolio(rows: readonly PortfolioRow[], sort: PortfolioSort, compareNames: (a: string, b: string) => number): PortfolioRow[] {
  return sortRows(rows, sort, portfolioSortValues, { name: (row) => row.name, id: (row) => row.vendorId }, compareNames);
}
