/** The text of UTF-8 bytes, a leading byte-order mark dropped; undefined when the bytes are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text = '';
  const units: number[] = [];
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const sequence = leadByte(lead);
    if (!sequence) return undefined;
    let codePoint = lead & sequence.mask;
    for (let k = 1; k <= sequence.continuation; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (codePoint < sequence.min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
    i += sequence.continuation + 1;
    if (codePoint >= 0x10000) {
      const offset = codePoint - 0x10000;
      units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
    } else units.push(codePoint);
    if (units.length >= 4096) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

function leadByte(lead: number): { mask: number; continuation: number; min: number } | undefined {
  if (lead < 0x80) return { mask: 0x7f, continuation: 0, min: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { mask: 0x1f, continuation: 1, min: 0x80 };
  if (lead >= 0xe0 && lead <= 0xef) return { mask: 0x0f, continuation: 2, min: 0x800 };
  if (lead >= 0xf0 && lead <= 0xf4) return { mask: 0x07, continuation: 3, min: 0x10000 };
  return undefined;
}

/** Whether the bytes start with a UTF-16 byte-order mark (what Windows tools call "Unicode"). */
export const hasUtf16Bom = (bytes: Uint8Array): boolean => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
