import { questionnaireSchema, type Questionnaire } from '../schema';
import { QUESTIONNAIRE_FILE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION } from './file-format';

/**
 * The file a user exports: two-space indent, a final newline, and keys in the schema's order whatever order
 * the questionnaire was built in (parsing rebuilds every object from its schema), so one questionnaire
 * always gives the same bytes.
 */
export function questionnaireFileText(questionnaire: Questionnaire): string {
  const file = { format: QUESTIONNAIRE_FILE_FORMAT, formatVersion: QUESTIONNAIRE_FORMAT_VERSION, questionnaire: questionnaireSchema.parse(questionnaire) };
  return `${JSON.stringify(file, null, 2)}\n`;
}
