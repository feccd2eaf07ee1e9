import { useMemo } from 'react';
import { useFormat } from '../../ui/use-format';

export interface PortfolioFormat {
  /** 2 Mar 2026 */
  date(date: string): string;
  /** March 2026, for a month (YYYY-MM). */
  month(month: string): string;
  /** Mar, for a month (YYYY-MM). */
  monthShort(month: string): string;
  /** "in 12 days", "3 months ago": the distance from today to a date, in days under two months. */
  relative(daysLeft: number): string;
}

/** The dashboard's formatters: the UI language's, under the names the dashboard uses. */
export function usePortfolioFormat(): PortfolioFormat {
  const format = useFormat();
  return useMemo(() => ({ date: format.date, month: format.month, monthShort: format.monthShort, relative: format.relativeDays }), [format]);
}
