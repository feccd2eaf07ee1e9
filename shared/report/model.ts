import { z } from 'zod';
import { supportedLanguages } from '../i18n';
import { severities } from '../questionnaire/schema';
import { riskTiers } from '../scoring/risk';
import type { ShownRecommendation } from '../scoring/shown-recommendation';
import { recommendations } from '../scoring/types';

/*
 * Everything a PDF report shows, as plain data with every text already in the
 * report's language. The renderer builds it (buildReportModel); the Node side
 * validates it, lays it out and signs it without knowing anything about scoring.
 */

const text = z.string().max(20_000);
const short = z.string().max(2_000);
const tier = z.enum(riskTiers);
const severity = z.enum(severities);

/** A recommendation as shown: 'notAssessed' while nothing is answered (shownRecommendation). */
export const shownRecommendationSchema = z.enum([...recommendations, 'notAssessed'] as const satisfies readonly ShownRecommendation[]);
const recommendation = shownRecommendationSchema;

/** A certification's standing as the report and the comparison show it. */
export const certificationStatuses = ['valid', 'expiring', 'expired', 'inProgress', 'notHeld', 'unanswered', 'notApplicable'] as const;
export type CertificationStatus = (typeof certificationStatuses)[number];

/** The languages a report or comparison is written in. */
export const languageSchema = z.enum(supportedLanguages);
const score = z.number().min(0).max(100);

export const reportLabelKeys = [
  'executiveSummary',
  'vendor',
  'service',
  'decision',
  'overrideReason',
  'provisional',
  'overallRating',
  'conservativeRating',
  'inherentRisk',
  'residualRisk',
  'controlStrength',
  'knockouts',
  'noKnockouts',
  'topRisks',
  'noRisks',
  'domainScores',
  'certifications',
  'assessor',
  'date',
  'questionnaire',
  'completion',
  'contents',
  'domainDetails',
  'answers',
  'note',
  'source',
  'vendorFile',
  'evidence',
  'findings',
  'acceptedRisks',
  'approvedBy',
  'acceptedUntil',
  'justification',
  'compensatingControl',
  'severity',
  'remediation',
  'owner',
  'due',
  'status',
  'certificationRecords',
  'evidenceIndex',
  'fileName',
  'size',
  'sha256',
  'method',
  'weights',
  'matrix',
  'knockoutRules',
  'page',
  'of',
  'signedBy',
  'fingerprint',
  'signedAt',
  'unsigned',
  'notAnswered',
  'notApplicable',
  'score',
  'question',
  'issuer',
  'validUntil',
  'certificateId',
  'scope',
  'confidential',
] as const;

export const reportLabelsSchema = z.object(
  Object.fromEntries(reportLabelKeys.map((key) => [key, short])) as Record<(typeof reportLabelKeys)[number], typeof short>,
);
export type ReportLabels = z.infer<typeof reportLabelsSchema>;

export const reportFindingSchema = z.object({
  number: short,
  title: text,
  kind: short,
  severity,
  severityLabel: short,
  remediation: text,
  owner: short.optional(),
  dueDate: short.optional(),
  status: short.optional(),
});
export type ReportFinding = z.infer<typeof reportFindingSchema>;

export const reportDomainSchema = z.object({
  title: short,
  weight: z.number().min(0).max(10),
  score: score.nullable(),
  conservativeScore: score.nullable(),
  counts: z.object({ applicable: z.number().int(), answered: z.number().int(), notApplicable: z.number().int(), unanswered: z.number().int() }),
  /** E.g. "Data residency lost 14.0 points: 3.4 −6.0, 3.7 −5.0". */
  explanation: text,
  sections: z.array(
    z.object({
      title: short,
      questions: z.array(
        z.object({
          number: short,
          text,
          answer: text,
          /** 0..100 for scored answered questions, else null. */
          score: score.nullable(),
          status: z.enum(['answered', 'na', 'unanswered', 'notApplicable']),
          note: text.optional(),
          /** Where the answer came from when the vendor gave it, worded. */
          source: text.optional(),
          evidence: z.array(short),
        }),
      ),
    }),
  ),
});
export type ReportDomain = z.infer<typeof reportDomainSchema>;

export const reportModelSchema = z.object({
  schemaVersion: z.literal(1),
  language: languageSchema,
  /** ISO timestamp; passed in, never read from a clock while building. */
  generatedAt: z.iso.datetime(),
  title: short,
  subtitle: short,
  labels: reportLabelsSchema,
  vendor: z.object({ name: short, website: short.optional(), services: z.array(short) }),
  assessment: z.object({
    id: short,
    serviceName: short,
    assessor: short,
    assessmentDate: short,
    status: z.enum(['draft', 'final']),
    statusLabel: short,
    revision: z.number().int().min(1),
    finalisedAt: short.optional(),
    /** The history's length and last entry's hash, with the sentence that states them. */
    history: z.object({ entries: z.number().int().min(1), head: z.string().regex(/^[0-9a-f]{64}$/), label: short, text: z.string().max(500) }).optional(),
    questionnaire: z.object({ id: short, version: short, title: short }),
  }),
  decision: z.object({
    recommendation,
    label: short,
    derivedLabel: short,
    provisional: z.boolean(),
    override: z.object({ label: short, reason: text, by: short, at: short }).optional(),
    /** With "approve with conditions" only: the open findings of medium severity or above, most severe first. */
    conditions: z
      .object({
        title: short,
        /** Introduces the items, or says there are none. */
        intro: short,
        items: z.array(z.object({ number: short, title: text, severity, severityLabel: short })).max(2_000),
      })
      .optional(),
  }),
  scores: z.object({
    overall: score.nullable(),
    conservative: score,
    controlStrength: short,
    inherentRisk: z.object({ tier, label: short, points: z.number(), factors: z.array(z.object({ label: short, points: z.number() })) }),
    residualRisk: z.object({ tier, label: short }),
    completion: z.object({ applicable: z.number().int(), answered: z.number().int() }),
  }),
  domains: z.array(reportDomainSchema).max(10),
  knockouts: z.array(z.object({ title: short, rationale: text, status: z.enum(['triggered', 'clear', 'open']), statusLabel: short })),
  topRisks: z.array(reportFindingSchema).max(5),
  certifications: z.array(
    z.object({
      number: short,
      name: text,
      status: z.enum(certificationStatuses),
      statusLabel: short,
      certificateId: short.optional(),
      issuer: short.optional(),
      scope: text.optional(),
      validUntil: short.optional(),
    }),
  ),
  findings: z.array(reportFindingSchema).max(2_000),
  /** For page 1: the high and critical risks accepted and still in force, who approved them and until when. */
  acceptedSummary: text.optional(),
  /** Findings whose risk was accepted: on what terms, until when, and whether that day has passed. */
  acceptedRisks: z
    .array(
      z.object({
        number: short,
        title: text,
        severity,
        severityLabel: short,
        approver: short,
        until: short,
        justification: text,
        control: text,
        expired: z.boolean(),
      }),
    )
    .max(2_000)
    .optional(),
  evidence: z.array(z.object({ questionNumber: short, fileName: short, size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(5_000),
  method: z.object({
    domainWeights: z.array(z.object({ title: short, weight: z.number() })),
    thresholds: z.array(short),
    matrix: z.object({ header: z.array(short), rows: z.array(z.array(short)) }),
    knockoutRules: z.array(z.object({ title: short, rationale: text })),
  }),
  /** The signer, when the report is signed; filled in by the Node side. */
  signature: z.object({ signer: short, organisation: short.optional(), fingerprint: short, signedAt: short }).optional(),
});
export type ReportModel = z.infer<typeof reportModelSchema>;
