import { PdfDict, PdfName, PdfReal, PdfRef, PdfStream, PdfString, type PdfValue } from './values';

/** Bytes written as they are: a placeholder the writer fills in later. */
export class PdfRaw {
  constructor(readonly bytes: Buffer) {}
}

export type WritableValue = PdfValue | PdfRaw | WritableValue[] | { [key: string]: WritableValue | undefined };

const REGULAR_NAME_BYTE = (c: number) => c > 0x20 && c < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(c));

function name(value: string): string {
  let out = '/';
  for (const byte of Buffer.from(value, 'latin1')) out += REGULAR_NAME_BYTE(byte) ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, '0')}`;
  return out;
}

/** A string's bytes: literal when they are printable ASCII, hexadecimal otherwise (no encoding can be mistaken). */
function string(bytes: Buffer): string {
  if (bytes.every((c) => c >= 0x20 && c < 0x7f)) return `(${bytes.toString('latin1').replace(/[()\\]/g, (c) => `\\${c}`)})`;
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

function real(value: number): string {
  if (!Number.isFinite(value)) throw new Error('not a finite number');
  return Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Writes a value in PDF syntax. Plain objects are dictionaries (undefined
 * entries left out); streams cannot be written this way, only referred to.
 */
export function serialize(value: WritableValue): Buffer {
  const parts: Buffer[] = [];
  const write = (item: WritableValue) => {
    if (item === null) parts.push(Buffer.from('null'));
    else if (typeof item === 'boolean') parts.push(Buffer.from(String(item)));
    else if (typeof item === 'number') parts.push(Buffer.from(real(item)));
    else if (item instanceof PdfRaw) parts.push(item.bytes);
    else if (item instanceof PdfReal) parts.push(Buffer.from(real(item.value)));
    else if (item instanceof PdfName) parts.push(Buffer.from(name(item.name), 'latin1'));
    else if (item instanceof PdfString) parts.push(Buffer.from(string(item.bytes), 'latin1'));
    else if (item instanceof PdfRef) parts.push(Buffer.from(`${item.num} ${item.gen} R`));
    else if (item instanceof PdfStream) throw new Error('a stream can only be written as an indirect object');
    else if (Array.isArray(item)) {
      parts.push(Buffer.from('['));
      item.forEach((element, index) => {
        if (index > 0) parts.push(Buffer.from(' '));
        write(element);
      });
      parts.push(Buffer.from(']'));
    } else {
      const entries = item instanceof PdfDict ? [...item.entries] : Object.entries(item);
      parts.push(Buffer.from('<<'));
      for (const [key, element] of entries) {
        if (element === undefined) continue;
        parts.push(Buffer.from(` ${name(key)} `, 'latin1'));
        write(element);
      }
      parts.push(Buffer.from(' >>'));
    }
  };
  write(value);
  return Buffer.concat(parts);
}

/** A dictionary's entries as a plain object, to change some and write it again. */
export function entriesOf(dict: PdfDict): { [key: string]: WritableValue | undefined } {
  return Object.fromEntries(dict.entries);
}
