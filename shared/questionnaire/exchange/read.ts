import { MAX_DOMAINS } from '../schema';
import { QUESTIONNAIRE_FILE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION, questionnaireFileSchema } from './file-format';
import { scanJsonShape } from './json-scan';
import { MAX_NESTING_DEPTH, MAX_QUESTIONS, MAX_STRING_LENGTH, QUESTIONNAIRE_FILE_MAX_BYTES, QUESTIONNAIRE_FILE_MAX_MEGABYTES } from './limits';
import { capped, type Problem } from './problem';
import { summarise, type QuestionnaireReading } from './reading';
import { schemaProblems, valueAt } from './schema-problems';
import { semanticProblems, semanticWarnings } from './semantic-checks';
import { decodeUtf8, hasUtf16Bom } from './utf8';

/** The refusals that mean the file is no questionnaire file at all, rather than a faulty one. */
const UNRECOGNISED: ReadonlySet<Problem['key']> = new Set([
  'questionnaires.file.tooLarge',
  'questionnaires.file.empty',
  'questionnaires.file.notUtf8',
  'questionnaires.file.utf16',
  'questionnaires.file.tooDeep',
  'questionnaires.file.stringTooLong',
  'questionnaires.file.notJson',
  'questionnaires.file.notQuestionnaireFile',
]);

/** Whether the file read says it is a questionnaire file (importable or not), rather than something else. */
export const isQuestionnaireFile = (reading: QuestionnaireReading): boolean =>
  reading.ok || !reading.problems.every((problem) => UNRECOGNISED.has(problem.key));

const refuse = (problems: Problem[]): QuestionnaireReading => ({ ok: false, problems: capped(problems) });
const fileProblem = (key: Problem['key'], params?: Problem['params']): Problem => (params ? { path: 'file', key, params } : { path: 'file', key });

/** The text of the file, or why it is not text this reader takes: too large, empty, not UTF-8, too deep. */
function fileText(data: Uint8Array): string | Problem {
  if (data.length > QUESTIONNAIRE_FILE_MAX_BYTES) return fileProblem('questionnaires.file.tooLarge', { limit: QUESTIONNAIRE_FILE_MAX_MEGABYTES });
  if (hasUtf16Bom(data)) return fileProblem('questionnaires.file.utf16');
  const text = decodeUtf8(data);
  if (text === undefined) return fileProblem('questionnaires.file.notUtf8');
  if (text.trim() === '') return fileProblem('questionnaires.file.empty');
  const shape = scanJsonShape(text, MAX_NESTING_DEPTH, MAX_STRING_LENGTH);
  if (shape === 'tooDeep') return fileProblem('questionnaires.file.tooDeep', { limit: MAX_NESTING_DEPTH });
  if (shape === 'stringTooLong') return fileProblem('questionnaires.file.stringTooLong', { limit: MAX_STRING_LENGTH });
  return text;
}

/** Whether parsed JSON says it is a questionnaire file this version reads, before the schema looks at the rest. */
function envelopeProblem(file: unknown): Problem | undefined {
  if (valueAt(file, ['format']) !== QUESTIONNAIRE_FILE_FORMAT) return fileProblem('questionnaires.file.notQuestionnaireFile');
  const version = valueAt(file, ['formatVersion']);
  if (typeof version === 'number' && Number.isInteger(version) && version > QUESTIONNAIRE_FORMAT_VERSION) {
    return { path: 'formatVersion', key: 'questionnaires.file.newerFormat', params: { version } };
  }
  if (version !== QUESTIONNAIRE_FORMAT_VERSION) return { path: 'formatVersion', key: 'questionnaires.file.badFormatVersion' };
  return undefined;
}

/** Counts domains and questions before the schema walks them, so an oversized questionnaire is refused cheaply. */
function sizeProblem(file: unknown): Problem | undefined {
  const domains = valueAt(file, ['questionnaire', 'domains']);
  if (!Array.isArray(domains)) return undefined;
  if (domains.length > MAX_DOMAINS)
    return { path: 'domains', key: 'questionnaires.file.tooManyDomains', params: { count: domains.length, limit: MAX_DOMAINS } };
  let questions = 0;
  for (const domain of domains) {
    const sections = valueAt(domain, ['sections']);
    if (!Array.isArray(sections)) continue;
    for (const section of sections) {
      const list = valueAt(section, ['questions']);
      if (Array.isArray(list)) questions += list.length;
    }
  }
  return questions > MAX_QUESTIONS
    ? { path: 'domains', key: 'questionnaires.file.tooManyQuestions', params: { count: questions, limit: MAX_QUESTIONS } }
    : undefined;
}

/**
 * Reads a questionnaire file from someone else, trusting nothing: its size, encoding, nesting and string
 * lengths first, then the JSON, then the schema, then what the schema cannot check (ids used twice, knock-out
 * criteria naming questions or answers that do not exist). Never throws; no problem carries the text of an
 * exception or a path on disk.
 */
export function readQuestionnaireFile(data: Uint8Array): QuestionnaireReading {
  const text = fileText(data);
  if (typeof text !== 'string') return refuse([text]);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse([fileProblem('questionnaires.file.notJson')]);
  }
  const early = envelopeProblem(file) ?? sizeProblem(file);
  if (early) return refuse([early]);
  const parsed = questionnaireFileSchema.safeParse(file);
  if (!parsed.success) return refuse(schemaProblems(parsed.error.issues, file));
  const questionnaire = parsed.data.questionnaire;
  const problems = semanticProblems(questionnaire);
  if (problems.length > 0) return refuse(problems);
  return { ok: true, questionnaire, summary: summarise(questionnaire), warnings: capped(semanticWarnings(questionnaire)) };
}
