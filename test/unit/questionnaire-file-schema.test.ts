import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { questionnaireFileText } from '@shared/questionnaire/exchange';
import { QUESTIONNAIRE_JSON_SCHEMA_PATH } from '@shared/questionnaire/exchange/json-schema';
import { questionnaireSchemaFile } from '../../scripts/lib/questionnaire-schema-file';
import { sixDomains } from '../fixtures/six-domain-questionnaire';

const root = resolve(__dirname, '../..');
const committed = () => readFileSync(resolve(root, QUESTIONNAIRE_JSON_SCHEMA_PATH), 'utf8');

interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
/**
 * Ajv 6 comes with ESLint, so an independent validator is at hand without a dependency of our own; it reads
 * draft-07, the draft the schema is written in. Where it is missing the validation tests say so and pass.
 */
function ajvValidator(schema: object): Validator | undefined {
  try {
    const Ajv = createRequire(require.resolve('eslint'))('ajv') as new (options: object) => { compile(schema: object): Validator };
    return new Ajv({ allErrors: true }).compile(schema);
  } catch {
    return undefined;
  }
}

describe('docs/questionnaire.schema.json', () => {
  it('is what npm run schema writes from the zod schema (run it after changing the format)', async () => {
    expect(committed()).toBe((await questionnaireSchemaFile(root)).text);
  });

  it('names itself and describes the format', () => {
    const schema = JSON.parse(committed());
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: expect.any(String), title: 'Assay questionnaire file' });
    expect(schema.description).toContain('knock-out');
    expect(Object.keys(schema.definitions)).toEqual(expect.arrayContaining(['Localized', 'Question', 'Domain', 'KnockoutCondition', 'ProfileCondition']));
  });

  it('accepts the exported built-in and six-domain questionnaires and refuses broken ones, by an independent validator', () => {
    const validate = ajvValidator(JSON.parse(committed()));
    if (!validate) {
      console.warn('No JSON Schema validator is installed; the schema was not checked by one.');
      return;
    }
    for (const questionnaire of [builtInQuestionnaire, sixDomains]) {
      const file = JSON.parse(questionnaireFileText(questionnaire));
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    }
    const broken = JSON.parse(questionnaireFileText(sixDomains));
    broken.questionnaire.domains[0].sections[0].questions[0].answer = { type: 'maybe' };
    expect(validate(broken)).toBe(false);
    expect(validate({ ...JSON.parse(questionnaireFileText(sixDomains)), formatVersion: 2 })).toBe(false);
    const deep = JSON.parse(questionnaireFileText(sixDomains));
    deep.questionnaire.knockouts[0].when = { all: [{ any: [{ answer: 'PRV-DPA', in: ['no'] }, { profile: { field: 'sector', in: ['nowhere'] } }] }] };
    expect(validate(deep)).toBe(false);
  });
});
