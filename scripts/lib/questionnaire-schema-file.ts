import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { QUESTIONNAIRE_JSON_SCHEMA_PATH, questionnaireJsonSchema } from '@shared/questionnaire/exchange/json-schema';

/**
 * The published JSON Schema of questionnaire files as it belongs in the repository: generated from the zod
 * schema and laid out by Prettier like every other file, so `npm run schema` and the test that keeps the
 * committed file current agree byte for byte.
 */
export async function questionnaireSchemaFile(root: string): Promise<{ path: string; text: string }> {
  const file = join(root, QUESTIONNAIRE_JSON_SCHEMA_PATH);
  const options = (await resolveConfig(file)) ?? {};
  return { path: QUESTIONNAIRE_JSON_SCHEMA_PATH, text: await format(JSON.stringify(questionnaireJsonSchema()), { ...options, filepath: file }) };
}
