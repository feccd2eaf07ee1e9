import { cmsFromContents } from '../../electron/services/signing/verify-pdf';

/** The CMS of a signed PDF's last signature, and the bytes it signs (the file minus the /Contents value). */
export function signatureParts(signed: Buffer): { cms: Buffer; content: Buffer } {
  const text = signed.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/g)];
  const [a, b, c, d] = ranges.at(-1)!.slice(1, 5).map(Number) as [number, number, number, number];
  return { cms: cmsFromContents(text.slice(b + 1, c - 1)), content: Buffer.concat([signed.subarray(a, a + b), signed.subarray(c, c + d)]) };
}
