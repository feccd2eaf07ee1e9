import { answerSchema, type Answer, type AnswerValue, type CertificationRecord } from '../questionnaire/answers';
import { matchesProfile, type ServiceProfile } from '../questionnaire/profile';
import type { Domain, DomainId, Question, Questionnaire } from '../questionnaire/schema';
import { certificationState, isScored, scoreValue, type CertificationState } from './answer-score';
import { compareQuestionNumbers, findingsFor, sortFindings } from './findings';
import { evaluateKnockouts, type KnockoutResult } from './knockouts';
import { controlStrength, inherentRisk, residualRisk, type ControlStrength, type InherentRisk, type RiskTier } from './risk';
import type { DomainResult, ExplanationItem, Finding, QuestionResult, QuestionStatus, Recommendation } from './types';

export const DEFAULT_EXPIRY_WINDOW_DAYS = 90;

export interface RecommendationOverride {
  recommendation: Recommendation;
  reason: string;
  by: string;
  /** ISO timestamp of the decision. */
  at: string;
}

export interface ScoringInput {
  questionnaire: Questionnaire;
  profile: ServiceProfile;
  answers: Readonly<Record<string, Answer>>;
  /** Domain weights for this assessment; a domain left out keeps its default weight. */
  domainWeights?: Readonly<Record<DomainId, number>>;
  /** The assessment date (YYYY-MM-DD); certifications are judged as of this day. */
  asOf: string;
  expiryWindowDays?: number;
  override?: RecommendationOverride;
}

export interface ScoringResult {
  questionnaire: { id: string; version: string };
  asOf: string;
  questions: QuestionResult[];
  domains: DomainResult[];
  overall: {
    /** Weighted mean of domain scores (answered questions only), 0..100; null when nothing is answered. */
    score: number | null;
    /** Unanswered questions count as 0. */
    conservativeScore: number;
    /** Points each domain costs the overall score, largest first; they add up to 100 − score. */
    explanation: { id: DomainId; points: number }[];
  };
  completion: { applicable: number; answered: number; unanswered: number; complete: boolean };
  /** Answers that do not fit their question; they are ignored (scored as unanswered). */
  invalidAnswers: string[];
  knockouts: KnockoutResult[];
  inherentRisk: InherentRisk;
  controlStrength: ControlStrength;
  residualRisk: RiskTier;
  findings: Finding[];
  recommendation: {
    derived: Recommendation;
    final: Recommendation;
    /** True while applicable questions are unanswered or knock-out rules are still open. */
    provisional: boolean;
    override?: RecommendationOverride;
  };
}

interface PreparedDomain {
  domain: Domain;
  questions: { question: Question; number: string; scored: boolean }[];
}
const preparedQuestionnaires = new WeakMap<Questionnaire, PreparedDomain[]>();

/** What does not depend on the answers, worked out once per questionnaire. */
function prepare(questionnaire: Questionnaire): PreparedDomain[] {
  let prepared = preparedQuestionnaires.get(questionnaire);
  if (!prepared) {
    prepared = questionnaire.domains.map((domain, domainIndex) => ({
      domain,
      questions: domain.sections
        .flatMap((section) => section.questions)
        .map((question, index) => ({ question, number: `${domainIndex + 1}.${index + 1}`, scored: isScored(question) })),
    }));
    preparedQuestionnaires.set(questionnaire, prepared);
  }
  return prepared;
}

const clamp = (score: number) => Math.min(100, Math.max(0, score));

function weightedMean(parts: { weight: number; value: number }[]): number | null {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return total > 0 ? clamp(parts.reduce((sum, p) => sum + p.weight * p.value, 0) / total) : null;
}

/** The overall score: the weighted mean of the domains that have a score and weigh anything; null when none does. */
export function overallOf(domains: readonly { weight: number; score: number | null }[]): number | null {
  return weightedMean(domains.filter((d) => d.score !== null && d.weight > 0).map((d) => ({ weight: d.weight, value: d.score! })));
}

function explain(items: ExplanationItem[]): ExplanationItem[] {
  return items.filter((item) => item.points > 0).sort((a, b) => b.points - a.points || compareQuestionNumbers(a.number, b.number));
}

function deriveRecommendation(knockouts: KnockoutResult[], residual: RiskTier, findings: Finding[]): Recommendation {
  if (knockouts.some((k) => k.status === 'triggered') || residual === 'critical') return 'reject';
  if (residual === 'high' || findings.some((f) => f.severity === 'critical' || f.severity === 'high')) return 'approveWithConditions';
  return 'approve';
}

/**
 * Scores an assessment. A pure function of its input: no clock, no I/O; the same
 * input always gives the same result.
 */
export function scoreAssessment(input: ScoringInput): ScoringResult {
  const { questionnaire, profile, answers, asOf } = input;
  if (input.override && input.override.reason.trim() === '') {
    throw new TypeError('A recommendation override needs a recorded reason.');
  }
  const windowDays = input.expiryWindowDays ?? DEFAULT_EXPIRY_WINDOW_DAYS;
  const questions: QuestionResult[] = [];
  const findings: Finding[] = [];
  const invalidAnswers: string[] = [];

  const domains = prepare(questionnaire).map(({ domain, questions: prepared }): DomainResult => {
    const results = prepared.map(({ question, number, scored }): QuestionResult => {
      let status: QuestionStatus = 'unanswered';
      let value: AnswerValue | undefined;
      let score: number | null = null;
      let certification: CertificationState | undefined;
      if (!matchesProfile(question.appliesWhen, profile)) {
        status = 'notApplicable';
      } else if (answers[question.id] !== undefined) {
        const parsed = answerSchema(question).safeParse(answers[question.id]);
        if (!parsed.success) {
          invalidAnswers.push(question.id);
        } else if (parsed.data.status === 'na') {
          status = 'na';
        } else {
          status = 'answered';
          value = parsed.data.value;
          if (question.answer.type === 'certification') {
            certification = certificationState(question.answer, value as CertificationRecord, asOf, windowDays);
          }
          if (scored) score = scoreValue(question, value, asOf, windowDays);
        }
      }
      return {
        id: question.id,
        number,
        domainId: domain.id,
        status,
        scored,
        weight: question.weight,
        value,
        score,
        certification,
        pointsLost: 0,
        conservativePointsLost: 0,
      };
    });

    const scored = results.filter((r) => r.scored && (r.status === 'answered' || r.status === 'unanswered'));
    const answeredWeight = scored.filter((r) => r.status === 'answered').reduce((sum, r) => sum + r.weight, 0);
    const allWeight = scored.reduce((sum, r) => sum + r.weight, 0);
    for (const r of scored) {
      const loss = r.weight * (1 - (r.score ?? 0));
      if (r.status === 'answered') r.pointsLost = (100 * loss) / answeredWeight;
      r.conservativePointsLost = (100 * loss) / allWeight;
    }
    const gained = scored.reduce((sum, r) => sum + r.weight * (r.score ?? 0), 0);
    const score = answeredWeight > 0 ? clamp((100 * gained) / answeredWeight) : null;
    const conservativeScore = allWeight > 0 ? clamp((100 * gained) / allWeight) : null;

    prepared.forEach(({ question }, i) => findings.push(...findingsFor(question, results[i]!)));
    questions.push(...results);

    const applicable = results.filter((r) => r.status !== 'notApplicable');
    return {
      id: domain.id,
      title: domain.title,
      weight: input.domainWeights?.[domain.id] ?? domain.defaultWeight,
      score,
      conservativeScore,
      counts: {
        applicable: applicable.length,
        answered: applicable.filter((r) => r.status === 'answered').length,
        notApplicable: applicable.filter((r) => r.status === 'na').length,
        unanswered: applicable.filter((r) => r.status === 'unanswered').length,
      },
      lost: score === null ? 0 : 100 - score,
      explanation: explain(results.filter((r) => r.status === 'answered').map((r) => ({ id: r.id, number: r.number, points: r.pointsLost }))),
      atStake: score === null || conservativeScore === null ? 0 : score - conservativeScore,
    };
  });

  const scoredDomains = domains.filter((d) => d.score !== null && d.weight > 0);
  const overallScore = overallOf(domains);
  const domainWeightTotal = scoredDomains.reduce((sum, d) => sum + d.weight, 0);
  const conservativeScore =
    weightedMean(domains.filter((d) => d.conservativeScore !== null && d.weight > 0).map((d) => ({ weight: d.weight, value: d.conservativeScore! }))) ?? 0;

  const byId = new Map(questions.map((q) => [q.id, q]));
  const knockouts = evaluateKnockouts(questionnaire, byId, profile);
  const inherent = inherentRisk(profile);
  const strength = controlStrength(conservativeScore);
  const residual = residualRisk(inherent.tier, strength);
  const sortedFindings = sortFindings(findings);
  const derived = deriveRecommendation(knockouts, residual, sortedFindings);

  const applicable = questions.filter((q) => q.scored && q.status !== 'notApplicable');
  const unanswered = applicable.filter((q) => q.status === 'unanswered').length;
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    asOf,
    questions,
    domains,
    overall: {
      score: overallScore,
      conservativeScore,
      explanation: scoredDomains
        .map((d) => ({ id: d.id, points: (d.weight * d.lost) / domainWeightTotal }))
        .filter((d) => d.points > 0)
        .sort((a, b) => b.points - a.points),
    },
    completion: {
      applicable: applicable.length,
      answered: applicable.filter((q) => q.status === 'answered' || q.status === 'na').length,
      unanswered,
      complete: unanswered === 0,
    },
    invalidAnswers,
    knockouts,
    inherentRisk: inherent,
    controlStrength: strength,
    residualRisk: residual,
    findings: sortedFindings,
    recommendation: {
      derived,
      final: input.override?.recommendation ?? derived,
      provisional: unanswered > 0 || knockouts.some((k) => k.status === 'open'),
      ...(input.override && { override: input.override }),
    },
  };
}
