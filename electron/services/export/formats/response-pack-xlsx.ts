import type { ResponsePack } from '@shared/response-pack/format';
import { responsePackHtml as form } from '../../documents/response-pack/html-form';
import { responsePackXlsx as workbook } from '../../documents/response-pack/xlsx';
import type { ExportFormat, ExportRequest } from '../format';

export type ResponsePackRequest = ExportRequest<ResponsePack & { title: string }>;

/** A vendor response pack: a workbook the vendor fills in; never signed. */
export const responsePackXlsx: ExportFormat<ResponsePackRequest> = {
  extension: '.xlsx',
  typeName: 'Excel workbook',
  render: ({ title: _title, ...pack }) => workbook(pack),
};

/** The same pack as one offline HTML form that saves a JSON answers file; never signed. */
export const responsePackHtml: ExportFormat<ResponsePackRequest> = {
  extension: '.html',
  typeName: 'Web page',
  render: async ({ title: _title, ...pack }) => form(pack),
};

/** The formats of `responsePacks:export`, by the `format` the renderer asks for. */
export const responsePackFormats = { xlsx: responsePackXlsx, html: responsePackHtml } as const;
