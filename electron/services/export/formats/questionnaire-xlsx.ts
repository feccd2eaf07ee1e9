import type { ParsedInputOf } from '@shared/ipc/contract';
import { gridXlsx } from '../../spreadsheet/grid-xlsx';
import type { ExportFormat } from '../format';

/** A questionnaire as a workbook of one row per question, for a buyer to edit in a spreadsheet; never signed. */
export const questionnaireXlsx: ExportFormat<ParsedInputOf<'questionnaires:exportXlsx'>> = {
  extension: '.xlsx',
  typeName: 'Excel workbook',
  render: ({ title, created, sheets }) => gridXlsx(sheets, { created: new Date(created), title }),
};
