import { riskTiers } from '../../../../shared/scoring/risk';
import type { AssessmentState, VendorOverview } from '../../db/vendors';

export const sortKeys = ['name', 'tier', 'status', 'rating', 'lastAssessed'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** The direction a column sorts in when first clicked: names A–Z, the rest highest or newest first. */
export const firstDirection: Record<SortKey, SortDirection> = {
  name: 'ascending',
  tier: 'descending',
  status: 'descending',
  rating: 'descending',
  lastAssessed: 'descending',
};

const statusOrder: Record<AssessmentState, number> = { none: 0, draft: 1, final: 2 };

function sortValue(vendor: VendorOverview, key: Exclude<SortKey, 'name'>): number | string | null {
  switch (key) {
    case 'tier':
      return vendor.tier === null ? null : riskTiers.indexOf(vendor.tier);
    case 'status':
      return statusOrder[vendor.status];
    case 'rating':
      return vendor.rating;
    case 'lastAssessed':
      return vendor.lastAssessed;
  }
}

const collators = new Map<string, Intl.Collator>();

/** One collator per locale, built on first use: building one costs far more than comparing with it. */
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts by the column; vendors without a value stay at the end either way, ties go by name. */
export function sortVendors(vendors: readonly VendorOverview[], sort: Sort, locale: string): VendorOverview[] {
  const collator = collatorFor(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: VendorOverview, b: VendorOverview) => collator.compare(a.name, b.name);
  return [...vendors].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b) || compareCodeUnits(a.id, b.id);
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return byName(a, b);
    }
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareCodeUnits(String(x), String(y));
    return sign * order || byName(a, b);
  });
}
