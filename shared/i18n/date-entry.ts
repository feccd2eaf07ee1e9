/*
 * Dates as people type them: German "02.12.2026", English (en-GB) "02/12/2026", and ISO
 * "2026-12-02" in either language (pasted from a spreadsheet or a certificate). The day always
 * comes first; '.', '/' and '-' all separate day, month and year, so "2.12.2026" and "2/12/2026"
 * read the same in both languages. Years have four digits: "02.12.26" is refused rather than
 * guessed, because certificate and audit dates lie decades apart.
 */
import { daysInMonth } from '../calendar';
import type { Language } from './index';

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;

const separator: Record<Language, string> = { de: '.', en: '/' };

function isoOf(year: number, month: number, day: number): string | 'invalid' {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date (YYYY-MM-DD) a typed text means; null for an empty field, 'invalid' for text
 * that is no date of the calendar (31.02.2026, 29.02.2027, 02.12.26, "soon"). Both languages accept the
 * same forms; the language is part of the signature so callers pair it with formatDateInput.
 */
export function parseDateInput(text: string, _language: Language): string | null | 'invalid' {
  const typed = text.trim();
  if (typed === '') return null;
  const iso = ISO.exec(typed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(typed);
  if (dayFirst) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return 'invalid';
}

/** A stored calendar date (YYYY-MM-DD) as the date field shows it: "02.12.2026" / "02/12/2026"; '' for none. Other text comes back unchanged. */
export function formatDateInput(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const match = STORED.exec(iso);
  if (!match) return iso;
  const sep = separator[language];
  return `${match[3]}${sep}${match[2]}${sep}${match[1]}`;
}
