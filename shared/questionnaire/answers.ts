import { z } from 'zod';
import type { AnswerSpec, Question } from './schema';

export const isoDateSchema = z.iso.date();

export const certificationRecordSchema = z
  .object({
    held: z.enum(['yes', 'inProgress', 'no']),
    certificateId: z.string().trim().max(200).optional(),
    issuer: z.string().trim().max(200).optional(),
    scope: z.string().trim().max(2000).optional(),
    /** Whether the certified scope covers the services the buyer will use. */
    scopeCoversService: z.boolean().optional(),
    issueDate: isoDateSchema.optional(),
    /** Certificate: expiry date. Report: end of the period the report covers. */
    validUntil: isoDateSchema.optional(),
    evidenceRef: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((record) => record.held !== 'yes' || record.validUntil !== undefined, {
    message: 'questionnaire.errors.certificationNeedsDate',
    path: ['validUntil'],
  })
  .refine((record) => !record.issueDate || !record.validUntil || record.issueDate <= record.validUntil, {
    message: 'questionnaire.errors.certificationDatesOrder',
    path: ['validUntil'],
  });
export type CertificationRecord = z.infer<typeof certificationRecordSchema>;

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
      return z.string().trim().min(1).max(10_000);
    case 'certification':
      return certificationRecordSchema;
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
