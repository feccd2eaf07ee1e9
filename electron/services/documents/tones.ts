import type { Severity } from '@shared/questionnaire/schema';
import type { CertificationStatus } from '@shared/report/model';
import type { RiskTier } from '@shared/scoring/risk';
import type { ShownRecommendation } from '@shared/scoring/shown-recommendation';
import { COLORS } from './theme';

/** Text colour on its background: one pair per recommendation, severity, risk tier and certification status. */
export interface Tone {
  fg: string;
  bg: string;
}

const tone = (fg: string, bg: string): Tone => ({ fg, bg });

export function decisionTone(recommendation: ShownRecommendation): Tone {
  switch (recommendation) {
    case 'notAssessed':
      return tone(COLORS.muted, COLORS.tint);
    case 'approve':
      return tone(COLORS.green, COLORS.greenTint);
    case 'approveWithConditions':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'reject':
      return tone(COLORS.red, COLORS.redTint);
  }
}

export function severityTone(severity: Severity): Tone {
  switch (severity) {
    case 'critical':
      return tone('#ffffff', COLORS.darkRed);
    case 'high':
      return tone(COLORS.red, COLORS.redTint);
    case 'medium':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'low':
      return tone(COLORS.muted, COLORS.tint);
  }
}

export function tierTone(tier: RiskTier): Tone {
  switch (tier) {
    case 'critical':
      return tone(COLORS.darkRed, COLORS.redTint);
    case 'high':
      return tone(COLORS.red, COLORS.redTint);
    case 'medium':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'low':
      return tone(COLORS.green, COLORS.greenTint);
  }
}

export function certificationTone(status: CertificationStatus): Tone {
  switch (status) {
    case 'valid':
      return tone(COLORS.green, COLORS.greenTint);
    case 'expiring':
      return tone(COLORS.amber, COLORS.amberTint);
    case 'expired':
    case 'notHeld':
      return tone(COLORS.red, COLORS.redTint);
    case 'inProgress':
      return tone(COLORS.accent, COLORS.accentTint);
    case 'unanswered':
    case 'notApplicable':
      return tone(COLORS.muted, COLORS.tint);
  }
}
