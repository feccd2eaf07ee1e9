import { readQuestionnaireFile } from './read';
import type { QuestionnaireReading } from './reading';
import { readQuestionnaireCsv } from './sheet-format';

/** Whether text bytes are JSON rather than CSV: JSON opens with a brace or a bracket, after any BOM and blanks. */
function looksLikeJson(data: Uint8Array): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0a || data[i] === 0x0d)) i += 1;
  return i === data.length || data[i] === 0x7b || data[i] === 0x5b;
}

/** A questionnaire from a text file, our JSON format or a CSV, told apart by content and never by the file's name. */
export const readQuestionnaireText = (data: Uint8Array): QuestionnaireReading =>
  looksLikeJson(data) ? readQuestionnaireFile(data) : readQuestionnaireCsv(data);
