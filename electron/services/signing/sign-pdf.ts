import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { createCadesSignature, type SignerMaterial } from './cades';

export interface SignatureDetails {
  /** Signer name, shown by PDF readers. */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
  /** Visible signature rectangle on page 1: [x1, y1, x2, y2] in points. */
  widgetRect: [number, number, number, number];
  /** ETSI.CAdES.detached (PAdES, the default) or adbe.pkcs7.detached. */
  subFilter?: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';
}

/** Room for the CMS with a certificate chain of a few certificates. */
const SIGNATURE_LENGTH = 16_384;

/** Makes the CMS over the signed bytes of a prepared PDF. */
export type SignatureMaker = (signedBytes: Buffer) => Promise<Buffer>;

class CallbackSigner extends Signer {
  constructor(private readonly make: SignatureMaker) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return this.make(content);
  }
}

/**
 * Signs a PDF as PAdES baseline B-B (SubFilter ETSI.CAdES.detached): an
 * incremental update adds the signature field on page 1, and the CMS covers
 * the whole file except the signature value itself.
 */
export function signPdf(pdf: Buffer, material: SignerMaterial, details: SignatureDetails): Promise<Buffer> {
  return signPdfWith(pdf, async (content) => createCadesSignature(content, material), details);
}

/** Adds a signature field to page 1 and fills its value with the CMS `makeSignature` returns for the signed bytes. */
export async function signPdfWith(pdf: Buffer, makeSignature: SignatureMaker, details: SignatureDetails): Promise<Buffer> {
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: details.reason,
    contactInfo: details.contactInfo,
    name: details.name,
    location: details.location,
    signingTime: details.signingTime,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: details.subFilter ?? SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: details.widgetRect,
    appName: 'Assay',
  });
  return signpdf.sign(fixStartXref(prepared), new CallbackSigner(makeSignature), details.signingTime);
}

/** Points the last startxref exactly at its "xref" keyword (the placeholder writer is off by the newline before it). */
export function fixStartXref(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!match) return pdf;
  const offset = Number(match[1]);
  const actual = text.lastIndexOf('xref', match.index - 1);
  if (actual < 0 || actual === offset || text.slice(offset, actual).trim() !== '') return pdf;
  return Buffer.concat([pdf.subarray(0, match.index), Buffer.from(`startxref\n${actual}\n%%EOF\n`, 'latin1')]);
}
