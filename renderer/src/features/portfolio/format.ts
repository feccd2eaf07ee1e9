import { useMemo } from 'react';
import { useFormatLocale } from '../vendors/display';

function utc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  }
}

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

/**
 * The dashboard's formatters, made once per locale: formatting thousands of
 * dates must not build an Intl object per cell. Dates are calendar dates and are
 * never shifted by time zone.
 */
export function usePortfolioFormat(): PortfolioFormat {
  const locale = useFormatLocale();
  return useMemo(() => {
    const day = formatter(locale, { dateStyle: 'medium' });
    const long = formatter(locale, { month: 'long', year: 'numeric' });
    const short = formatter(locale, { month: 'short' });
    let relative: Intl.RelativeTimeFormat;
    try {
      relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    }
    const dates = new Map<string, string>();
    return {
      date(date) {
        let text = dates.get(date);
        if (text === undefined) {
          text = /^\d{4}-\d{2}-\d{2}$/.test(date) ? day.format(utc(date)) : date;
          dates.set(date, text);
        }
        return text;
      },
      month: (month) => long.format(utc(`${month}-01`)),
      monthShort: (month) => short.format(utc(`${month}-01`)),
      relative(daysLeft) {
        const size = Math.abs(daysLeft);
        if (size < 60) return relative.format(daysLeft, 'day');
        const months = Math.round(daysLeft / (365.25 / 12));
        return Math.abs(months) < 24 ? relative.format(months, 'month') : relative.format(Math.round(daysLeft / 365.25), 'year');
      },
    };
  }, [locale]);
}
