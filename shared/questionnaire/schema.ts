import { z } from 'zod';
import { profileConditionSchema } from './profile';

/** Text in both UI languages. */
export const localizedSchema = z.object({ de: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type Localized = z.infer<typeof localizedSchema>;

/** The longest name a questionnaire may give a domain, section, option, unit or rule: the documents show them whole. */
export const MAX_NAME_LENGTH = 300;
const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);
/** A name in both UI languages. */
export const localizedNameSchema = z.object({ de: name, en: name }).strict();

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

const score = z.number().min(0).max(1);
const idSchema = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'ids look like SEC-ISO27001');
const optionId = z.string().regex(/^[a-z][A-Za-z0-9]*$/);

export const optionSchema = z.object({ id: optionId, label: localizedNameSchema, score }).strict();
export type AnswerOption = z.infer<typeof optionSchema>;

/** A numeric band: the first band whose bounds hold gives the score; none matching scores 0. */
const bandSchema = z
  .object({ atLeast: z.number().optional(), atMost: z.number().optional(), score })
  .strict()
  .refine((band) => band.atLeast !== undefined || band.atMost !== undefined, 'a band needs a bound');

/**
 * How a question is answered and how an answer becomes a score in 0..1.
 * - yesNo: yes / partial / no, scored by `scores`.
 * - choice: one option; multiChoice: several, score = min(1, sum of chosen options).
 * - number: value with a unit, scored by bands.
 * - date: scored by age in days at the assessment date (bands on age), or unscored.
 * - text: free text, never scored (weight must be 0).
 * - certification: a certificate or audit report record; scored by whether it is
 *   held and valid on the assessment date and whether its scope covers the service.
 */
export const answerSpecSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('yesNo'),
      scores: z.object({ yes: score, partial: score, no: score }).strict().default({ yes: 1, partial: 0.5, no: 0 }),
    })
    .strict(),
  z.object({ type: z.literal('choice'), options: z.array(optionSchema).min(2) }).strict(),
  z.object({ type: z.literal('multiChoice'), options: z.array(optionSchema).min(2) }).strict(),
  z
    .object({ type: z.literal('number'), unit: localizedNameSchema, min: z.number().optional(), max: z.number().optional(), bands: z.array(bandSchema).min(1) })
    .strict(),
  z.object({ type: z.literal('date'), ageBands: z.array(bandSchema).optional() }).strict(),
  z.object({ type: z.literal('text') }).strict(),
  z
    .object({
      type: z.literal('certification'),
      /** A certificate has an expiry date; an attestation report (SOC 2) is valid `reportValidityMonths` after its period ends. */
      kind: z.enum(['certificate', 'report']),
      reportValidityMonths: z.number().int().positive().optional(),
    })
    .strict(),
]);
export type AnswerSpec = z.infer<typeof answerSpecSchema>;
export type AnswerType = AnswerSpec['type'];

export const frameworkReferenceSchema = z.object({ framework: z.string().min(2), ref: z.string().min(1) }).strict();
export type FrameworkReference = z.infer<typeof frameworkReferenceSchema>;

export const questionSchema = z
  .object({
    id: idSchema,
    text: localizedSchema,
    guidance: localizedSchema,
    /** What good evidence looks like. */
    evidence: localizedSchema,
    references: z.array(frameworkReferenceSchema).min(1),
    weight: z.number().min(0).max(10),
    answer: answerSpecSchema,
    allowNotApplicable: z.boolean(),
    appliesWhen: profileConditionSchema.optional(),
    /** Severity of the finding when the answer scores 0; partial answers get one level less. */
    severity: z.enum(severities),
    remediation: localizedSchema,
  })
  .strict()
  .refine((q) => q.answer.type !== 'text' || q.weight === 0, { message: 'free-text questions are unscored (weight 0)' })
  .refine((q) => q.answer.type !== 'date' || q.answer.ageBands !== undefined || q.weight === 0, {
    message: 'a date question without age bands is unscored (weight 0)',
  });
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({ id: idSchema, title: localizedNameSchema, questions: z.array(questionSchema).min(1) }).strict();
export type Section = z.infer<typeof sectionSchema>;

/** A domain's id, as weights and saved profiles name it: `security`, `aiEthics`. */
export const domainIdSchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'domain ids look like dataResidency');
export type DomainId = string;

/** A questionnaire has its own domains, at least one and at most this many. */
export const MAX_DOMAINS = 10;

export const domainSchema = z
  .object({
    id: domainIdSchema,
    title: localizedNameSchema,
    description: localizedSchema,
    defaultWeight: z.number().min(0).max(10),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();
export type Domain = z.infer<typeof domainSchema>;

/** Knock-out conditions on answers (and the profile); answered values only ever trigger them. */
export type KnockoutCondition =
  | { all: KnockoutCondition[] }
  | { any: KnockoutCondition[] }
  | { answer: string; in: string[] }
  | { certificationInvalid: string }
  | { profile: z.infer<typeof profileConditionSchema> };

export const knockoutConditionSchema: z.ZodType<KnockoutCondition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(knockoutConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(knockoutConditionSchema).min(1) }).strict(),
    z.object({ answer: idSchema, in: z.array(z.string()).min(1) }).strict(),
    z.object({ certificationInvalid: idSchema }).strict(),
    z.object({ profile: profileConditionSchema }).strict(),
  ]),
);

export const knockoutSchema = z.object({ id: idSchema, title: localizedNameSchema, rationale: localizedSchema, when: knockoutConditionSchema }).strict();
export type Knockout = z.infer<typeof knockoutSchema>;

export const questionnaireSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: localizedNameSchema,
    domains: z.array(domainSchema).min(1).max(MAX_DOMAINS),
    knockouts: z.array(knockoutSchema),
  })
  .strict()
  .refine((q) => new Set(q.domains.map((d) => d.id)).size === q.domains.length, { message: 'each domain exactly once' });
export type Questionnaire = z.infer<typeof questionnaireSchema>;
/** What a bank file is written as, before defaults are applied. */
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type DomainInput = z.input<typeof domainSchema>;
