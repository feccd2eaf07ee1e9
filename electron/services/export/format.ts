import type { UserSpaceBox } from '../documents/geometry';
import type { RenderOptions } from '../documents/setup';
import type { VisibleSignature } from '../documents/signature-block';

/** A document model the pipeline can export: it has a title and, once signed, shows who signed it. */
export interface ExportableModel {
  title: string;
  signature?: VisibleSignature;
}

/** What every export request carries besides what its format needs. */
export interface ExportRequest<M extends ExportableModel = ExportableModel> {
  model: M;
  /** Sign with this identity (signable formats only). */
  identityId?: string;
  passphrase?: string;
  /** Suggested to the save dialog. */
  fileName: string;
}

/**
 * One kind of file Assay exports: what it renders and how. The export pipeline
 * (`exportDocument`) does the rest the same way for every format.
 */
export interface ExportFormat<R extends ExportRequest> {
  /** The file's extension, with its dot; the save dialog offers this file type only. */
  extension: `.${string}`;
  /** The file type's name in the save dialog. */
  typeName: string;
  /** Signable formats show the signature in this box on page 1; the signature's widget covers it. */
  signatureBox?: Readonly<UserSpaceBox>;
  /** The machine-readable data embedded in the file, for formats that carry it. */
  attachment?: { fileName: string; json: (request: R) => string };
  /** The file's bytes, from the model (with its signature facts when it is to be signed). */
  render(model: R['model'], options: RenderOptions): Promise<Buffer>;
}

/** What the save dialog needs to know about a format. */
export type FileType = Pick<ExportFormat<ExportRequest>, 'extension' | 'typeName'>;
