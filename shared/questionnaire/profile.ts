import { z } from 'zod';

/**
 * The service profile (intake): what the vendor will do for the buyer. It decides
 * which questions apply and the inherent risk tier.
 */
export const dataCategories = ['personal', 'specialCategory', 'payment', 'recordingsBiometrics'] as const;
export const aiAutonomyLevels = ['none', 'assistive', 'autonomous'] as const;
export const criticalityLevels = ['low', 'medium', 'high', 'critical'] as const;
export const regulations = ['gdpr', 'dora', 'nis2', 'euAiAct'] as const;
export const sectors = ['financial', 'healthcare', 'publicSector', 'telecom', 'retail', 'other'] as const;

export const serviceProfileSchema = z.object({
  dataCategories: z.array(z.enum(dataCategories)),
  aiAutonomy: z.enum(aiAutonomyLevels),
  criticality: z.enum(criticalityLevels),
  regulatoryScope: z.array(z.enum(regulations)),
  sector: z.enum(sectors),
  /** The buyer requires storage and processing inside the EU/EEA. */
  requiresEuResidency: z.boolean(),
});
export type ServiceProfile = z.infer<typeof serviceProfileSchema>;
export type ProfileField = keyof ServiceProfile;
export const profileFields = Object.keys(serviceProfileSchema.shape) as ProfileField[];

/**
 * When a question applies, in terms of the profile. Array fields match with
 * `includes` (any of the values present), scalar fields with `in`, booleans with `is`.
 */
export type ProfileCondition =
  | { all: ProfileCondition[] }
  | { any: ProfileCondition[] }
  | { not: ProfileCondition }
  | { field: 'dataCategories'; includes: (typeof dataCategories)[number][] }
  | { field: 'regulatoryScope'; includes: (typeof regulations)[number][] }
  | { field: 'aiAutonomy'; in: (typeof aiAutonomyLevels)[number][] }
  | { field: 'criticality'; in: (typeof criticalityLevels)[number][] }
  | { field: 'sector'; in: (typeof sectors)[number][] }
  | { field: 'requiresEuResidency'; is: boolean };

export const profileConditionSchema: z.ZodType<ProfileCondition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(profileConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(profileConditionSchema).min(1) }).strict(),
    z.object({ not: profileConditionSchema }).strict(),
    z.object({ field: z.literal('dataCategories'), includes: z.array(z.enum(dataCategories)).min(1) }).strict(),
    z.object({ field: z.literal('regulatoryScope'), includes: z.array(z.enum(regulations)).min(1) }).strict(),
    z.object({ field: z.literal('aiAutonomy'), in: z.array(z.enum(aiAutonomyLevels)).min(1) }).strict(),
    z.object({ field: z.literal('criticality'), in: z.array(z.enum(criticalityLevels)).min(1) }).strict(),
    z.object({ field: z.literal('sector'), in: z.array(z.enum(sectors)).min(1) }).strict(),
    z.object({ field: z.literal('requiresEuResidency'), is: z.boolean() }).strict(),
  ]),
);

export function matchesProfile(condition: ProfileCondition | undefined, profile: ServiceProfile): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => matchesProfile(c, profile));
  if ('any' in condition) return condition.any.some((c) => matchesProfile(c, profile));
  if ('not' in condition) return !matchesProfile(condition.not, profile);
  switch (condition.field) {
    case 'dataCategories':
      return condition.includes.some((value) => profile.dataCategories.includes(value));
    case 'regulatoryScope':
      return condition.includes.some((value) => profile.regulatoryScope.includes(value));
    case 'aiAutonomy':
      return condition.in.includes(profile.aiAutonomy);
    case 'criticality':
      return condition.in.includes(profile.criticality);
    case 'sector':
      return condition.in.includes(profile.sector);
    case 'requiresEuResidency':
      return profile.requiresEuResidency === condition.is;
  }
}
