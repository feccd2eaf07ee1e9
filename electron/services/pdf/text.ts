import type { PdfString } from './values';

/**
 * PDF text strings (ISO 32000-2, 7.9.2.2): UTF-16BE after a FE FF byte order
 * mark, UTF-8 after EF BB BF, otherwise PDFDocEncoding, which is Latin-1 but
 * for the code points below.
 */
const PDF_DOC_DIFFERENCES: Record<number, number> = {
  0x18: 0x02d8,
  0x19: 0x02c7,
  0x1a: 0x02c6,
  0x1b: 0x02d9,
  0x1c: 0x02dd,
  0x1d: 0x02db,
  0x1e: 0x02da,
  0x1f: 0x02dc,
  0x80: 0x2022,
  0x81: 0x2020,
  0x82: 0x2021,
  0x83: 0x2026,
  0x84: 0x2014,
  0x85: 0x2013,
  0x86: 0x0192,
  0x87: 0x2044,
  0x88: 0x2039,
  0x89: 0x203a,
  0x8a: 0x2212,
  0x8b: 0x2030,
  0x8c: 0x201e,
  0x8d: 0x201c,
  0x8e: 0x201d,
  0x8f: 0x2018,
  0x90: 0x2019,
  0x91: 0x201a,
  0x92: 0x2122,
  0x93: 0xfb01,
  0x94: 0xfb02,
  0x95: 0x0141,
  0x96: 0x0152,
  0x97: 0x0160,
  0x98: 0x0178,
  0x99: 0x017d,
  0x9a: 0x0131,
  0x9b: 0x0142,
  0x9c: 0x0153,
  0x9d: 0x0161,
  0x9e: 0x017e,
  0xa0: 0x20ac,
};

export function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
    return Buffer.from(body).swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(PDF_DOC_DIFFERENCES[byte] ?? byte);
  return out;
}

export const textOf = (value: PdfString): string => decodeTextString(value.bytes);

/** The bytes of a text string: PDFDocEncoding when it holds plain Latin-1 text, otherwise UTF-16BE with its mark. */
export function encodeTextString(text: string): Buffer {
  const latin1 = [...text].every((char) => {
    const code = char.codePointAt(0)!;
    return code >= 0x20 && code <= 0xff && !(code >= 0x7f && code <= 0xa0) && code !== 0xad;
  });
  if (latin1) return Buffer.from(text, 'latin1');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}
