import type { CertificateFilter, PortfolioFilter, PortfolioSort } from '@shared/portfolio';
import type { RiskTier } from '@shared/scoring/risk';
import type { Recommendation } from '@shared/scoring/types';

/** The certificate filter as the select offers it: expired, or expiring within so many days. */
export const certificateChoices = ['expired', '30', '90', '180', '365'] as const;
export type CertificateChoice = (typeof certificateChoices)[number] | '';

export interface ViewState {
  query: string;
  tier: RiskTier | '';
  recommendation: Recommendation | 'none' | '';
  reviewOverdue: boolean;
  certificate: CertificateChoice;
  sort: PortfolioSort;
}

/** Soonest review first: what needs attention leads. */
export const initialView: ViewState = {
  query: '',
  tier: '',
  recommendation: '',
  reviewOverdue: false,
  certificate: '',
  sort: { key: 'nextReview', direction: 'ascending' },
};

let remembered: ViewState = initialView;

/** The filters and sort of the last visit in this session, so coming back from a vendor keeps them. */
export const rememberedView = (): ViewState => remembered;
export const rememberView = (view: ViewState): void => {
  remembered = view;
};

function certificateFilter(choice: CertificateChoice): CertificateFilter | null {
  if (choice === '') return null;
  return choice === 'expired' ? { kind: 'expired' } : { kind: 'expiringWithin', days: Number(choice) };
}

export function toFilter(view: ViewState): PortfolioFilter {
  return {
    query: view.query,
    tier: view.tier || null,
    recommendation: view.recommendation || null,
    reviewOverdue: view.reviewOverdue,
    certificate: certificateFilter(view.certificate),
  };
}
