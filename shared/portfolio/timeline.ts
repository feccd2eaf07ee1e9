import { monthAfter } from '../calendar';
import type { PortfolioRow } from './rows';

export interface TimelineEntry {
  vendorId: string;
  vendor: string;
  questionId: string;
  certification: string;
  /** Last day the certificate or report counts as current (YYYY-MM-DD). */
  validUntil: string;
}

export interface TimelineMonth {
  /** YYYY-MM */
  month: string;
  entries: TimelineEntry[];
}

export interface ExpiryTimeline {
  /** Held certifications that expired before today, longest expired first. */
  expired: TimelineEntry[];
  /** One group per calendar month, the current month first, empty months included. */
  months: TimelineMonth[];
}

export const TIMELINE_MONTHS = 12;

const defaultCompare = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/**
 * Certifications held according to each vendor's latest final assessment that
 * expire from today to the end of the twelfth calendar month (the current month
 * counts as the first), grouped by month; plus the ones already expired.
 * Within a group: by date, then vendor and certification name.
 */
export function expiryTimeline(
  rows: readonly PortfolioRow[],
  today: string,
  compareNames: (a: string, b: string) => number = defaultCompare,
  months = TIMELINE_MONTHS,
): ExpiryTimeline {
  const first = today.slice(0, 7);
  const end = monthAfter(today, months); // first month outside the window
  const groups = Array.from({ length: months }, (_, i): TimelineMonth => ({ month: monthAfter(`${first}-01`, i), entries: [] }));
  const index = new Map(groups.map((g, i) => [g.month, i]));
  const expired: TimelineEntry[] = [];
  for (const row of rows) {
    for (const c of row.held) {
      const entry: TimelineEntry = { vendorId: row.vendorId, vendor: row.name, questionId: c.questionId, certification: c.name, validUntil: c.validUntil };
      if (c.validUntil < today) expired.push(entry);
      else if (c.validUntil.slice(0, 7) < end) groups[index.get(c.validUntil.slice(0, 7))!]!.entries.push(entry);
    }
  }
  // Vendors ranked by name once, so sorting thousands of entries compares numbers, not strings.
  const rank = new Map(
    rows
      .filter((row) => row.held.length > 0)
      .sort((a, b) => compareNames(a.name, b.name) || (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0))
      .map((row, i) => [row.vendorId, i]),
  );
  const order = (a: TimelineEntry, b: TimelineEntry) =>
    (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0) ||
    rank.get(a.vendorId)! - rank.get(b.vendorId)! ||
    compareNames(a.certification, b.certification);
  expired.sort(order);
  for (const group of groups) group.entries.sort(order);
  return { expired, months: groups };
}
