import type { PdfDocument } from './document';
import { serialize, type WritableValue } from './serialize';
import { isInteger } from './values';

export interface UpdatedObject {
  num: number;
  value: WritableValue;
}

export interface IncrementalUpdate {
  bytes: Buffer;
  /** Offset in `bytes` where each object's value starts, by object number. */
  valueOffsets: Map<number, number>;
}

/**
 * Appends an incremental update (ISO 32000-1, 7.5.6): the given objects, a
 * cross-reference table for just them, and a trailer whose /Prev points at the
 * previous section, so every earlier byte stays exactly as it was.
 */
export function appendIncrementalUpdate(doc: PdfDocument, objects: UpdatedObject[]): IncrementalUpdate {
  const previous = doc.revisions[doc.last]!;
  const parts: Buffer[] = [doc.bytes];
  let length = doc.bytes.length;
  const push = (bytes: Buffer) => {
    parts.push(bytes);
    length += bytes.length;
  };
  // The update starts on a line of its own.
  if (doc.bytes[length - 1] !== 0x0a && doc.bytes[length - 1] !== 0x0d) push(Buffer.from('\n'));
  const offsets = new Map<number, number>();
  const valueOffsets = new Map<number, number>();
  for (const { num, value } of objects) {
    offsets.set(num, length);
    const head = Buffer.from(`${num} 0 obj\n`);
    valueOffsets.set(num, length + head.length);
    push(Buffer.concat([head, serialize(value), Buffer.from('\nendobj\n')]));
  }
  const xrefOffset = length;
  const sorted = [...offsets.keys()].sort((a, b) => a - b);
  let table = 'xref\n';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    table += `${sorted[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k += 1) table += `${String(offsets.get(sorted[k]!)).padStart(10, '0')} 00000 n\r\n`;
    i = j + 1;
  }
  const size = Math.max(isInteger(previous.trailer.get('Size')) ? (previous.trailer.get('Size') as number) : 0, sorted.at(-1)! + 1);
  const trailer = serialize({
    Size: size,
    Root: previous.trailer.get('Root'),
    Info: previous.trailer.get('Info'),
    ID: previous.trailer.get('ID'),
    Prev: previous.xrefOffset,
  });
  push(Buffer.concat([Buffer.from(`${table}trailer\n`), trailer, Buffer.from(`\nstartxref\n${xrefOffset}\n%%EOF\n`)]));
  return { bytes: Buffer.concat(parts, length), valueOffsets };
}

/** The next free object number after everything the document has defined. */
export function nextObjectNumber(doc: PdfDocument): number {
  let highest = 0;
  for (const revision of doc.revisions) {
    const size = revision.trailer.get('Size');
    if (isInteger(size)) highest = Math.max(highest, size);
    for (const num of revision.entries.keys()) highest = Math.max(highest, num + 1);
  }
  return highest;
}
