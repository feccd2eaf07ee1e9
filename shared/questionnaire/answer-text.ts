import { messages, type Language } from '../i18n';
import { formatterFor } from '../i18n/format';
import type { AnswerValue, CertificationRecord } from './answers';
import type { Question } from './schema';

/** A calendar date (YYYY-MM-DD, or an ISO timestamp read in UTC) as documents show it, e.g. "30 Apr 2026" / "30.04.2026". */
export function formatDate(iso: string, language: Language): string {
  return formatterFor(language, { timeZone: 'UTC' }).date(iso);
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
      return `${formatterFor(language).quantity(value as number)} ${spec.unit[language]}`;
    case 'date':
      return formatDate(value as string, language);
    case 'text':
      return String(value);
    case 'certification':
      return certification(value as CertificationRecord);
  }
}
