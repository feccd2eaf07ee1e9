import type { AnswerValue } from '../questionnaire/answers';
import type { DomainId, Localized, Severity } from '../questionnaire/schema';
import type { CertificationState } from './answer-score';

export type QuestionStatus = 'answered' | 'na' | 'unanswered' | 'notApplicable';

export interface QuestionResult {
  id: string;
  /** Display number, e.g. "3.4": domain 3, fourth question. */
  number: string;
  domainId: DomainId;
  status: QuestionStatus;
  /** Counts towards scores (weight above 0 and a scored answer type). */
  scored: boolean;
  weight: number;
  value?: AnswerValue;
  /** 0..1 for answered scored questions, otherwise null. */
  score: number | null;
  certification?: CertificationState;
  /** Points of the domain score (0..100) this answer costs, in the answered-only view. */
  pointsLost: number;
  /** Points it costs in the conservative view, where unanswered questions score 0. */
  conservativePointsLost: number;
}

export interface ExplanationItem {
  id: string;
  number: string;
  points: number;
}

export interface DomainResult {
  id: DomainId;
  title: Localized;
  /** The weight used for this assessment. */
  weight: number;
  /** Weighted mean of answered applicable questions, 0..100; null when none is answered. */
  score: number | null;
  /** Unanswered applicable questions count as 0; null when nothing in the domain applies. */
  conservativeScore: number | null;
  counts: { applicable: number; answered: number; notApplicable: number; unanswered: number };
  /** 100 − score, and the questions that lost it, largest first. */
  lost: number;
  explanation: ExplanationItem[];
  /** Points the unanswered questions put at stake: score − conservativeScore. */
  atStake: number;
}

export type Recommendation = 'approve' | 'approveWithConditions' | 'reject';
export const recommendations: readonly Recommendation[] = ['approve', 'approveWithConditions', 'reject'];

export type FindingKind = 'weakAnswer' | 'certificationExpired' | 'certificationExpiring';

export interface Finding {
  id: string;
  questionId: string;
  number: string;
  domainId: DomainId;
  kind: FindingKind;
  severity: Severity;
  score: number;
  remediation: Localized;
  /** For certification findings: the last day it counts as current. */
  validUntil?: string;
}
