import { z } from 'zod';
import { MAX_TEXT_ANSWER_LENGTH } from './limits';
import type { AnswerSpec, Question } from './schema';

export const isoDateSchema = z.iso.date();

/** What every certification record states, whatever its kind. */
const statedByBoth = {
  held: z.enum(['yes', 'inProgress', 'no']),
  certificateId: z.string().trim().max(200).optional(),
  issuer: z.string().trim().max(200).optional(),
  scope: z.string().trim().max(2000).optional(),
  /** Whether the certified scope covers the services the buyer will use. */
  scopeCoversService: z.boolean().optional(),
  /** The day the certificate or report was issued. */
  issueDate: isoDateSchema.optional(),
  evidenceRef: z.string().trim().max(500).optional(),
};

/** The dates a certification record states (YYYY-MM-DD), as its date rules read them. */
export interface StatedDates {
  held: z.infer<typeof statedByBoth.held>;
  issueDate?: string;
  validUntil?: string;
  periodStart?: string;
  periodEnd?: string;
  bridgeLetterUntil?: string;
}

/** How the dates of a certificate or report must relate; `field` is where a broken rule is shown. */
export interface CertificationDateRule {
  field: 'validUntil' | 'periodEnd' | 'issueDate' | 'bridgeLetterUntil';
  message: string;
  holds: (record: StatedDates) => boolean;
}

/** The date rules of each kind of record, in the order their messages are reported. */
export const certificationDateRules: Readonly<Record<'certificate' | 'report', readonly CertificationDateRule[]>> = {
  certificate: [
    { field: 'validUntil', message: 'questionnaire.errors.certificateNeedsExpiry', holds: (r) => r.held !== 'yes' || r.validUntil !== undefined },
    {
      field: 'validUntil',
      message: 'questionnaire.errors.certificateExpiresBeforeIssue',
      holds: (r) => !r.issueDate || !r.validUntil || r.issueDate <= r.validUntil,
    },
  ],
  report: [
    { field: 'periodEnd', message: 'questionnaire.errors.reportNeedsPeriodEnd', holds: (r) => r.held !== 'yes' || r.periodEnd !== undefined },
    { field: 'periodEnd', message: 'questionnaire.errors.reportPeriodOrder', holds: (r) => !r.periodStart || !r.periodEnd || r.periodStart <= r.periodEnd },
    {
      field: 'issueDate',
      message: 'questionnaire.errors.reportIssuedBeforePeriodEnd',
      holds: (r) => !r.issueDate || !r.periodEnd || r.issueDate >= r.periodEnd,
    },
    {
      field: 'bridgeLetterUntil',
      message: 'questionnaire.errors.bridgeLetterBeforePeriodEnd',
      holds: (r) => !r.bridgeLetterUntil || !r.periodEnd || r.bridgeLetterUntil > r.periodEnd,
    },
  ],
};

/** The date rules a record of this kind breaks: what the schema refuses and what the answer form reads its dates by. */
export function brokenDateRules(kind: keyof typeof certificationDateRules, record: StatedDates): CertificationDateRule[] {
  return certificationDateRules[kind].filter((rule) => !rule.holds(record));
}

const refusingBrokenDates =
  (kind: keyof typeof certificationDateRules) =>
  (record: StatedDates, ctx: z.RefinementCtx): void => {
    for (const rule of brokenDateRules(kind, record)) ctx.addIssue({ code: 'custom', message: rule.message, path: [rule.field] });
  };

/** A certificate (ISO/IEC 27001 and the like): what it states, including the expiry printed on it. */
export const certificateRecordSchema = z
  .object({ ...statedByBoth, validUntil: isoDateSchema.optional() })
  .strict()
  .superRefine(refusingBrokenDates('certificate'));
export type CertificateRecord = z.infer<typeof certificateRecordSchema>;

/**
 * Records written before reports had their own fields kept the end of the report's period
 * in `validUntil`, and could only hold an issue date on or before it (then the only way to
 * record the period's start). Such a record reads as the period end and start it meant.
 */
export function readLegacyReportRecord(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('validUntil' in input)) return input;
  const { validUntil, ...rest } = input as Record<string, unknown>;
  if (validUntil === undefined) return rest;
  if (rest.periodEnd !== undefined) return input;
  const record: Record<string, unknown> = { ...rest, periodEnd: validUntil };
  const issued = record.issueDate;
  if (typeof issued === 'string' && typeof validUntil === 'string' && issued < validUntil && record.periodStart === undefined) {
    delete record.issueDate;
    record.periodStart = issued;
  }
  return record;
}

/** An attestation report (SOC 2 Type II, C5, PCI DSS AoC): the period it covers, when it was issued, any bridge letter. */
export const reportRecordSchema = z.preprocess(
  readLegacyReportRecord,
  z
    .object({
      ...statedByBoth,
      /** First day of the period the report covers. */
      periodStart: isoDateSchema.optional(),
      /** Last day of the period the report covers. */
      periodEnd: isoDateSchema.optional(),
      /** The day up to which a bridge letter asserts no material change since the period ended. */
      bridgeLetterUntil: isoDateSchema.optional(),
    })
    .strict()
    .superRefine(refusingBrokenDates('report')),
);
export type ReportRecord = z.infer<typeof reportRecordSchema>;

/**
 * A certification answer, as stated on the certificate or report. Which date fields it has
 * depends on the question's kind: `validUntil` on a certificate; `periodStart`, `periodEnd`
 * and `bridgeLetterUntil` on a report. How long either counts as current is currentUntil().
 */
export type CertificationRecord = CertificateRecord & Partial<Omit<ReportRecord, keyof CertificateRecord>>;

/** The schema of a certification answer, by the question's kind. */
export function certificationRecordSchema(spec: Extract<AnswerSpec, { type: 'certification' }>): z.ZodType<CertificationRecord> {
  return (spec.kind === 'report' ? reportRecordSchema : certificateRecordSchema) as z.ZodType<CertificationRecord>;
}

/** What an answer to a question holds, by answer type. */
export type AnswerValue = 'yes' | 'partial' | 'no' | string | string[] | number | CertificationRecord;

/** One answer: a value, or "not applicable" where the question allows it. */
export type Answer = { status: 'answered'; value: AnswerValue } | { status: 'na' };

/** The zod schema an answer value must satisfy for a given answer spec. */
export function answerValueSchema(spec: AnswerSpec): z.ZodType<AnswerValue> {
  switch (spec.type) {
    case 'yesNo':
      return z.enum(['yes', 'partial', 'no']);
    case 'choice':
      return z.enum(spec.options.map((option) => option.id) as [string, ...string[]]);
    case 'multiChoice': {
      const ids = spec.options.map((option) => option.id) as [string, ...string[]];
      return z.array(z.enum(ids)).refine((values) => new Set(values).size === values.length, 'duplicate option');
    }
    case 'number': {
      let schema = z.number().finite();
      if (spec.min !== undefined) schema = schema.min(spec.min);
      if (spec.max !== undefined) schema = schema.max(spec.max);
      return schema;
    }
    case 'date':
      return isoDateSchema;
    case 'text':
      return z.string().trim().min(1).max(MAX_TEXT_ANSWER_LENGTH);
    case 'certification':
      return certificationRecordSchema(spec);
  }
}

const answerSchemas = new WeakMap<Question, z.ZodType<Answer>>();

/** Validates an answer against its question: N/A only where allowed, the value by answer type. */
export function answerSchema(question: Question): z.ZodType<Answer> {
  let schema = answerSchemas.get(question);
  if (!schema) {
    schema = buildAnswerSchema(question);
    answerSchemas.set(question, schema);
  }
  return schema;
}

function buildAnswerSchema(question: Question): z.ZodType<Answer> {
  const answered = z.object({ status: z.literal('answered'), value: answerValueSchema(question.answer) }).strict();
  if (!question.allowNotApplicable) return answered as z.ZodType<Answer>;
  return z.union([answered, z.object({ status: z.literal('na') }).strict()]) as z.ZodType<Answer>;
}
