import type { Language } from '@shared/i18n';
import { formatterFor, locales, type Locale } from '@shared/i18n/format';
import { shownPercent, shownScore } from '@shared/scoring/figures';

/** Formats values for a document's language. Dates are shown in UTC so a document reads the same everywhere. */
export interface Formatter {
  locale: Locale;
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

export function createFormatter(language: Language): Formatter {
  const format = formatterFor(language, { timeZone: 'UTC' });
  const number = format.number;

  return {
    locale: locales[language],
    date: (value) => (value ? format.date(value) : DASH),
    dateTime: (value) => (value ? format.dateTime(value) : DASH),
    score: (value) => {
      const shown = shownScore(value);
      return shown === null ? DASH : number(shown);
    },
    number,
    size: format.bytes,
    percent: (part, whole) => {
      const shown = shownPercent(part, whole);
      return shown === null ? DASH : format.percent(shown);
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
