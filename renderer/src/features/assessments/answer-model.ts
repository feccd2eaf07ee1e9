import { certificationRecordSchema, type Answer, type CertificationRecord } from '@shared/questionnaire/answers';
import { formatDateInput, parseDateInput } from '@shared/i18n/date-entry';
import type { Language } from '@shared/i18n';
import type { Localized, Question } from '@shared/questionnaire/schema';

export const localized = (text: Localized, language: string): string => (language === 'de' ? text.de : text.en);

/** The answer form's fields; one shape for every answer type keeps the form simple. */
export interface AnswerFormValues {
  na: boolean;
  note: string;
  choice: string;
  choices: string[];
  number: string;
  date: string;
  text: string;
  cert: {
    held: '' | CertificationRecord['held'];
    certificateId: string;
    issuer: string;
    scope: string;
    scopeCoversService: '' | 'yes' | 'no';
    issueDate: string;
    /** Certificate: the expiry printed on it. */
    validUntil: string;
    /** Report: the period it covers and the date a bridge letter reaches. */
    periodStart: string;
    periodEnd: string;
    bridgeLetterUntil: string;
    evidenceRef: string;
  };
}

const emptyCert: AnswerFormValues['cert'] = {
  held: '',
  certificateId: '',
  issuer: '',
  scope: '',
  scopeCoversService: '',
  issueDate: '',
  validUntil: '',
  periodStart: '',
  periodEnd: '',
  bridgeLetterUntil: '',
  evidenceRef: '',
};

/** The form's fields for a stored answer, dates and decimals written as the language writes them. */
export function formValues(question: Question, answer: Answer | undefined, note: string | undefined, language: Language = 'en'): AnswerFormValues {
  const date = (iso: string | undefined) => formatDateInput(iso, language);
  const values: AnswerFormValues = {
    na: answer?.status === 'na',
    note: note ?? '',
    choice: '',
    choices: [],
    number: '',
    date: '',
    text: '',
    cert: { ...emptyCert },
  };
  if (answer?.status !== 'answered') return values;
  const value = answer.value;
  switch (question.answer.type) {
    case 'yesNo':
    case 'choice':
      values.choice = value as string;
      break;
    case 'multiChoice':
      values.choices = value as string[];
      break;
    case 'number':
      values.number = language === 'de' ? String(value).replace('.', ',') : String(value);
      break;
    case 'date':
      values.date = date(value as string);
      break;
    case 'text':
      values.text = value as string;
      break;
    case 'certification': {
      const parsed = certificationRecordSchema(question.answer).safeParse(value);
      const record = parsed.success ? parsed.data : (value as CertificationRecord);
      values.cert = {
        held: record.held,
        certificateId: record.certificateId ?? '',
        issuer: record.issuer ?? '',
        scope: record.scope ?? '',
        scopeCoversService: record.scopeCoversService === undefined ? '' : record.scopeCoversService ? 'yes' : 'no',
        issueDate: date(record.issueDate),
        validUntil: date(record.validUntil),
        periodStart: date(record.periodStart),
        periodEnd: date(record.periodEnd),
        bridgeLetterUntil: date(record.bridgeLetterUntil),
        evidenceRef: record.evidenceRef ?? '',
      };
      break;
    }
  }
  return values;
}

export const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** A typed date as stored (YYYY-MM-DD); text that is no date stays as typed, for the schema to refuse. */
export const typedDate = (text: string): string | undefined => {
  const parsed = parseDateInput(text, 'en');
  return parsed === null ? undefined : parsed === 'invalid' ? text.trim() : parsed;
};

/**
 * The answer the form describes, or null when nothing is answered yet. The result
 * still has to pass the question's schema (answerSchema) before it is saved.
 */
export function answerFromForm(question: Question, values: AnswerFormValues): Answer | null {
  if (values.na) return { status: 'na' };
  let value: unknown;
  switch (question.answer.type) {
    case 'yesNo':
    case 'choice':
      value = values.choice || undefined;
      break;
    case 'multiChoice':
      value = values.choices.length > 0 ? values.choices : undefined;
      break;
    case 'number':
      value = values.number.trim() === '' ? undefined : Number(values.number.replace(',', '.'));
      break;
    case 'date':
      value = typedDate(values.date);
      break;
    case 'text':
      value = optional(values.text);
      break;
    case 'certification': {
      const c = values.cert;
      if (c.held === '') break;
      const report = question.answer.kind === 'report';
      value = Object.fromEntries(
        Object.entries({
          held: c.held,
          certificateId: optional(c.certificateId),
          issuer: optional(c.issuer),
          scope: optional(c.scope),
          scopeCoversService: c.scopeCoversService === '' ? undefined : c.scopeCoversService === 'yes',
          issueDate: typedDate(c.issueDate),
          ...(report
            ? { periodStart: typedDate(c.periodStart), periodEnd: typedDate(c.periodEnd), bridgeLetterUntil: typedDate(c.bridgeLetterUntil) }
            : { validUntil: typedDate(c.validUntil) }),
          evidenceRef: optional(c.evidenceRef),
        }).filter(([, v]) => v !== undefined),
      );
      break;
    }
  }
  return value === undefined ? null : ({ status: 'answered', value } as Answer);
}

/** The options digits choose on this question, in order: [field, value] pairs. */
export function digitOptions(question: Question): { field: 'choice' | 'choices' | 'cert.held'; value: string }[] {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return (['yes', 'partial', 'no'] as const).map((value) => ({ field: 'choice', value }));
    case 'choice':
      return spec.options.map((o) => ({ field: 'choice', value: o.id }));
    case 'multiChoice':
      return spec.options.map((o) => ({ field: 'choices', value: o.id }));
    case 'certification':
      return (['yes', 'inProgress', 'no'] as const).map((value) => ({ field: 'cert.held', value }));
    default:
      return [];
  }
}
