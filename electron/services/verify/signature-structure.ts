import * as asn1js from 'asn1js';
import type { ProblemCode } from '@shared/verify/report';
import type { PdfDocument } from '../pdf/document';
import { isInteger, PdfDict, PdfString, type PdfValue } from '../pdf/values';
import type { SignatureValue } from './signature-fields';

/** A signature whose structure holds: the CMS, the bytes it signs and the revision they end with. */
export interface SignatureStructure {
  byteRange: [number, number, number, number];
  cms: Buffer;
  signedBytes: Buffer;
  /** Index into the document's revisions of the revision the signature covers. */
  revision: number;
}

const isHexDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function byteRangeOf(value: PdfValue | undefined, fileLength: number): [number, number, number, number] | ProblemCode {
  if (value === undefined || value === null) return 'byte_range_missing';
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => isInteger(n) && n >= 0)) return 'byte_range_invalid';
  const [start, firstLength, secondStart, secondLength] = value as [number, number, number, number];
  if (start !== 0 || firstLength <= 0 || secondStart <= firstLength || secondStart + secondLength > fileLength) return 'byte_range_invalid';
  return [start, firstLength, secondStart, secondLength];
}

/**
 * Checks one signature value as ISO 32000 and its attacks demand: /ByteRange
 * is [0 a b c] of non-negative integers; the hole [a, b) is exactly this
 * dictionary's own /Contents hex string, delimiters included; the CMS fills
 * it with nothing but zero padding after its DER length; b + c is the end of
 * a revision, and that revision is the one that defines the dictionary.
 */
export function checkSignatureStructure(doc: PdfDocument, signature: SignatureValue): SignatureStructure | ProblemCode {
  if (signature.unreadable) return 'signature_syntax';
  const dict = signature.value;
  if (!(dict instanceof PdfDict)) return 'signature_not_dictionary';
  const range = byteRangeOf(dict.get('ByteRange'), doc.bytes.length);
  if (typeof range === 'string') return range;
  const [, holeStart, holeEnd, tailLength] = range;

  const contents = dict.get('Contents');
  if (contents === undefined || contents === null) return 'contents_missing';
  if (!(contents instanceof PdfString) || !contents.hex) return 'contents_not_hex';
  // Offsets inside an object stream are not file offsets: such a dictionary cannot describe its own hole.
  if (!signature.holder || signature.holder.compressed) return 'byte_range_not_contents';
  if (contents.start !== holeStart || contents.end !== holeEnd) return 'byte_range_not_contents';
  for (let at = holeStart + 1; at < holeEnd - 1; at += 1) if (!isHexDigit(doc.bytes[at]!)) return 'contents_not_hex';
  if ((holeEnd - holeStart - 2) % 2 !== 0) return 'contents_not_hex';

  const signedEnd = holeEnd + tailLength;
  const revision = doc.revisions.findIndex((r) => r.end === signedEnd || r.markerEnd === signedEnd);
  if (revision < 0) return 'revision_end';
  // The dictionary must be the one that revision defines: written with the revision it signs, and inside it.
  const own = doc.object(signature.holder.num, revision);
  if (!own || own.start !== signature.holder.start || own.definedIn !== revision || own.end > signedEnd) return 'signature_outside_revision';

  const value = contents.bytes;
  const parsed = asn1js.fromBER(new Uint8Array(value));
  if (parsed.offset <= 0) return 'cms_unreadable';
  for (let at = parsed.offset; at < value.length; at += 1) if (value[at] !== 0) return 'contents_padding';

  const signedBytes = Buffer.concat([doc.bytes.subarray(0, holeStart), doc.bytes.subarray(holeEnd, signedEnd)]);
  return { byteRange: range, cms: Buffer.from(value.subarray(0, parsed.offset)), signedBytes, revision };
}
