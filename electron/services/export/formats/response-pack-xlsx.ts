import type { ResponsePack } from '@shared/response-pack/format';
import { responsePackXlsx as workbook } from '../../documents/response-pack/xlsx';
import type { ExportFormat, ExportRequest } from '../format';

export type ResponsePackRequest = ExportRequest<ResponsePack & { title: string }>;

/** A vendor response pack: a workbook the vendor fills in; never signed. */
export const responsePackXlsx: ExportFormat<ResponsePackRequest> = {
  extension: '.xlsx',
  typeName: 'Excel workbook',
  render: ({ title: _title, ...pack }) => workbook(pack),
};
