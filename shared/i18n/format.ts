/*
 * How dates and numbers read in each language: the one place that maps a language to its
 * locale and builds the Intl formatters. Screens, the report model, the PDFs, CSV and XLSX all
 * format through formatterFor, so a date reads "2 Dec 2026" / "02.12.2026" wherever it appears.
 *
 * Numbers arrive already rounded (shared/scoring/figures decides rounding); these functions only
 * write them with the language's separators.
 */
import type { Language } from './index';

export const locales = { en: 'en-GB', de: 'de-DE' } as const satisfies Record<Language, string>;
export type Locale = (typeof locales)[Language];

export interface FormatOptions {
  /**
   * The zone instants (ISO timestamps) are shown in: the system's when absent (screens), 'UTC' for
   * documents, which must read the same wherever they are opened. Calendar dates (YYYY-MM-DD) are
   * never shifted by any zone.
   */
  timeZone?: 'UTC';
}

export interface LocaleFormat {
  language: Language;
  locale: Locale;
  /** A calendar date, or an instant as its date: "2 Dec 2026" / "02.12.2026". Text that is no date comes back unchanged. */
  date(value: string): string;
  /** A period: "1 Jan – 31 Dec 2025" / "01.01. – 31.12.2025", with plain spaces around the dash. */
  dateRange(from: string, to: string): string;
  /** An instant with its time: "2 Dec 2026, 14:05" / "02.12.2026, 14:05", with " UTC" after it in UTC. A plain date stays a date. */
  dateTime(value: string): string;
  /** A month (YYYY-MM): "December 2026" / "Dezember 2026". */
  month(month: string): string;
  /** A month (YYYY-MM), short: "Dec" / "Dez.". */
  monthShort(month: string): string;
  /** A number with exactly `fractionDigits` decimals: "16.5" / "16,5". */
  number(value: number, fractionDigits?: number): string;
  /** A figure as someone entered it, with the decimals it has (at most three): 2.5 → "2.5" / "2,5". */
  quantity(value: number): string;
  /** A number with exactly `fractionDigits` decimals and no thousands separators, as spreadsheets read it: "1234.5" / "1234,5". */
  plainNumber(value: number, fractionDigits?: number): string;
  /** A whole percentage (63 → "63%" / "63 %"). */
  percent(wholePercent: number): string;
  /** A file size: bytes under 1 KB, then KB, MB and GB (1 KB = 1024 bytes): "1.5 MB" / "1,5 MB". */
  bytes(bytes: number): string;
  /** The distance from today to a day `days` away: "in 12 days", "3 months ago". */
  relativeDays(days: number): string;
  /** "a, b and c" / "a, b und c". */
  list(items: readonly string[]): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const NBSP = '\u00a0';
const BYTE_UNITS = ['KB', 'MB', 'GB'] as const;

/** A calendar date as midnight UTC, so formatting it in UTC gives the same day everywhere. */
function calendarDay(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

function instant(value: string): Date | null {
  if (!ISO_INSTANT.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function build(language: Language, options: FormatOptions): LocaleFormat {
  const locale = locales[language];
  const utc = options.timeZone === 'UTC';
  const zone = options.timeZone;
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instantDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  const instantTime = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  const longMonth = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const conjunction = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, string>();

  const numberWith = (value: number, fractionDigits: number, useGrouping: boolean): string => {
    const key = `${fractionDigits}/${useGrouping}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, useGrouping });
      numberFormats.set(key, format);
    }
    return format.format(value);
  };
  const number = (value: number, fractionDigits = 0) => numberWith(value, fractionDigits, true);
  const monthStart = (month: string): Date | null => (ISO_MONTH.test(month) ? calendarDay(`${month}-01`) : null);

  const date = (value: string): string => {
    let text = dates.get(value);
    if (text === undefined) {
      const day = calendarDay(value);
      const at = day ? null : instant(value);
      text = day ? calendarDate.format(day) : at ? instantDate.format(at) : value;
      dates.set(value, text);
    }
    return text;
  };

  return {
    language,
    locale,
    date,
    dateRange(from, to) {
      const start = calendarDay(from);
      const end = calendarDay(to);
      // Intl puts thin spaces around the dash, which the report fonts lack; plain spaces read the same.
      return start && end ? calendarDate.formatRange(start, end).replace(/[\u2009\u202f]/g, ' ') : `${date(from)} – ${date(to)}`;
    },
    dateTime(value) {
      const at = calendarDay(value) ? null : instant(value);
      if (!at) return date(value);
      return `${instantDate.format(at)}, ${instantTime.format(at)}${utc ? ' UTC' : ''}`;
    },
    month(month) {
      const start = monthStart(month);
      return start ? longMonth.format(start) : month;
    },
    monthShort(month) {
      const start = monthStart(month);
      return start ? shortMonth.format(start) : month;
    },
    number,
    quantity: (value) => quantityFormat.format(value),
    plainNumber: (value, fractionDigits = 0) => numberWith(value, fractionDigits, false),
    percent: (wholePercent) => percentFormat.format(wholePercent / 100),
    bytes(bytes) {
      if (bytes < 1024) return `${number(bytes)}${NBSP}B`;
      let value = bytes / 1024;
      let unit = 0;
      while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      return `${number(value, unit === 0 && value >= 100 ? 0 : 1)}${NBSP}${BYTE_UNITS[unit]}`;
    },
    relativeDays(days) {
      if (Math.abs(days) < 60) return relative.format(days, 'day');
      const months = Math.round(days / (365.25 / 12));
      return Math.abs(months) < 24 ? relative.format(months, 'month') : relative.format(Math.round(days / 365.25), 'year');
    },
    list: (items) => conjunction.format(items),
  };
}

const made = new Map<string, LocaleFormat>();

/** The formatter for `language`, made once per language and zone: formatting thousands of cells must not build an Intl object per cell. */
export function formatterFor(language: Language, options: FormatOptions = {}): LocaleFormat {
  const key = `${language}/${options.timeZone ?? 'system'}`;
  let format = made.get(key);
  if (!format) {
    format = build(language, options);
    made.set(key, format);
  }
  return format;
}
