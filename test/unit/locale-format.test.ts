import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../electron/services/documents/format';
import { formatScore } from '@shared/compare/text';
import { daysInMonth, isLeapYear } from '@shared/calendar';
import { formatDateInput, parseDateInput } from '@shared/i18n/date-entry';
import { formatterFor, locales } from '@shared/i18n/format';
import { answerValueText } from '@shared/questionnaire/answer-text';
import { formatDateRange } from '@shared/questionnaire/certification-text';
import type { Question } from '@shared/questionnaire/schema';

const NBSP = '\u00a0';

describe('formatterFor', () => {
  const en = formatterFor('en');
  const de = formatterFor('de');

  it('maps the languages to British English and German (Germany)', () => {
    expect(locales).toEqual({ en: 'en-GB', de: 'de-DE' });
    expect(en.locale).toBe('en-GB');
    expect(de.locale).toBe('de-DE');
    expect(formatterFor('de')).toBe(de);
  });

  it('writes calendar dates day first, the same way in every view', () => {
    expect(en.date('2026-12-02')).toBe('2 Dec 2026');
    expect(de.date('2026-12-02')).toBe('02.12.2026');
    expect(en.date('2028-02-29')).toBe('29 Feb 2028');
    expect(de.date('not a date')).toBe('not a date');
    expect(formatterFor('en', { timeZone: 'UTC' }).date('2026-12-02T23:30:00Z')).toBe('2 Dec 2026');
  });

  it('writes instants with a 24-hour time, and says UTC in documents', () => {
    expect(formatterFor('en', { timeZone: 'UTC' }).dateTime('2026-12-02T14:05:00Z')).toBe('2 Dec 2026, 14:05 UTC');
    expect(formatterFor('de', { timeZone: 'UTC' }).dateTime('2026-12-02T09:05:00Z')).toBe('02.12.2026, 09:05 UTC');
    expect(formatterFor('de', { timeZone: 'UTC' }).dateTime('2026-12-02')).toBe('02.12.2026');
  });

  it('writes periods and months', () => {
    expect(en.dateRange('2025-01-01', '2025-12-31')).toBe('1 Jan – 31 Dec 2025');
    expect(de.dateRange('2025-01-01', '2025-12-31')).toBe('01.01. – 31.12.2025');
    expect(en.month('2026-12')).toBe('December 2026');
    expect(de.month('2026-12')).toBe('Dezember 2026');
  });

  it('writes numbers with the language’s decimal mark and grouping', () => {
    expect(en.number(16.5, 1)).toBe('16.5');
    expect(de.number(16.5, 1)).toBe('16,5');
    expect(de.number(12345)).toBe('12.345');
    expect(en.number(12345)).toBe('12,345');
    expect(de.plainNumber(12345.5, 1)).toBe('12345,5');
    expect(en.percent(63)).toBe('63%');
    expect(de.percent(63)).toBe(`63${NBSP}%`);
  });

  it('writes file sizes in binary units', () => {
    expect(en.bytes(900)).toBe(`900${NBSP}B`);
    expect(de.bytes(1536)).toBe(`1,5${NBSP}KB`);
    expect(en.bytes(200 * 1024)).toBe(`200${NBSP}KB`);
    expect(de.bytes(1.5 * 1024 * 1024)).toBe(`1,5${NBSP}MB`);
    expect(en.bytes(3 * 1024 ** 3)).toBe(`3.0${NBSP}GB`);
  });

  it('says how far away a day is', () => {
    expect(en.relativeDays(12)).toBe('in 12 days');
    expect(de.relativeDays(-1)).toBe('gestern');
    expect(en.relativeDays(-92)).toBe('3 months ago');
  });

  it('is what the questionnaire texts, the comparison and the report use', () => {
    const dateQuestion = { answer: { type: 'date' } } as Question;
    const numberQuestion = { answer: { type: 'number', unit: { en: 'hours', de: 'Stunden' } } } as unknown as Question;
    expect(answerValueText(dateQuestion, '2026-12-02', 'en', () => '')).toBe(en.date('2026-12-02'));
    expect(answerValueText(numberQuestion, 2.5, 'de', () => '')).toBe('2,5 Stunden');
    expect(formatDateRange('2025-01-01', '2025-12-31', 'de')).toBe(de.dateRange('2025-01-01', '2025-12-31'));
    expect(createFormatter('en').date('2026-12-02')).toBe(en.date('2026-12-02'));
    expect(createFormatter('de').date('2026-12-02')).toBe(de.date('2026-12-02'));
    expect(createFormatter('de').size(1536)).toBe(de.bytes(1536));
    expect(formatScore(63, 'de')).toBe('63');
  });
});

describe('date entry', () => {
  it('reads German, British and ISO dates, day first', () => {
    expect(parseDateInput('02.12.2026', 'de')).toBe('2026-12-02');
    expect(parseDateInput(' 2.3.2026 ', 'de')).toBe('2026-03-02');
    expect(parseDateInput('02/12/2026', 'en')).toBe('2026-12-02');
    expect(parseDateInput('2026-12-02', 'de')).toBe('2026-12-02');
    expect(parseDateInput('2026-12-02', 'en')).toBe('2026-12-02');
  });

  it('knows leap years', () => {
    expect(parseDateInput('29.02.2028', 'de')).toBe('2028-02-29');
    expect(parseDateInput('29.02.2000', 'de')).toBe('2000-02-29');
    expect(parseDateInput('29.02.2027', 'de')).toBe('invalid');
    expect(parseDateInput('29/02/1900', 'en')).toBe('invalid');
    expect([isLeapYear(2024), isLeapYear(1900), isLeapYear(2000), isLeapYear(2026)]).toEqual([true, false, true, false]);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('refuses days the calendar does not have', () => {
    for (const text of ['31.02.2026', '31.04.2026', '00.01.2026', '01.13.2026', '2026-02-30', '32/01/2026']) {
      expect(parseDateInput(text, 'de'), text).toBe('invalid');
    }
  });

  it('refuses two-digit years and text that is no date, and reads an empty field as no date', () => {
    expect(parseDateInput('02.12.26', 'de')).toBe('invalid');
    expect(parseDateInput('02/12/26', 'en')).toBe('invalid');
    expect(parseDateInput('02.12.', 'de')).toBe('invalid');
    expect(parseDateInput('next week', 'en')).toBe('invalid');
    expect(parseDateInput('   ', 'de')).toBeNull();
  });

  it('shows a stored date in the field’s format and reads it back', () => {
    expect(formatDateInput('2026-12-02', 'de')).toBe('02.12.2026');
    expect(formatDateInput('2026-12-02', 'en')).toBe('02/12/2026');
    expect(formatDateInput(undefined, 'de')).toBe('');
    for (const language of ['de', 'en'] as const) {
      for (const iso of ['2026-01-31', '2028-02-29', '1999-12-01']) expect(parseDateInput(formatDateInput(iso, language), language)).toBe(iso);
    }
  });
});

describe('one formatter', () => {
  const root = resolve(__dirname, '../..');
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  const files = ['renderer/src', 'shared', 'electron/services'].flatMap(sources).filter((f) => f !== join('shared', 'i18n', 'format.ts'));

  it('builds no Intl formatter and names no locale outside shared/i18n/format.ts', () => {
    const found = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /Intl\.(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat)\b|toLocale(Date|Time)?String\(|'(en-GB|de-DE)'/.test(line)
            ? [`${relative(root, join(root, file))}:${i + 1}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it('writes no number with toFixed where people read it (only in data- attributes for tests)', () => {
    const found = files
      .filter((file) => file.startsWith(join('renderer', 'src')) || file.startsWith('shared'))
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.replace(/data-[\w-]+=\{[^}]*\}/g, '').includes('.toFixed(') ? [`${file}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
