import type { Severity } from '../questionnaire/schema';
import type { ServiceProfile } from '../questionnaire/profile';
import { shownScore } from '../scoring/figures';
import type { FindingCounts } from '../scoring/open-findings';
import { inherentRisk, type RiskTier } from '../scoring/risk';
import type { Recommendation } from '../scoring/types';
import type { SummaryCertification } from '../portfolio/figures';

/** The fields of a vendor a summary reads. */
export interface SummaryVendorInput {
  id: string;
  name: string;
}

/** The fields of an assessment a summary reads; a stored assessment row has them all. */
export interface SummaryAssessmentInput {
  id: string;
  vendorId: string;
  status: 'draft' | 'final';
  createdAt: string;
  revision: number;
  assessmentDate: string;
  profile: ServiceProfile;
  /** Set on an assessment received from someone else (a bundle or a signed report). */
  received?: object;
  /** Kept with a final assessment when it is finalised. */
  summary?: {
    score: number | null;
    residualRisk: RiskTier;
    recommendation: Recommendation;
    openFindings?: FindingCounts;
    certifications?: readonly SummaryCertification[];
    accepted?: readonly { severity: Severity; until: string }[];
  };
}

export const assessmentStates = ['none', 'draft', 'final'] as const;
/** Where a vendor's latest assessment stands; "none" without one. */
export type AssessmentState = (typeof assessmentStates)[number];

/**
 * What every vendor screen shows of one vendor: the status and tier of its latest
 * assessment (draft or final), and the figures of its latest final assessment.
 */
export interface VendorSummary<V extends SummaryVendorInput = SummaryVendorInput, A extends SummaryAssessmentInput = SummaryAssessmentInput> {
  vendor: V;
  /** The latest assessment, draft or final. */
  latest: A | null;
  /** The latest final assessment with a stored summary: the one the rating and recommendation come from. */
  final: A | null;
  /** How many assessments the vendor has, revisions included. */
  assessments: number;
  status: AssessmentState;
  /** Inherent risk tier of the latest assessment. */
  tier: RiskTier | null;
  /** Overall score 0..100 of the final one, as shownScore rounds it. */
  rating: number | null;
  recommendation: Recommendation | null;
}

/** Each vendor's latest assessment among `rows`: by creation time, then revision. */
export function latestAssessmentByVendor<T extends Pick<SummaryAssessmentInput, 'vendorId' | 'createdAt' | 'revision'>>(rows: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const current = latest.get(row.vendorId);
    if (!current || row.createdAt > current.createdAt || (row.createdAt === current.createdAt && row.revision > current.revision)) {
      latest.set(row.vendorId, row);
    }
  }
  return latest;
}

/** The latest final assessment of each vendor, by the same rule; a final one without a summary does not count. */
export function latestFinalByVendor<T extends SummaryAssessmentInput>(rows: readonly T[]): Map<string, T> {
  return latestAssessmentByVendor(rows.filter((row) => row.status === 'final' && row.summary !== undefined));
}

/** What every list shows of one assessment: a final one's score (as shownScore rounds it) and decision; a draft has neither yet. */
export function assessmentFigures(
  assessment: Pick<SummaryAssessmentInput, 'status'> & { summary?: { score: number | null; recommendation: Recommendation } },
): {
  rating: number | null;
  recommendation: Recommendation | null;
} {
  const summary = assessment.status === 'final' ? assessment.summary : undefined;
  return { rating: shownScore(summary?.score), recommendation: summary?.recommendation ?? null };
}

function tierOf(profile: ServiceProfile): RiskTier | null {
  try {
    return inherentRisk(profile).tier;
  } catch {
    return null;
  }
}

/** The tier depends only on these profile fields; assessments mostly share a few profiles, so each is worked out once. */
function tierCache(): (profile: ServiceProfile) => RiskTier | null {
  const tiers = new Map<string, RiskTier | null>();
  return (profile) => {
    const given = profile as Partial<ServiceProfile> | undefined;
    const key =
      given && Array.isArray(given.dataCategories) && Array.isArray(given.regulatoryScope)
        ? `${given.dataCategories.join(',')}|${String(given.aiAutonomy)}|${String(given.criticality)}|${given.regulatoryScope.join(',')}`
        : null;
    if (key === null) return tierOf(profile);
    let tier = tiers.get(key);
    if (tier === undefined) {
      tier = tierOf(profile);
      tiers.set(key, tier);
    }
    return tier;
  };
}

/** One summary per vendor, in the vendors' order: the one join of vendors with their assessments. */
export function summariseVendors<V extends SummaryVendorInput, A extends SummaryAssessmentInput>(
  vendors: readonly V[],
  assessments: readonly A[],
): VendorSummary<V, A>[] {
  const latest = latestAssessmentByVendor(assessments);
  const latestFinal = latestFinalByVendor(assessments);
  const counts = new Map<string, number>();
  for (const row of assessments) counts.set(row.vendorId, (counts.get(row.vendorId) ?? 0) + 1);
  const tierOfProfile = tierCache();
  return vendors.map((vendor): VendorSummary<V, A> => {
    const last = latest.get(vendor.id) ?? null;
    const final = latestFinal.get(vendor.id) ?? null;
    return {
      vendor,
      latest: last,
      final,
      assessments: counts.get(vendor.id) ?? 0,
      status: last?.status ?? 'none',
      tier: last ? tierOfProfile(last.profile) : null,
      ...(final ? assessmentFigures(final) : { rating: null, recommendation: null }),
    };
  });
}
