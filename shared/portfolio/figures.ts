import type { Questionnaire } from '../questionnaire/schema';
import { certificationRows, type CertificationRowStatus } from '../scoring/certifications';
import type { ScoringResult } from '../scoring/engine';
import { openFindingCounts, type FindingCounts, type FindingTrackingRow } from '../scoring/open-findings';
import { acceptedInForce } from '../scoring/finding-list';
import type { Severity } from '../questionnaire/schema';

/** A certification question of a finalised assessment, as the portfolio needs it. */
export interface SummaryCertification {
  questionId: string;
  /** Short name, e.g. "ISO/IEC 27001". */
  name: string;
  /** Status as of the assessment date. */
  status: CertificationRowStatus;
  /** Last day the certificate or report counts as current (YYYY-MM-DD), when one is held. */
  validUntil?: string;
}

/** What the portfolio shows of a final assessment besides its score, kept with it at finalisation. */
export interface PortfolioFigures {
  /** Open findings when finalised; accepted risks are not among them while their acceptance holds. */
  openFindings: FindingCounts;
  certifications: SummaryCertification[];
  /** The risks accepted, each with its severity and last day: open again once that day has passed. */
  accepted?: { severity: Severity; until: string }[];
}

/**
 * The portfolio figures of a scored assessment: open findings by severity after
 * tracking, and every certification question that applies to the service profile.
 */
export function portfolioFigures(result: ScoringResult, questionnaire: Questionnaire, tracking: readonly FindingTrackingRow[]): PortfolioFigures {
  return {
    openFindings: openFindingCounts(result.findings, tracking),
    accepted: acceptedInForce(result.findings, tracking).map(({ severity, until }) => ({ severity, until })),
    certifications: certificationRows(result, questionnaire)
      .filter((row) => row.status !== 'notApplicable')
      .map(({ questionId, name, status, validUntil }) => ({ questionId, name, status, ...(validUntil ? { validUntil } : {}) })),
  };
}

/** True once a summary carries the portfolio figures (summaries written before they existed do not). */
export function hasPortfolioFigures(summary: Partial<PortfolioFigures> | undefined): boolean {
  return summary !== undefined && summary.openFindings !== undefined && Array.isArray(summary.certifications);
}
