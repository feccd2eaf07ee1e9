import { z } from 'zod';
import { isoDateSchema } from '../questionnaire/answers';
import { serviceProfileSchema } from '../questionnaire/profile';
import { domainIdSchema, MAX_DOMAINS, severities, type Questionnaire } from '../questionnaire/schema';

/** What the assessor fills in to start an assessment (the intake). */
export const assessmentSetupSchema = z.object({
  serviceName: z.string().trim().min(1, 'assessment.errors.serviceRequired').max(200),
  assessor: z.string().trim().min(1, 'assessment.errors.assessorRequired').max(120),
  assessmentDate: isoDateSchema,
  profile: serviceProfileSchema,
});
export type AssessmentSetup = z.infer<typeof assessmentSetupSchema>;

/** The domain weights an assessment keeps, by domain id (0..10); a domain left out has its default weight. */
export const assessmentWeightsSchema = z.record(domainIdSchema, z.number().min(0).max(10)).refine((weights) => Object.keys(weights).length <= MAX_DOMAINS);

/** Whether every weight names a domain of the questionnaire. */
export const weighsOnlyItsDomains = (questionnaire: Pick<Questionnaire, 'domains'>, weights: Readonly<Record<string, number>>): boolean =>
  Object.keys(weights).every((id) => questionnaire.domains.some((d) => d.id === id));

export const overrideInputSchema = z.object({
  recommendation: z.enum(['approve', 'approveWithConditions', 'reject']),
  reason: z.string().trim().min(10, 'assessment.errors.overrideReason').max(2000),
});

export const findingStatuses = ['open', 'inProgress', 'resolved', 'accepted'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

/**
 * A risk accepted for a while: why, who approved it (name and role), what makes up for it, and the last day it holds.
 * After `until` the finding is open again by itself.
 */
export const riskAcceptanceSchema = z.object({
  justification: z.string().trim().min(10, 'acceptance.errors.justification').max(2000),
  approver: z.string().trim().min(1, 'acceptance.errors.approver').max(120),
  approverRole: z.string().trim().min(1, 'acceptance.errors.approverRole').max(120),
  control: z.string().trim().min(1, 'acceptance.errors.control').max(2000),
  acceptedOn: isoDateSchema,
  until: isoDateSchema,
});
export type RiskAcceptance = z.infer<typeof riskAcceptanceSchema>;

/** The longest an acceptance may run unless Settings say otherwise, and the range Settings allow. */
export const DEFAULT_ACCEPTANCE_MONTHS = 12;
export const ACCEPTANCE_MONTHS_RANGE = { min: 1, max: 36 } as const;

/** How the assessor tracks a finding: who owns it, by when, and where it stands; an accepted risk says on what terms. */
export const findingTrackingSchema = z.object({
  owner: z.string().trim().max(120).optional(),
  dueDate: isoDateSchema.optional(),
  status: z.enum(findingStatuses),
  acceptance: riskAcceptanceSchema.optional(),
});
export type FindingTracking = z.infer<typeof findingTrackingSchema>;

export const manualFindingSchema = z.object({
  title: z.string().trim().min(3, 'findings.errors.titleRequired').max(300),
  severity: z.enum(severities),
  remediation: z.string().trim().max(4000),
  questionId: z.string().optional(),
});
export type ManualFinding = z.infer<typeof manualFindingSchema>;

export const DEFAULT_EVIDENCE_LIMIT_BYTES = 50 * 1024 * 1024;
