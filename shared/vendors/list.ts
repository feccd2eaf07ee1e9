import type { Vendor } from '../domain/vendor';
import type { RiskTier } from '../scoring/risk';
import type { Recommendation } from '../scoring/types';
import { sortRows, summarySortValues, type ColumnSort, type SortDirection, type SortValues } from './sorting';
import { summariseVendors, type AssessmentState, type SummaryAssessmentInput } from './summary';

/** A vendor with the figures of its assessments, as the vendor list shows them. */
export interface VendorOverview extends Vendor {
  /** Inherent risk tier of the latest assessment; null without one. */
  tier: RiskTier | null;
  /** Status of the latest assessment. */
  status: AssessmentState;
  /** Overall score of the latest final assessment, as its row in the vendor's history shows it. */
  rating: number | null;
  recommendation: Recommendation | null;
  /** Revision of the final assessment the rating and recommendation come from; null without one. */
  ratingRevision: number | null;
  /** Assessment date (YYYY-MM-DD) of the latest assessment. */
  lastAssessed: string | null;
  latestAssessmentId: string | null;
  assessments: number;
  /** The figures shown come from an assessment received from someone else. */
  received: boolean;
}

/** The vendor list's rows, in the vendors' order. */
export function vendorOverviews(vendors: readonly Vendor[], assessments: readonly SummaryAssessmentInput[]): VendorOverview[] {
  return summariseVendors(vendors, assessments).map(({ vendor, latest, final, assessments: count, status, tier, rating, recommendation }) => ({
    id: vendor.id,
    name: vendor.name,
    createdAt: vendor.createdAt,
    updatedAt: vendor.updatedAt,
    tier,
    status,
    rating,
    recommendation,
    ratingRevision: final?.revision ?? null,
    lastAssessed: latest?.assessmentDate ?? null,
    latestAssessmentId: latest?.id ?? null,
    assessments: count,
    received: (final ?? latest)?.received !== undefined,
  }));
}

export const vendorListSortKeys = ['name', 'tier', 'status', 'rating', 'lastAssessed'] as const;
export type VendorListSortKey = (typeof vendorListSortKeys)[number];
export type VendorListSort = ColumnSort<VendorListSortKey>;

/** The direction a column sorts in when first clicked: names A–Z, the rest highest or newest first. */
export const firstVendorListDirection: Readonly<Record<VendorListSortKey, SortDirection>> = {
  name: 'ascending',
  tier: 'descending',
  status: 'descending',
  rating: 'descending',
  lastAssessed: 'descending',
};

const vendorListSortValues: SortValues<VendorOverview, Exclude<VendorListSortKey, 'name'>> = {
  ...summarySortValues,
  lastAssessed: (row) => row.lastAssessed,
};

/** Sorts the vendor list by a column; vendors without a value stay at the end either way, ties go by name. */
export function sortVendorList(rows: readonly VendorOverview[], sort: VendorListSort, compareNames: (a: string, b: string) => number): VendorOverview[] {
  return sortRows(rows, sort, vendorListSortValues, { name: (row) => row.name, id: (row) => row.id }, compareNames);
}
