import type { ReportLabels, ReportModel } from '@shared/report/model';
import type { Formatter } from '../format';
import type { Measurer } from '../text-measure';

/**
 * How tightly page 1 is packed. The layout starts generous and, if the summary
 * would run into the signature band, renders again one level tighter.
 */
export interface Density {
  level: number;
  gap: number;
  riskTitleLines: number;
  remediationLines: number;
  knockoutRationaleLines: number;
  maxKnockouts: number;
  maxCertifications: number;
  overrideLines: number;
  /** Conditions of an approval with conditions listed on page 1; the rest are counted. */
  maxConditions: number;
  /** Top risks listed on page 1. */
  maxTopRisks: number;
}

export const DENSITIES: readonly [Density, ...Density[]] = [
  {
    level: 0,
    gap: 10,
    riskTitleLines: 1,
    remediationLines: 2,
    knockoutRationaleLines: 2,
    maxKnockouts: 6,
    maxCertifications: 12,
    overrideLines: 4,
    maxConditions: 6,
    maxTopRisks: 5,
  },
  {
    level: 1,
    gap: 9,
    riskTitleLines: 1,
    remediationLines: 1,
    knockoutRationaleLines: 1,
    maxKnockouts: 6,
    maxCertifications: 12,
    overrideLines: 3,
    maxConditions: 5,
    maxTopRisks: 5,
  },
  {
    level: 2,
    gap: 6,
    riskTitleLines: 1,
    remediationLines: 1,
    knockoutRationaleLines: 0,
    maxKnockouts: 4,
    maxCertifications: 8,
    overrideLines: 3,
    maxConditions: 3,
    maxTopRisks: 5,
  },
  {
    level: 3,
    gap: 5,
    riskTitleLines: 1,
    remediationLines: 0,
    knockoutRationaleLines: 0,
    maxKnockouts: 3,
    maxCertifications: 6,
    overrideLines: 2,
    maxConditions: 2,
    maxTopRisks: 3,
  },
  {
    level: 4,
    gap: 4,
    riskTitleLines: 1,
    remediationLines: 0,
    knockoutRationaleLines: 0,
    maxKnockouts: 2,
    maxCertifications: 4,
    overrideLines: 2,
    maxConditions: 1,
    maxTopRisks: 2,
  },
];

export interface LayoutContext {
  model: ReportModel;
  labels: ReportLabels;
  fmt: Formatter;
  measure: Measurer;
  density: Density;
}
