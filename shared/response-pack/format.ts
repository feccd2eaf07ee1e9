import { z } from 'zod';
import { supportedLanguages } from '../i18n';
import { MAX_QUESTIONS } from '../questionnaire/exchange/limits';

/** What the hidden sheet of a response pack says about it; the import trusts nothing else in the workbook to say which pack it is. */
export const RESPONSE_PACK_FORMAT = 'assay-response-pack';
export const RESPONSE_PACK_FORMAT_VERSION = 1;
/** The name of the hidden, protected sheet that carries the pack's facts. */
export const PACK_SHEET = 'assay-pack';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const text = (max: number) => z.string().trim().max(max);

export const packFactsSchema = z
  .object({
    format: z.literal(RESPONSE_PACK_FORMAT),
    formatVersion: z.literal(RESPONSE_PACK_FORMAT_VERSION),
    packId: z.uuid(),
    assessmentId: z.string().min(1).max(100),
    questionnaireId: z.string().regex(/^[a-z][a-z0-9-]*$/),
    questionnaireVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** SHA-256 of questionSetText() of the questions the pack asks. */
    questionSetSha256: sha256,
    language: z.enum(supportedLanguages),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type PackFacts = z.infer<typeof packFactsSchema>;
/** The order of the facts on the hidden sheet, one per row: name, value. */
export const packFactNames = Object.keys(packFactsSchema.shape) as (keyof PackFacts)[];

/** How a question is answered in the workbook: the answer column's rule. */
export const packAnswerSchema = z.discriminatedUnion('type', [
  /** One of a list (yes/no, a choice): a drop-down of these labels. */
  z.object({ type: z.literal('list'), choices: z.array(text(300)).min(1).max(60) }).strict(),
  /** Several of a list, separated by semicolons. */
  z.object({ type: z.literal('multiList'), choices: z.array(text(300)).min(1).max(60) }).strict(),
  z.object({ type: z.literal('number'), unit: text(300), min: z.number().optional(), max: z.number().optional() }).strict(),
  z.object({ type: z.literal('date') }).strict(),
  z.object({ type: z.literal('text') }).strict(),
]);
export type PackAnswer = z.infer<typeof packAnswerSchema>;

export const packQuestionSchema = z
  .object({
    id: z.string().min(1).max(60),
    domain: text(300),
    section: text(300),
    text: text(4000),
    guidance: text(8000),
    evidence: text(8000),
    /** A certification is asked on the certifications sheet; anything else on the questions sheet. */
    certification: z.enum(['certificate', 'report']).optional(),
    answer: packAnswerSchema,
  })
  .strict();
export type PackQuestion = z.infer<typeof packQuestionSchema>;

/** A response pack as the renderer hands it to the Node side, which lays it out as a workbook. */
export const responsePackSchema = z
  .object({
    facts: packFactsSchema,
    vendor: text(200).min(1),
    buyer: text(200).min(1),
    contact: text(300),
    deadline: z.iso.date().optional(),
    questionnaireTitle: text(300),
    questions: z.array(packQuestionSchema).min(1).max(MAX_QUESTIONS),
  })
  .strict();
export type ResponsePack = z.infer<typeof responsePackSchema>;
