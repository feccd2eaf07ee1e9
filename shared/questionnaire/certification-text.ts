import { interpolate, messages, type Language } from '../i18n';
import { formatterFor } from '../i18n/format';
import { currentUntil } from '../scoring/current-until';
import { formatDate } from './answer-text';
import { certificationRecordSchema, type CertificationRecord } from './answers';
import type { AnswerSpec } from './schema';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;

/** "1 Jan – 31 Dec 2025" / "01.01. – 31.12.2025": a period as people read it. */
export function formatDateRange(from: string, to: string, language: Language): string {
  return formatterFor(language).dateRange(from, to);
}

/**
 * The dates of a held certificate or report, each named for what it is, ending with the day it
 * counts as current (currentUntil): "period 1 Jan – 31 Dec 2025", "issued 20 Jan 2026",
 * "current until 31 Dec 2026". A record in an older shape is read as its schema reads it.
 */
export function certificationDateFacts(spec: CertificationSpec, stored: CertificationRecord, language: Language): string[] {
  const parsed = certificationRecordSchema(spec).safeParse(stored);
  const record = parsed.success ? parsed.data : stored;
  const f = messages[language].certification.facts;
  const date = (iso: string) => formatDate(iso, language);
  const facts: string[] = [];
  if (spec.kind === 'report' && record.periodEnd) {
    facts.push(
      record.periodStart
        ? interpolate(f.period, { range: formatDateRange(record.periodStart, record.periodEnd, language) })
        : interpolate(f.periodEnding, { date: date(record.periodEnd) }),
    );
  }
  if (record.issueDate) facts.push(interpolate(f.issued, { date: date(record.issueDate) }));
  if (spec.kind === 'report' && record.bridgeLetterUntil) facts.push(interpolate(f.bridgeLetter, { date: date(record.bridgeLetterUntil) }));
  const until = currentUntil(spec, record);
  if (until) facts.push(interpolate(f.currentUntil, { date: date(until) }));
  return facts;
}
