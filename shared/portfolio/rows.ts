import { addDays } from '../calendar';
import type { FindingCounts } from '../scoring/open-findings';
import type { RiskTier } from '../scoring/risk';
import { decidedRecommendation } from '../scoring/shown-recommendation';
import type { Recommendation } from '../scoring/types';
import { summariseVendors, type AssessmentState, type SummaryAssessmentInput, type SummaryVendorInput } from '../vendors/summary';
import type { SummaryCertification } from './figures';
import { nextReview, type ReviewDue } from './review';

/** A certificate or report the vendor holds, with the day it stops counting as current. */
export interface HeldCertification {
  questionId: string;
  name: string;
  validUntil: string;
}

/** One vendor on the portfolio dashboard. */
export interface PortfolioRow {
  vendorId: string;
  name: string;
  /** Status of the latest assessment. */
  status: AssessmentState;
  /** Inherent risk tier of the latest assessment (draft or final). */
  tier: RiskTier | null;
  latestAssessmentId: string | null;
  /** The latest final assessment, whose figures the row shows. */
  finalAssessmentId: string | null;
  /** That assessment was received from someone else. */
  received: boolean;
  /** Assessment date of the latest final assessment. */
  assessedOn: string | null;
  /** Overall score 0..100, as shownScore rounds it. */
  rating: number | null;
  recommendation: Recommendation | null;
  residualRisk: RiskTier | null;
  /** Open findings by severity, those whose acceptance ran out before today among them; null without a final assessment or when not known. */
  openFindings: FindingCounts | null;
  /** Risks accepted and still in force today: how many, and the first day one runs out. */
  accepted: { count: number; firstUntil: string } | null;
  /** Risks whose acceptance ran out before today: open again. */
  acceptanceRanOut: number;
  /** Certificates and reports held according to the latest final assessment, earliest expiry first. */
  held: HeldCertification[];
  /** The earliest expiry on or after today among the held ones. */
  nextExpiry: HeldCertification | null;
  /** How many held ones have expired before today. */
  expiredCertifications: number;
  review: ReviewDue;
}

/** Certifications with a date that the vendor holds (current, expiring or already expired). */
export function heldCertifications(certifications: readonly SummaryCertification[] | undefined): HeldCertification[] {
  const held: HeldCertification[] = [];
  for (const c of certifications ?? []) {
    if ((c.status === 'valid' || c.status === 'expiring' || c.status === 'expired') && c.validUntil) {
      held.push({ questionId: c.questionId, name: c.name, validUntil: c.validUntil });
    }
  }
  return held.sort((a, b) => (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * One row per vendor: the tier and status of its latest assessment, and the
 * figures of its latest final assessment, judged as of `today` (YYYY-MM-DD).
 */
export function buildPortfolio(vendors: readonly SummaryVendorInput[], assessments: readonly SummaryAssessmentInput[], today: string): PortfolioRow[] {
  return summariseVendors(vendors, assessments).map(({ vendor, latest, final, status, tier, rating, recommendation }): PortfolioRow => {
    const summary = final?.summary;
    const held = heldCertifications(summary?.certifications);
    // Acceptances that ran out before today count as open again.
    const acceptedList = summary?.accepted ?? [];
    const inForce = acceptedList.filter((a) => a.until >= today);
    const ranOut = acceptedList.filter((a) => a.until < today);
    const openFindings = summary?.openFindings ? { ...summary.openFindings } : null;
    if (openFindings) for (const a of ranOut) openFindings[a.severity] += 1;
    let nextExpiry: HeldCertification | null = null;
    let expired = 0;
    for (const c of held) {
      if (c.validUntil < today) expired += 1;
      else if (!nextExpiry) nextExpiry = c;
    }
    return {
      vendorId: vendor.id,
      name: vendor.name,
      status,
      tier,
      latestAssessmentId: latest?.id ?? null,
      finalAssessmentId: final?.id ?? null,
      received: final?.received !== undefined,
      assessedOn: final?.assessmentDate ?? null,
      rating,
      recommendation,
      residualRisk: summary?.residualRisk ?? null,
      openFindings,
      accepted: inForce.length > 0 ? { count: inForce.length, firstUntil: inForce.map((a) => a.until).sort()[0]! } : null,
      acceptanceRanOut: ranOut.length,
      held,
      nextExpiry,
      expiredCertifications: expired,
      review: nextReview(
        final && summary ? { assessmentDate: final.assessmentDate, residualRisk: summary.residualRisk, certifications: summary.certifications } : null,
        today,
      ),
    };
  });
}

/** Counts for the header of the dashboard. */
export interface PortfolioKeyFigures {
  vendors: number;
  approve: number;
  approveWithConditions: number;
  reject: number;
  /** Vendors without a final assessment. */
  notAssessed: number;
  /** Open critical and high findings across the latest final assessments. */
  openCritical: number;
  openHigh: number;
  reviewsOverdue: number;
  /** Certificates and reports expiring from today to `expiryWindowDays` ahead. */
  certificatesExpiring: number;
  /** Certificates and reports already expired. */
  certificatesExpired: number;
}

export const KEY_FIGURE_EXPIRY_DAYS = 90;

export function keyFigures(rows: readonly PortfolioRow[], today: string, expiryWindowDays = KEY_FIGURE_EXPIRY_DAYS): PortfolioKeyFigures {
  const figures: PortfolioKeyFigures = {
    vendors: rows.length,
    approve: 0,
    approveWithConditions: 0,
    reject: 0,
    notAssessed: 0,
    openCritical: 0,
    openHigh: 0,
    reviewsOverdue: 0,
    certificatesExpiring: 0,
    certificatesExpired: 0,
  };
  const windowEnd = addDays(today, expiryWindowDays);
  for (const row of rows) {
    // A final assessment with nothing answered decides nothing, yet it is a final assessment.
    const decided = decidedRecommendation(row.rating, row.recommendation);
    if (decided) figures[decided] += 1;
    else if (!row.recommendation) figures.notAssessed += 1;
    figures.openCritical += row.openFindings?.critical ?? 0;
    figures.openHigh += row.openFindings?.high ?? 0;
    if (row.review.state === 'overdue') figures.reviewsOverdue += 1;
    for (const c of row.held) {
      if (c.validUntil < today) figures.certificatesExpired += 1;
      else if (c.validUntil <= windowEnd) figures.certificatesExpiring += 1;
    }
  }
  return figures;
}
