import type { DomainId, Questionnaire } from '../questionnaire/schema';

/**
 * Whether these domain weights let at least one of the questionnaire's domains count; a domain left out keeps
 * its default weight. With every weight at 0 there is no overall score and the conservative score is 0, so
 * every vendor would read as a critical risk to reject: such weights are refused wherever they are entered.
 */
export function weighsAnyDomain(questionnaire: Pick<Questionnaire, 'domains'>, weights: Readonly<Record<DomainId, number>>): boolean {
  return questionnaire.domains.some((d) => (weights[d.id] ?? d.defaultWeight) > 0);
}
