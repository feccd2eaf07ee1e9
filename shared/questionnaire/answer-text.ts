import { messages, type Language } from '../i18n';
import type { AnswerValue, CertificationRecord } from './answers';
import type { Question } from './schema';

const locales: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/** A calendar date (YYYY-MM-DD or an ISO timestamp) as people read it, e.g. "30 Apr 2026" / "30.04.2026". */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

/**
 * How an answer value reads, in `language`. Certification records are worded by
 * the caller (a report shows more of the record than a comparison cell).
 */
export function answerValueText(question: Question, value: AnswerValue, language: Language, certification: (record: CertificationRecord) => string): string {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return messages[language].assessment.answer[value as 'yes' | 'partial' | 'no'] ?? String(value);
    case 'choice':
      return spec.options.find((o) => o.id === value)?.label[language] ?? String(value);
    case 'multiChoice':
      return (value as string[]).map((id) => spec.options.find((o) => o.id === id)?.label[language] ?? id).join(', ') || '—';
    case 'number':
      return `${new Intl.NumberFormat(locales[language], { maximumFractionDigits: 3 }).format(value as number)} ${spec.unit[language]}`;
    case 'date':
      return formatDate(value as string, language);
    case 'text':
      return String(value);
    case 'certification':
      return certification(value as CertificationRecord);
  }
}
