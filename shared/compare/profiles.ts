import { z } from 'zod';
import { domainIds } from '../questionnaire/schema';
import { MAX_WEIGHT, MIN_WEIGHT, sameWeights, type DomainWeights } from './rank';

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
export const domainWeightsSchema = z.object(Object.fromEntries(domainIds.map((id) => [id, weight])) as Record<(typeof domainIds)[number], typeof weight>);

/** A buyer's own named set of domain weights. */
export const weightProfileSchema = z.object({ name: profileNameSchema, weights: domainWeightsSchema });
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

/** The list with `profile` added, or replacing the one of the same name (case and spacing ignored). */
export function withProfile(profiles: readonly WeightProfile[], name: string, weights: DomainWeights): WeightProfile[] {
  const parsed = weightProfileSchema.safeParse({ name, weights });
  if (!parsed.success) throw new ProfileError(parsed.error.issues[0]!.message);
  if (!domainIds.some((id) => parsed.data.weights[id] > 0)) throw new ProfileError('compare.profiles.errors.allZero');
  const key = profileKey(parsed.data.name);
  const rest = profiles.filter((p) => profileKey(p.name) !== key);
  if (rest.length >= MAX_WEIGHT_PROFILES) throw new ProfileError('compare.profiles.errors.tooMany');
  return readProfiles([...rest, parsed.data]);
}

export function withoutProfile(profiles: readonly WeightProfile[], name: string): WeightProfile[] {
  const key = profileKey(name);
  return profiles.filter((p) => profileKey(p.name) !== key);
}

/** The saved profile these weights equal, if any. */
export function matchingProfile(profiles: readonly WeightProfile[], weights: DomainWeights): WeightProfile | null {
  return profiles.find((p) => sameWeights(p.weights, weights)) ?? null;
}
