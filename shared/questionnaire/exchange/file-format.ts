import { z } from 'zod';
import { questionnaireSchema } from '../schema';

/** What a questionnaire file says it is, so no other JSON is mistaken for one. */
export const QUESTIONNAIRE_FILE_FORMAT = 'assay-questionnaire';
/** The newest version of the file format this version of Assay reads and writes. */
export const QUESTIONNAIRE_FORMAT_VERSION = 1;

/** A questionnaire as a file: `{ "format": "assay-questionnaire", "formatVersion": 1, "questionnaire": … }`. */
export const questionnaireFileSchema = z
  .object({
    /** Where an editor finds the JSON Schema (docs/questionnaire.schema.json); Assay ignores it. */
    $schema: z.string().max(2_000).optional(),
    format: z.literal(QUESTIONNAIRE_FILE_FORMAT),
    formatVersion: z.literal(QUESTIONNAIRE_FORMAT_VERSION),
    questionnaire: questionnaireSchema,
  })
  .strict();
export type QuestionnaireFile = z.infer<typeof questionnaireFileSchema>;
