import { matchesProfile, type ServiceProfile } from '../questionnaire/profile';
import type { Knockout, KnockoutCondition, Questionnaire } from '../questionnaire/schema';
import type { QuestionResult } from './types';

/** A rule is triggered, clear, or open (it could still trigger once open questions are answered). */
export type KnockoutStatus = 'triggered' | 'clear' | 'open';

export interface KnockoutResult {
  id: string;
  title: Knockout['title'];
  rationale: Knockout['rationale'];
  status: KnockoutStatus;
}

type Truth = true | false | 'unknown';

function evaluate(condition: KnockoutCondition, questions: ReadonlyMap<string, QuestionResult>, profile: ServiceProfile): Truth {
  if ('all' in condition) {
    const parts = condition.all.map((c) => evaluate(c, questions, profile));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : 'unknown';
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => evaluate(c, questions, profile));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : 'unknown';
  }
  if ('profile' in condition) return matchesProfile(condition.profile, profile);

  const id = 'answer' in condition ? condition.answer : condition.certificationInvalid;
  const question = questions.get(id);
  if (!question || question.status === 'notApplicable' || question.status === 'na') return false;
  if (question.status === 'unanswered') return 'unknown';
  if ('answer' in condition) {
    const values = Array.isArray(question.value) ? question.value : [question.value];
    return values.some((v) => typeof v === 'string' && condition.in.includes(v));
  }
  const status = question.certification?.status;
  return status === 'expired' || status === 'notHeld' || status === 'inProgress';
}

export function evaluateKnockouts(questionnaire: Questionnaire, questions: ReadonlyMap<string, QuestionResult>, profile: ServiceProfile): KnockoutResult[] {
  return questionnaire.knockouts.map((rule) => {
    const truth = evaluate(rule.when, questions, profile);
    const status: KnockoutStatus = truth === true ? 'triggered' : truth === false ? 'clear' : 'open';
    return { id: rule.id, title: rule.title, rationale: rule.rationale, status };
  });
}
