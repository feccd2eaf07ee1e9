import { PdfDocument } from '../pdf/document';
import { appendIncrementalUpdate, nextObjectNumber, type UpdatedObject } from '../pdf/incremental';
import { entriesOf, PdfRaw, type WritableValue } from '../pdf/serialize';
import { encodeTextString } from '../pdf/text';
import { isName, PdfDict, PdfName, PdfRef, PdfString, type PdfValue } from '../pdf/values';
import { formFields } from '../verify/signature-fields';
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

/** Makes the CMS over the signed bytes of a prepared PDF. */
export type SignatureMaker = (signedBytes: Buffer) => Promise<Buffer>;

/** Room for the CMS with a certificate chain of a few certificates, in bytes. */
const SIGNATURE_LENGTH = 16_384;
/** Wide enough for any offset in a file we could sign. */
const BYTE_RANGE_WIDTH = '[0 0000000000 0000000000 0000000000]'.length;
const MAX_PAGE_TREE_DEPTH = 32;

const text = (value: string) => new PdfString(encodeTextString(value), false, 0, 0);
const pdfName = (value: string) => new PdfName(value);

/** D:YYYYMMDDHHmmSSZ, in UTC. */
function pdfDateOf(date: Date): PdfString {
  const iso = date.toISOString();
  return text(`D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`);
}

function firstPage(doc: PdfDocument): PdfRef {
  let node: PdfValue | undefined = doc.catalog()?.get('Pages');
  for (let depth = 0; depth < MAX_PAGE_TREE_DEPTH && node instanceof PdfRef; depth += 1) {
    const dict = doc.dict(node);
    if (isName(dict?.get('Type'), 'Page')) return node;
    const kids = doc.resolve(dict?.get('Kids'));
    node = Array.isArray(kids) ? kids[0] : undefined;
  }
  throw new Error('The PDF has no first page to sign.');
}

/**
 * Signs a PDF (PAdES baseline B-B with SubFilter ETSI.CAdES.detached, unless
 * told otherwise): an incremental update adds a signature field on page 1 whose
 * value covers the whole file except the signature value itself.
 */
export function signPdf(pdf: Buffer, material: SignerMaterial, details: SignatureDetails): Promise<Buffer> {
  return signPdfWith(pdf, async (content) => createCadesSignature(content, material), details);
}

/** Adds a signature field to page 1 and fills its value with the CMS `makeSignature` returns for the signed bytes. */
export async function signPdfWith(pdf: Buffer, makeSignature: SignatureMaker, details: SignatureDetails): Promise<Buffer> {
  const doc = PdfDocument.open(pdf);
  const rootRef = doc.revisions[doc.last]!.trailer.get('Root');
  const catalog = doc.catalog();
  if (!(rootRef instanceof PdfRef) || !catalog) throw new Error('The PDF has no document catalog.');
  const pageRef = firstPage(doc);
  const page = doc.dict(pageRef)!;

  let next = nextObjectNumber(doc);
  const sigNum = next++;
  const widgetNum = next++;
  const widgetRef = new PdfRef(widgetNum, 0);
  const signatureCount = formFields(doc, doc.last).filter((field) => field.type === 'Sig').length;

  const signature: WritableValue = {
    Type: pdfName('Sig'),
    Filter: pdfName('Adobe.PPKLite'),
    SubFilter: pdfName(details.subFilter ?? 'ETSI.CAdES.detached'),
    ByteRange: new PdfRaw(Buffer.alloc(BYTE_RANGE_WIDTH, ' ')),
    Contents: new PdfRaw(Buffer.from(`<${'0'.repeat(SIGNATURE_LENGTH * 2)}>`)),
    M: pdfDateOf(details.signingTime),
    Name: text(details.name),
    Reason: text(details.reason),
    Location: text(details.location),
    ContactInfo: text(details.contactInfo),
    Prop_Build: { App: { Name: pdfName('Assay') } },
  };
  const widget: WritableValue = {
    Type: pdfName('Annot'),
    Subtype: pdfName('Widget'),
    FT: pdfName('Sig'),
    T: text(`Signature${signatureCount + 1}`),
    F: 4,
    P: pageRef,
    Rect: details.widgetRect,
    V: new PdfRef(sigNum, 0),
  };
  const objects: UpdatedObject[] = [
    { num: sigNum, value: signature },
    { num: widgetNum, value: widget },
  ];

  // The form lists the new field; where the form lives decides which object is rewritten.
  const acroFormValue = catalog.get('AcroForm');
  const withField = (form: PdfDict | undefined): WritableValue => {
    const fields = doc.resolve(form?.get('Fields'));
    return { ...(form ? entriesOf(form) : {}), Fields: [...(Array.isArray(fields) ? fields : []), widgetRef], SigFlags: 3 };
  };
  if (acroFormValue instanceof PdfRef) {
    objects.push({ num: acroFormValue.num, value: withField(doc.dict(acroFormValue)) });
  } else {
    const formNum = next++;
    objects.push({ num: formNum, value: withField(doc.dict(acroFormValue)) });
    objects.push({ num: rootRef.num, value: { ...entriesOf(catalog), AcroForm: new PdfRef(formNum, 0) } });
  }
  // Page 1 lists the widget among its annotations.
  const annots = page.get('Annots');
  const annotList = doc.resolve(annots);
  const withWidget = [...(Array.isArray(annotList) ? annotList : []), widgetRef];
  if (annots instanceof PdfRef) objects.push({ num: annots.num, value: withWidget });
  else objects.push({ num: pageRef.num, value: { ...entriesOf(page), Annots: withWidget } });

  const update = appendIncrementalUpdate(doc, objects);
  const file = update.bytes;
  const serializedSignature = file.subarray(update.valueOffsets.get(sigNum)!);
  // Where the placeholders landed: found in our own bytes, which we just wrote.
  const byteRangeAt = update.valueOffsets.get(sigNum)! + serializedSignature.indexOf('/ByteRange ') + '/ByteRange '.length;
  const holeStart = update.valueOffsets.get(sigNum)! + serializedSignature.indexOf('/Contents <') + '/Contents '.length;
  const holeEnd = holeStart + SIGNATURE_LENGTH * 2 + 2;
  const range = `[0 ${holeStart} ${holeEnd} ${file.length - holeEnd}]`;
  file.write(range.padEnd(BYTE_RANGE_WIDTH, ' '), byteRangeAt, 'latin1');

  const cms = await makeSignature(Buffer.concat([file.subarray(0, holeStart), file.subarray(holeEnd)]));
  if (cms.length > SIGNATURE_LENGTH) throw new Error(`The signature is ${cms.length} bytes; the PDF has room for ${SIGNATURE_LENGTH}.`);
  file.write(cms.toString('hex'), holeStart + 1, 'latin1');
  return file;
}
