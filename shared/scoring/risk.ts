import type { ServiceProfile } from '../questionnaire/profile';

export const riskTiers = ['low', 'medium', 'high', 'critical'] as const;
export type RiskTier = (typeof riskTiers)[number];
export const controlStrengths = ['strong', 'adequate', 'weak', 'insufficient'] as const;
export type ControlStrength = (typeof controlStrengths)[number];

/** Points each profile factor adds to inherent risk. */
export const INHERENT_RISK_POINTS = {
  dataCategories: { personal: 1, specialCategory: 2, payment: 2, recordingsBiometrics: 2 },
  aiAutonomy: { none: 0, assistive: 1, autonomous: 3 },
  criticality: { low: 0, medium: 1, high: 2, critical: 3 },
  regulatoryScope: { gdpr: 0, dora: 1, nis2: 1, euAiAct: 1 },
} as const;

/** Lowest point total for each tier. */
export const INHERENT_RISK_THRESHOLDS: Readonly<Record<RiskTier, number>> = { low: 0, medium: 3, high: 6, critical: 9 };

type FactorGroups = typeof INHERENT_RISK_POINTS;
/** A profile factor as `group.value`, e.g. `dataCategories.payment`; the strings name it under `assessment.profile.factor`. */
export type RiskFactorId = { [G in keyof FactorGroups]: `${G}.${keyof FactorGroups[G] & string}` }[keyof FactorGroups];

export interface RiskFactor {
  factor: RiskFactorId;
  points: number;
}

export interface InherentRisk {
  tier: RiskTier;
  points: number;
  factors: RiskFactor[];
}

export function inherentRisk(profile: ServiceProfile): InherentRisk {
  const candidates: RiskFactor[] = [
    ...profile.dataCategories.map((c): RiskFactor => ({ factor: `dataCategories.${c}`, points: INHERENT_RISK_POINTS.dataCategories[c] })),
    { factor: `aiAutonomy.${profile.aiAutonomy}`, points: INHERENT_RISK_POINTS.aiAutonomy[profile.aiAutonomy] },
    { factor: `criticality.${profile.criticality}`, points: INHERENT_RISK_POINTS.criticality[profile.criticality] },
    ...profile.regulatoryScope.map((r): RiskFactor => ({ factor: `regulatoryScope.${r}`, points: INHERENT_RISK_POINTS.regulatoryScope[r] })),
  ];
  const factors = candidates.filter((f) => f.points > 0);
  const points = factors.reduce((sum, f) => sum + f.points, 0);
  const tier = [...riskTiers].reverse().find((t) => points >= INHERENT_RISK_THRESHOLDS[t])!;
  return { tier, points, factors };
}

/** Lowest conservative overall score (0..100) for each control strength. */
export const CONTROL_STRENGTH_THRESHOLDS: Readonly<Record<ControlStrength, number>> = {
  strong: 80,
  adequate: 65,
  weak: 50,
  insufficient: 0,
};

export function controlStrength(conservativeScore: number): ControlStrength {
  return controlStrengths.find((s) => conservativeScore >= CONTROL_STRENGTH_THRESHOLDS[s]) ?? 'insufficient';
}

/**
 * Residual risk = inherent risk (rows) against control strength (columns).
 * Strong controls lower risk by a tier at most; insufficient controls raise it.
 */
export const RESIDUAL_RISK_MATRIX: Readonly<Record<RiskTier, Readonly<Record<ControlStrength, RiskTier>>>> = {
  low: { strong: 'low', adequate: 'low', weak: 'medium', insufficient: 'high' },
  medium: { strong: 'low', adequate: 'medium', weak: 'high', insufficient: 'high' },
  high: { strong: 'medium', adequate: 'medium', weak: 'high', insufficient: 'critical' },
  critical: { strong: 'medium', adequate: 'high', weak: 'critical', insufficient: 'critical' },
};

export function residualRisk(inherent: RiskTier, strength: ControlStrength): RiskTier {
  return RESIDUAL_RISK_MATRIX[inherent][strength];
}
