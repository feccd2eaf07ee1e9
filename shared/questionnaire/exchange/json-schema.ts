import { z } from 'zod';
import { profileConditionSchema } from '../profile';
import {
  answerSpecSchema,
  domainSchema,
  frameworkReferenceSchema,
  knockoutConditionSchema,
  knockoutSchema,
  localizedSchema,
  optionSchema,
  questionSchema,
  sectionSchema,
} from '../schema';
import { questionnaireFileSchema } from './file-format';
import { MAX_NESTING_DEPTH, MAX_QUESTIONS, MAX_STRING_LENGTH, QUESTIONNAIRE_FILE_MAX_MEGABYTES } from './limits';

/** Where the published schema lives in the repository, and the id it is known by. */
export const QUESTIONNAIRE_JSON_SCHEMA_PATH = 'docs/questionnaire.schema.json';
export const QUESTIONNAIRE_JSON_SCHEMA_ID = 'urn:assay:schema:questionnaire-file:1';

/** The parts a questionnaire repeats, each written once under `definitions` and referred to by name. */
function namedParts() {
  const names = z.registry<{ id: string }>();
  const parts = {
    Localized: localizedSchema,
    Option: optionSchema,
    AnswerSpec: answerSpecSchema,
    FrameworkReference: frameworkReferenceSchema,
    Question: questionSchema,
    Section: sectionSchema,
    Domain: domainSchema,
    Knockout: knockoutSchema,
    KnockoutCondition: knockoutConditionSchema,
    ProfileCondition: profileConditionSchema,
  };
  for (const [id, schema] of Object.entries(parts)) names.add(schema, { id });
  return names;
}

/**
 * The questionnaire file format as a JSON Schema (draft-07, which editors and most validators read), for
 * people who write questionnaires by hand or by script. It is made from the zod schema the import uses, so
 * the two cannot disagree on structure. What JSON Schema cannot say (a text question's weight is 0, ids are
 * unique, knock-out criteria name real questions) the import checks and the description says.
 */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(questionnaireFileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw', metadata: namedParts() });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: QUESTIONNAIRE_JSON_SCHEMA_ID,
    title: 'Assay questionnaire file',
    description:
      'A questionnaire for Assay: its domains, sections, questions and knock-out criteria, every text in English and German. ' +
      'Assay also checks what this schema cannot express: question, section and knock-out ids are unique; knock-out criteria name ' +
      'questions and answers that exist; free-text questions and date questions without age bands have weight 0; each domain appears once. ' +
      `Limits: at most ${QUESTIONNAIRE_FILE_MAX_MEGABYTES} MB of UTF-8, ${MAX_QUESTIONS} questions, nesting ${MAX_NESTING_DEPTH} deep, ` +
      `no string longer than ${MAX_STRING_LENGTH} characters.`,
    ...rest,
  };
}
