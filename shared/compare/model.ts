import { z } from 'zod';
import { riskTiers } from '../scoring/risk';
import { certificationStatuses, languageSchema, shownRecommendationSchema } from '../report/model';

/*
 * A vendor comparison as plain data with every text already in its language, the
 * same way a report is a ReportModel: the renderer builds it (buildComparisonModel),
 * the Node side validates it and turns it into a signed PDF or a spreadsheet without
 * knowing anything about scoring.
 */

const text = z.string().max(20_000);
const short = z.string().max(2_000);
const tier = z.enum(riskTiers);
const score = z.number().min(0).max(100);

/**
 * Where a vendor's recommendation comes from: a finalised assessment keeps the one it was finalised (and
 * signed) with; a draft's is derived under the comparison's weights.
 */
export const recommendationBases = ['final', 'weights'] as const;
export type RecommendationBasis = (typeof recommendationBases)[number];

export const MAX_COMPARED = 12;
export const MIN_COMPARED = 2;

export const comparisonLabelKeys = [
  'ranking',
  'rank',
  'vendor',
  'service',
  'assessmentDate',
  'status',
  'overall',
  'conservative',
  'recommendation',
  'provisional',
  'residualRisk',
  'knockouts',
  'none',
  'findings',
  'critical',
  'high',
  'medium',
  'low',
  'weights',
  'weightProfile',
  'domain',
  'weight',
  'domainScores',
  'certifications',
  'certification',
  'validUntil',
  'answers',
  'number',
  'question',
  'differs',
  'yes',
  'no',
  'questionnaire',
  'generatedAt',
  'contents',
  'page',
  'of',
  'signedBy',
  'fingerprint',
  'signedAt',
  'unsigned',
  'method',
  'confidential',
  'differingOnly',
  'asFinalised',
  'underWeights',
] as const;

export const comparisonLabelsSchema = z.object(
  Object.fromEntries(comparisonLabelKeys.map((key) => [key, short])) as Record<(typeof comparisonLabelKeys)[number], typeof short>,
);
export type ComparisonLabels = z.infer<typeof comparisonLabelsSchema>;

const findingCounts = z.object({
  critical: z.number().int().min(0),
  high: z.number().int().min(0),
  medium: z.number().int().min(0),
  low: z.number().int().min(0),
});
export type FindingCounts = z.infer<typeof findingCounts>;

export const comparisonVendorSchema = z.object({
  /** 1 for the best under the recorded weights. */
  rank: z.number().int().min(1),
  name: short,
  assessmentId: short,
  serviceName: short,
  /** Formatted in the model's language. */
  assessmentDate: short,
  status: z.enum(['draft', 'final']),
  statusLabel: short,
  overall: score.nullable(),
  conservative: score,
  recommendation: shownRecommendationSchema,
  recommendationLabel: short,
  recommendationBasis: z.enum(recommendationBases),
  provisional: z.boolean(),
  residualRisk: z.object({ tier, label: short }),
  /** Titles of the knock-out rules it triggered. */
  knockouts: z.array(short),
  /** One per `domains` entry of the model, same order. */
  domainScores: z.array(score.nullable()),
  findings: findingCounts,
});
export type ComparisonVendor = z.infer<typeof comparisonVendorSchema>;

export const comparisonModelSchema = z
  .object({
    schemaVersion: z.literal(1),
    language: languageSchema,
    /** ISO timestamp; passed in, never read from a clock while building. */
    generatedAt: z.iso.datetime(),
    title: short,
    subtitle: short,
    labels: comparisonLabelsSchema,
    questionnaire: z.object({ id: short, version: short, title: short }),
    /** The weights the ranking used, and the name of the preset or saved profile they match (else "Custom weights"). */
    weightProfile: short,
    domains: z
      .array(z.object({ id: short, title: short, weight: z.number().min(0).max(10) }))
      .min(1)
      .max(10),
    /** In rank order. */
    vendors: z.array(comparisonVendorSchema).min(MIN_COMPARED).max(MAX_COMPARED),
    /** How far the first place holds when the weights move: the stability figure and one sentence per domain weight. */
    robustness: z.object({ title: short, stability: short, ranges: z.array(short).max(10) }).optional(),
    /** One row per certification question; one cell per vendor, in rank order. */
    certifications: z.array(
      z.object({
        name: short,
        cells: z.array(z.object({ status: z.enum(certificationStatuses), label: short, validUntil: short.optional() })),
      }),
    ),
    /** Question by question, grouped by domain; one answer per vendor, in rank order. */
    answers: z
      .array(
        z.object({
          domain: short,
          rows: z.array(z.object({ number: short, text, answers: z.array(text), differs: z.boolean() })).max(2_000),
        }),
      )
      .max(10),
    /** The signer, when the comparison is signed; filled in by the Node side. */
    signature: z.object({ signer: short, organisation: short.optional(), fingerprint: short, signedAt: short }).optional(),
  })
  .superRefine((model, ctx) => {
    const columns = model.vendors.length;
    // With every weight at 0 nothing is scored, and every vendor would read as a critical reject.
    if (!model.domains.some((d) => d.weight > 0)) ctx.addIssue({ code: 'custom', path: ['domains'], message: 'at least one domain weight must be above 0' });
    model.vendors.forEach((v, i) => {
      if (v.domainScores.length !== model.domains.length)
        ctx.addIssue({ code: 'custom', path: ['vendors', i, 'domainScores'], message: 'one score per domain' });
      if (v.rank !== i + 1) ctx.addIssue({ code: 'custom', path: ['vendors', i, 'rank'], message: 'vendors must be in rank order' });
    });
    model.certifications.forEach((row, i) => {
      if (row.cells.length !== columns) ctx.addIssue({ code: 'custom', path: ['certifications', i, 'cells'], message: 'one cell per vendor' });
    });
    model.answers.forEach((group, g) =>
      group.rows.forEach((row, i) => {
        if (row.answers.length !== columns) ctx.addIssue({ code: 'custom', path: ['answers', g, 'rows', i, 'answers'], message: 'one answer per vendor' });
      }),
    );
  });
export type ComparisonModel = z.infer<typeof comparisonModelSchema>;

/** What qualifies a vendor's recommendation, in the model's language: provisional or not, and where it comes from. */
export function recommendationQualifiers(vendor: ComparisonVendor, labels: ComparisonLabels): string[] {
  return [...(vendor.provisional ? [labels.provisional] : []), vendor.recommendationBasis === 'final' ? labels.asFinalised : labels.underWeights];
}
