/**
 * What a file is, from its first bytes, never from its name: the one place that knows the signatures of the
 * containers Assay meets. Readers use it to say what a file is when it is not what they take.
 */
export type FileKind = 'pdf' | 'zip' | 'emptyZip' | 'compoundFile' | 'json' | 'blank' | 'other';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** A zip of no entries is its end record alone. */
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** An OLE compound file: an encrypted (password-protected) Office file, or an old binary .xls. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, magic: readonly number[]) => data.length >= magic.length && magic.every((byte, i) => data[i] === byte);

/** The first byte after a UTF-8 byte-order mark and blanks, if any. */
function firstSignificantByte(data: Uint8Array): number | undefined {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0a || data[i] === 0x0d)) i += 1;
  return data[i];
}

export function fileKind(data: Uint8Array): FileKind {
  if (startsWith(data, PDF)) return 'pdf';
  if (startsWith(data, ZIP)) return 'zip';
  if (startsWith(data, EMPTY_ZIP)) return 'emptyZip';
  if (startsWith(data, COMPOUND_FILE)) return 'compoundFile';
  const first = firstSignificantByte(data);
  if (first === undefined) return 'blank';
  return first === 0x7b || first === 0x5b ? 'json' : 'other';
}

/** A workbook, an encrypted one or an old .xls: what the workbook reader is to judge. */
export const isWorkbookLike = (data: Uint8Array): boolean => {
  const kind = fileKind(data);
  return kind === 'zip' || kind === 'compoundFile';
};
