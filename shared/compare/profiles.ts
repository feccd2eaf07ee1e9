import { z } from 'zod';
import { domainIdSchema, MAX_DOMAINS, type Questionnaire } from '../questionnaire/schema';
import { completeWeights, MAX_WEIGHT, MIN_WEIGHT, sameWeights, type DomainWeights } from './rank';

export const PROFILE_NAME_MAX = 60;
export const MAX_WEIGHT_PROFILES = 30;

/** Messages are i18n keys, so the form shows them in the user's language. */
export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'compare.profiles.errors.nameRequired')
  .max(PROFILE_NAME_MAX, 'compare.profiles.errors.nameTooLong')
  .transform((name) => name.replace(/\s+/g, ' '));

const weight = z.number().int().min(MIN_WEIGHT).max(MAX_WEIGHT);
/**
 * A profile's weights, by domain id: the domains of the questionnaire it was saved with. Used with another
 * questionnaire, the domains it does not name keep their defaults, and the ones that questionnaire lacks stay
 * in the profile for the next time.
 */
export const profileWeightsSchema = z.record(domainIdSchema, weight).refine((weights) => Object.keys(weights).length <= MAX_DOMAINS * 2);

/** A buyer's own named set of domain weights. */
export const weightProfileSchema = z.object({ name: profileNameSchema, weights: profileWeightsSchema });
export type WeightProfile = { name: string; weights: DomainWeights };

const profileKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Keeps the well-formed profiles of a stored list, first of each name, sorted by name. */
export function readProfiles(stored: unknown): WeightProfile[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const out: WeightProfile[] = [];
  for (const item of stored) {
    const parsed = weightProfileSchema.safeParse(item);
    if (!parsed.success || seen.has(profileKey(parsed.data.name))) continue;
    seen.add(profileKey(parsed.data.name));
    out.push(parsed.data);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export class ProfileError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

/**
 * The list with `profile` added, or replacing the one of the same name (case and spacing ignored). Replacing
 * keeps the old profile's weights for domains these weights do not name (another questionnaire's).
 */
export function withProfile(profiles: readonly WeightProfile[], name: string, weights: DomainWeights): WeightProfile[] {
  const previous = profiles.find((p) => profileKey(p.name) === profileKey(name));
  const parsed = weightProfileSchema.safeParse({ name, weights: { ...previous?.weights, ...weights } });
  if (!parsed.success) throw new ProfileError(parsed.error.issues[0]!.message);
  if (!Object.values(weights).some((w) => w > 0)) throw new ProfileError('compare.profiles.errors.allZero');
  const key = profileKey(parsed.data.name);
  const rest = profiles.filter((p) => profileKey(p.name) !== key);
  if (rest.length >= MAX_WEIGHT_PROFILES) throw new ProfileError('compare.profiles.errors.tooMany');
  return readProfiles([...rest, parsed.data]);
}

export function withoutProfile(profiles: readonly WeightProfile[], name: string): WeightProfile[] {
  const key = profileKey(name);
  return profiles.filter((p) => profileKey(p.name) !== key);
}

/** A profile's weights for this questionnaire: a weight for each of its domains, the ones the profile does not name at their default. */
export function profileWeightsFor(profile: WeightProfile, questionnaire: Pick<Questionnaire, 'domains'>): DomainWeights {
  return completeWeights(questionnaire, profile.weights);
}

/** The saved profile these weights (for this questionnaire) equal, if any. */
export function matchingProfile(
  profiles: readonly WeightProfile[],
  weights: DomainWeights,
  questionnaire: Pick<Questionnaire, 'domains'>,
): WeightProfile | null {
  return profiles.find((p) => sameWeights(profileWeightsFor(p, questionnaire), completeWeights(questionnaire, weights))) ?? null;
}
