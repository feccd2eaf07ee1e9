import type { Questionnaire } from '../questionnaire/schema';
import { certificationRows, type CertificationRowStatus } from '../scoring/certifications';
import type { ScoringResult } from '../scoring/engine';
import { openFindingCounts, type FindingCounts, type FindingTrackingRow } from '../scoring/open-findings';

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
  openFindings: FindingCounts;
  certifications: SummaryCertification[];
}

/**
 * The portfolio figures of a scored assessment: open findings by severity after
 * tracking, and every certification question that applies to the service profile.
 */
export function portfolioFigures(result: ScoringResult, questionnaire: Questionnaire, tracking: readonly FindingTrackingRow[]): PortfolioFigures {
  return {
    openFindings: openFindingCounts(result.findings, tracking),
    certifications: certificationRows(result, questionnaire)
      .filter((row) => row.status !== 'notApplicable')
      .map(({ questionId, name, status, validUntil }) => ({ questionId, name, status, ...(validUntil ? { validUntil } : {}) })),
  };
}

/** True once a summary carries the portfolio figures (summaries written before they existed do not). */
export function hasPortfolioFigures(summary: Partial<PortfolioFigures> | undefined): boolean {
  return summary !== undefined && summary.openFindings !== undefined && Array.isArray(summary.certifications);
}
