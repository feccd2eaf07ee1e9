import { questionnaireSchema, type Questionnaire } from '../schema';
import { cxPlatform } from './cx-platform';

/**
 * Every questionnaire version Assay can score. A version, once released, never
 * changes: an assessment records the id and version it was answered against, so
 * it scores the same after the bank moves on. New versions are added alongside.
 */
export const questionnaires: readonly Questionnaire[] = [questionnaireSchema.parse(cxPlatform)];

export const builtInQuestionnaire: Questionnaire = questionnaires[questionnaires.length - 1]!;

export function findQuestionnaire(id: string, version: string): Questionnaire | undefined {
  return questionnaires.find((q) => q.id === id && q.version === version);
}
