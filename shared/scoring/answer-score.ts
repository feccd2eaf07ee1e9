import type { CertificationRecord } from '../questionnaire/answers';
import type { AnswerSpec, Question } from '../questionnaire/schema';
import { currentUntil } from './current-until';
import { daysBetween } from '../calendar';

export type CertificationStatus = 'valid' | 'expiring' | 'expired' | 'inProgress' | 'notHeld';

export interface CertificationState {
  status: CertificationStatus;
  /** Last day the certificate or report counts as current ("current until"), by currentUntil(). */
  validUntil?: string;
  /** Days from the assessment date to that day (negative once expired). */
  daysLeft?: number;
}

/** Certification scores: current and in scope is full marks; see the method section of the report. */
export const CERTIFICATION_SCORES: Readonly<Record<CertificationStatus, number>> = {
  valid: 1,
  expiring: 1,
  expired: 0.2,
  inProgress: 0.25,
  notHeld: 0,
};
export const OUT_OF_SCOPE_FACTOR = 0.5;

export function certificationState(
  spec: Extract<AnswerSpec, { type: 'certification' }>,
  record: CertificationRecord,
  asOf: string,
  expiryWindowDays: number,
): CertificationState {
  if (record.held === 'no') return { status: 'notHeld' };
  if (record.held === 'inProgress') return { status: 'inProgress' };
  const validUntil = currentUntil(spec, record)!;
  const daysLeft = daysBetween(asOf, validUntil);
  const status = daysLeft < 0 ? 'expired' : daysLeft <= expiryWindowDays ? 'expiring' : 'valid';
  return { status, validUntil, daysLeft };
}

function bandScore(bands: { atLeast?: number; atMost?: number; score: number }[], value: number): number {
  const band = bands.find((b) => (b.atLeast === undefined || value >= b.atLeast) && (b.atMost === undefined || value <= b.atMost));
  return band?.score ?? 0;
}

/** Whether a question contributes to scores at all. */
export function isScored(question: Question): boolean {
  if (question.weight <= 0 || question.answer.type === 'text') return false;
  return question.answer.type !== 'date' || question.answer.ageBands !== undefined;
}

/** The score in 0..1 of a valid answer value. */
export function scoreValue(question: Question, value: unknown, asOf: string, expiryWindowDays: number): number {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return spec.scores[value as 'yes' | 'partial' | 'no'];
    case 'choice':
      return spec.options.find((option) => option.id === value)?.score ?? 0;
    case 'multiChoice': {
      const chosen = value as string[];
      const sum = spec.options.filter((option) => chosen.includes(option.id)).reduce((total, option) => total + option.score, 0);
      return Math.min(1, sum);
    }
    case 'number':
      return bandScore(spec.bands, value as number);
    case 'date':
      return spec.ageBands ? bandScore(spec.ageBands, Math.max(0, daysBetween(value as string, asOf))) : 0;
    case 'text':
      return 0;
    case 'certification': {
      const record = value as CertificationRecord;
      const state = certificationState(spec, record, asOf, expiryWindowDays);
      const base = CERTIFICATION_SCORES[state.status];
      const current = state.status === 'valid' || state.status === 'expiring';
      return current && record.scopeCoversService === false ? base * OUT_OF_SCOPE_FACTOR : base;
    }
  }
}
