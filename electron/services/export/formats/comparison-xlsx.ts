import type { ParsedInputOf } from '@shared/ipc/contract';
import { comparisonXlsx as workbook } from '../../documents/comparison/xlsx';
import type { ExportFormat } from '../format';

/** The comparison as an XLSX workbook for procurement spreadsheets; never signed. */
export const comparisonXlsx: ExportFormat<ParsedInputOf<'compare:export'>> = {
  extension: '.xlsx',
  typeName: 'Excel workbook',
  render: (model) => workbook(model),
};
