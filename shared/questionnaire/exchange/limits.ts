/** What a questionnaire file may hold at most; an import checks each before it parses the file. */
export const QUESTIONNAIRE_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** The same limit as people read it, in megabytes. */
export const QUESTIONNAIRE_FILE_MAX_MEGABYTES = QUESTIONNAIRE_FILE_MAX_BYTES / (1024 * 1024);
/** Arrays and objects inside one another; a questionnaire needs about a dozen levels. */
export const MAX_NESTING_DEPTH = 64;
export const MAX_QUESTIONS = 2_000;
/** Longest JSON string in the file, in characters as written (escapes included). */
export const MAX_STRING_LENGTH = 20_000;
/** A reading reports at most this many problems, the last one saying how many more there were. */
export const MAX_PROBLEMS = 50;
