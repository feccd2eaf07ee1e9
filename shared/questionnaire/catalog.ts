import type { Questionnaire } from './schema';

/** Which questionnaire, in which released version, an assessment was answered against. */
export interface QuestionnaireRef {
  readonly id: string;
  readonly version: string;
}

/** A questionnaire Assay can score, by reference; its questions load on first use. */
export interface CatalogEntry extends QuestionnaireRef {
  load(): Promise<Questionnaire>;
}

export const refKey = (ref: QuestionnaireRef): string => `${ref.id}@${ref.version}`;

/** The built-in bank, found by reference once it has loaded. */
async function fromBank(ref: QuestionnaireRef): Promise<Questionnaire> {
  const bank = await import('./bank');
  const questionnaire = bank.findQuestionnaire(ref.id, ref.version);
  if (!questionnaire) throw new Error(`the bank has no ${refKey(ref)}`);
  return questionnaire;
}

/**
 * The questionnaires that ship with Assay, oldest first; the last is the one a new assessment starts with.
 * Their texts are most of the app's size, so nothing loads them before a screen needs a question.
 */
export const builtInQuestionnaires: readonly CatalogEntry[] = [
  { id: 'cx-platform', version: '1.0.0', load: () => fromBank({ id: 'cx-platform', version: '1.0.0' }) },
];
