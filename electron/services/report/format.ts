import type { ReportModel } from '../../../shared/report/model';
import { shownPercent, shownScore } from '../../../shared/scoring/figures';

/** Formats values for the report's language. Dates are shown in UTC so a report reads the same everywhere. */
export interface Formatter {
  locale: 'de-DE' | 'en-GB';
  /** "04.03.2026" / "4 Mar 2026"; a value that is not a date is returned as it is. */
  date(value: string | undefined): string;
  /** Date and time (UTC) of an ISO timestamp; a plain date stays a date. */
  dateTime(value: string | undefined): string;
  /** A score 0..100 as shownScore rounds it, or an en dash for none. */
  score(value: number | null | undefined): string;
  number(value: number, fractionDigits?: number): string;
  /** 1 024 bytes and up as KB, 1 048 576 and up as MB. */
  size(bytes: number): string;
  percent(part: number, whole: number): string;
}

const DASH = '–';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function createFormatter(language: ReportModel['language']): Formatter {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(
    locale,
    language === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  );
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  const parse = (value: string): Date | null => {
    if (!ISO_DATE.test(value) && !ISO_TIMESTAMP.test(value)) return null;
    const date = new Date(ISO_DATE.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, fractionDigits = 0) => {
    let format = numberFormats.get(fractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
      numberFormats.set(fractionDigits, format);
    }
    return format.format(value);
  };

  return {
    locale,
    date(value) {
      if (!value) return DASH;
      const date = parse(value);
      return date ? dateFormat.format(date) : value;
    },
    dateTime(value) {
      if (!value) return DASH;
      const date = parse(value);
      if (!date) return value;
      if (ISO_DATE.test(value)) return dateFormat.format(date);
      return `${dateFormat.format(date)}, ${timeFormat.format(date)} UTC`;
    },
    score: (value) => {
      const shown = shownScore(value);
      return shown === null ? DASH : number(shown);
    },
    number,
    size(bytes) {
      if (bytes >= 1000 * 1024) return `${number(bytes / (1024 * 1024), 1)}\u00a0MB`;
      if (bytes >= 1024) return `${number(bytes / 1024, bytes >= 100 * 1024 ? 0 : 1)}\u00a0KB`;
      return `${number(bytes)}\u00a0B`;
    },
    percent: (part, whole) => {
      const shown = shownPercent(part, whole);
      return shown === null ? DASH : `${number(shown)}${language === 'de' ? '\u00a0' : ''}%`;
    },
  };
}

export { DASH };

/** A 64-digit hex digest as two lines of 32, so it wraps at the same place in every row. */
export function splitDigest(hex: string): string {
  const clean = hex.trim();
  return clean.length === 64 ? `${clean.slice(0, 32)}\n${clean.slice(32)}` : clean;
}

/** A colon-separated certificate fingerprint as lines of at most `perLine` bytes, broken at colons. */
export function splitFingerprint(fingerprint: string, perLine = 16): string[] {
  const parts = fingerprint.trim().split(':');
  if (parts.length < 2) {
    const lines: string[] = [];
    for (let i = 0; i < fingerprint.length; i += perLine * 2) lines.push(fingerprint.slice(i, i + perLine * 2));
    return lines;
  }
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += perLine) lines.push(parts.slice(i, i + perLine).join(':'));
  return lines;
}
