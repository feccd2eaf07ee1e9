import type { Localized, Questionnaire } from '../schema';
import type { Problem } from './problem';

/** What an import would bring in, for a preview before anything is saved. */
export interface QuestionnaireSummary {
  id: string;
  version: string;
  title: Localized;
  domains: { id: string; title: Localized; defaultWeight: number; questions: number }[];
  questions: number;
  knockouts: number;
}

/** A questionnaire file, read: the questionnaire with what to say about it, or why it cannot be imported. */
export type QuestionnaireReading =
  { ok: true; questionnaire: Questionnaire; summary: QuestionnaireSummary; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function summarise(questionnaire: Questionnaire): QuestionnaireSummary {
  const domains = questionnaire.domains.map((domain) => ({
    id: domain.id,
    title: domain.title,
    defaultWeight: domain.defaultWeight,
    questions: domain.sections.reduce((sum, section) => sum + section.questions.length, 0),
  }));
  return {
    id: questionnaire.id,
    version: questionnaire.version,
    title: questionnaire.title,
    domains,
    questions: domains.reduce((sum, domain) => sum + domain.questions, 0),
    knockouts: questionnaire.knockouts.length,
  };
}
