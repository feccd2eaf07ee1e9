import type { RiskTier } from '../scoring/risk';
import { daysBetween, addMonths } from '../calendar';
import type { SummaryCertification } from './figures';

/**
 * How long a final assessment stays good, by its residual risk. The riskier the
 * vendor after its controls, the sooner it is assessed again.
 */
export const REVIEW_INTERVAL_MONTHS: Readonly<Record<RiskTier, number>> = { critical: 6, high: 12, medium: 24, low: 36 };

/**
 * - dueNow: the vendor has no final assessment yet.
 * - overdue: the review date is before today.
 * - scheduled: the review date is today or later.
 */
export type ReviewState = 'dueNow' | 'overdue' | 'scheduled';

/** Why the review falls on its date. */
export type ReviewBasis = 'noFinal' | 'interval' | 'certification';

export interface ReviewDue {
  state: ReviewState;
  /** YYYY-MM-DD; null when due now. */
  date: string | null;
  basis: ReviewBasis;
  /** Days from today to the date (negative when overdue); null when due now. */
  daysLeft: number | null;
  /** The certification whose expiry brings the review forward (basis "certification"). */
  certification?: string;
}

export interface ReviewInput {
  /** Assessment date of the latest final assessment (YYYY-MM-DD). */
  assessmentDate: string;
  residualRisk: RiskTier;
  certifications?: readonly SummaryCertification[];
}

/** A certification the assessment relied on: held and current on the assessment date. */
export function isCurrentAtAssessment(certification: SummaryCertification): certification is SummaryCertification & { validUntil: string } {
  return (certification.status === 'valid' || certification.status === 'expiring') && certification.validUntil !== undefined;
}

/**
 * The next review of a vendor.
 *
 * Rule: the latest final assessment's date plus the interval for its residual risk
 * (critical 6 months, high 12, medium 24, low 36), but never later than the earliest
 * expiry of a certification that was held and current on the assessment date: once
 * a certificate the assessment relied on lapses, the vendor is reviewed. (A
 * certification already expired on the assessment date was scored as expired and
 * raised a finding; it does not move the date.) Without a final assessment the
 * review is due now. A review date before today is overdue.
 */
export function nextReview(final: ReviewInput | null, today: string): ReviewDue {
  if (!final) return { state: 'dueNow', date: null, basis: 'noFinal', daysLeft: null };
  let date = addMonths(final.assessmentDate, REVIEW_INTERVAL_MONTHS[final.residualRisk]);
  let basis: ReviewBasis = 'interval';
  let certification: string | undefined;
  for (const held of final.certifications ?? []) {
    if (isCurrentAtAssessment(held) && held.validUntil < date) {
      date = held.validUntil;
      basis = 'certification';
      certification = held.name;
    }
  }
  const daysLeft = daysBetween(today, date);
  return { state: daysLeft < 0 ? 'overdue' : 'scheduled', date, basis, daysLeft, ...(certification ? { certification } : {}) };
}
