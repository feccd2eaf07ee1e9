import { riskTiers, type RiskTier } from '../scoring/risk';
import type { AssessmentState } from './summary';

export type SortDirection = 'ascending' | 'descending';

/** A table's order: the column it is sorted by and which way. */
export interface ColumnSort<K extends string> {
  key: K;
  direction: SortDirection;
}

/** What a row sorts by in one column: a number or a text, or null for no value. */
export type SortValue = number | string | null;

/** For each sortable column but the name, the value a row sorts by there. */
export type SortValues<R, K extends string> = Readonly<Record<K, (row: R) => SortValue>>;

/** How a table tells its rows apart once the column ties: by name, then by id. */
export interface RowIdentity<R> {
  name: (row: R) => string;
  id: (row: R) => string;
}

const statusOrder: Readonly<Record<AssessmentState, number>> = { none: 0, draft: 1, final: 2 };

/** The columns every vendor table shows, sorted the same way in each: tiers low to critical, statuses none, draft, final. */
export const summarySortValues = {
  tier: (row: { tier: RiskTier | null }): SortValue => (row.tier === null ? null : riskTiers.indexOf(row.tier)),
  status: (row: { status: AssessmentState }): SortValue => statusOrder[row.status],
  rating: (row: { rating: number | null }): SortValue => row.rating,
} as const;

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts rows by a column. Rows without a value stay at the end in either direction;
 * ties go by name (A–Z) and then id, so the order never depends on the input's.
 * Values are worked out once per row.
 */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  sort: ColumnSort<K | 'name'>,
  values: SortValues<R, K>,
  identity: RowIdentity<R>,
  compareNames: (a: string, b: string) => number,
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byId = (a: R, b: R) => compareCodeUnits(identity.id(a), identity.id(b));
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * compareNames(identity.name(a), identity.name(b)) || byId(a, b));
  const valueOf = values[sort.key as K];
  const byName = (a: R, b: R) => compareNames(identity.name(a), identity.name(b)) || byId(a, b);
  const keyed = rows.map((row) => ({ row, value: valueOf(row) }));
  keyed.sort((a, b) => {
    const x = a.value;
    const y = b.value;
    if (x === null || y === null) return x === y ? byName(a.row, b.row) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareCodeUnits(String(x), String(y));
    return sign * order || byName(a.row, b.row);
  });
  return keyed.map((entry) => entry.row);
}
