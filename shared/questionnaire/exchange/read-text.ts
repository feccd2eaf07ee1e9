import { fileKind } from '../../spreadsheet/file-kind';
import { readQuestionnaireFile } from './read';
import type { QuestionnaireReading } from './reading';
import { readQuestionnaireCsv } from './sheet-format';

/** A questionnaire from a text file, our JSON format or a CSV, told apart by content and never by the file's name. */
export const readQuestionnaireText = (data: Uint8Array): QuestionnaireReading =>
  fileKind(data) === 'other' ? readQuestionnaireCsv(data) : readQuestionnaireFile(data);
