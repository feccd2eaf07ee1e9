/** Questionnaires as files: the JSON format a user imports and exports, and its reader. */
export { questionnaireFileSchema, QUESTIONNAIRE_FILE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION, type QuestionnaireFile } from './file-format';
export { QUESTIONNAIRE_FILE_MAX_BYTES, MAX_QUESTIONS, MAX_NESTING_DEPTH, MAX_STRING_LENGTH, MAX_PROBLEMS } from './limits';
export type { Problem } from './problem';
export { isQuestionnaireFile, readQuestionnaireFile } from './read';
export { problemText } from './problem-text';
export { builtInMatch, importStatus, type BuiltInMatch, type ImportStatus } from './built-in';
export type { QuestionnaireReading, QuestionnaireSummary } from './reading';
export { questionnaireFileText } from './write';
export { questionnaireCsv, questionnaireSheets, readQuestionnaireCsv, readQuestionnaireWorkbook, type QuestionnaireSheet } from './sheet-format';
export { readQuestionnaireText } from './read-text';
