import { PdfDocument } from '../../electron/services/pdf/document';
import { signatureValues } from '../../electron/services/verify/signature-fields';
import { checkSignatureStructure } from '../../electron/services/verify/signature-structure';

/** The CMS of a signed PDF's last signature, and the bytes it signs (the file minus the /Contents value), read through its structure. */
export function signatureParts(signed: Buffer): { cms: Buffer; content: Buffer } {
  const doc = PdfDocument.open(signed);
  const structures = signatureValues(doc).map((value) => checkSignatureStructure(doc, value));
  const last = structures
    .filter((s) => typeof s !== 'string')
    .sort((a, b) => a.signedBytes.length - b.signedBytes.length)
    .at(-1);
  if (!last) throw new Error(`no well-formed signature: ${structures.join(', ')}`);
  return { cms: last.cms, content: last.signedBytes };
}
