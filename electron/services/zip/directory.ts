/**
 * The structure of a zip archive as its central directory states it: the end record, and one record per entry.
 * Pure parsing of bytes already read, with bounds checked at every step; whether an archive may be trusted
 * beyond that (names, sizes, methods) is for its reader to judge. Used for workbooks in memory and for bundles
 * on disk alike.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  packedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
  /** The Unix file mode, when the archive was made on Unix (a symbolic link is 0o120000). */
  unixMode?: number;
}

export type DirectoryReading =
  { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'damaged' | 'zip64' | 'tooManyEntries'; params?: Record<string, number> };

export interface EndRecord {
  entries: number;
  directorySize: number;
  directoryOffset: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
export const END_RECORD_SIZE = 22;
/** The end record sits within this many bytes of the end: itself and a comment of at most 65,535 bytes. */
export const END_SEARCH_BYTES = END_RECORD_SIZE + 0xffff;
const MADE_ON_UNIX = 3;

/**
 * The end record in `tail`, the last bytes of an archive (at most END_SEARCH_BYTES of them), or why there is none
 * usable: missing, or a ZIP64 archive, which nothing Assay reads or writes needs.
 */
export function readEndRecord(tail: Buffer): EndRecord | 'damaged' | 'zip64' {
  for (let i = tail.length - END_RECORD_SIZE; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) !== END) continue;
    const entries = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return 'zip64';
    return { entries, directorySize, directoryOffset };
  }
  return 'damaged';
}

/** The entries of a central directory, read from exactly its bytes. */
export function parseDirectory(directory: Buffer, count: number, maxEntries: number): DirectoryReading {
  if (count > maxEntries) return { ok: false, problem: 'tooManyEntries', params: { count, limit: maxEntries } };
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) return { ok: false, problem: 'damaged' };
    const nameLength = directory.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    if (next > directory.length) return { ok: false, problem: 'damaged' };
    const madeBy = directory.readUInt16LE(p + 4) >> 8;
    const external = directory.readUInt32LE(p + 38);
    const size = directory.readUInt32LE(p + 24);
    const packedSize = directory.readUInt32LE(p + 20);
    const offset = directory.readUInt32LE(p + 42);
    if (size === 0xffffffff || packedSize === 0xffffffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
    entries.push({
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      method: directory.readUInt16LE(p + 10),
      flags: directory.readUInt16LE(p + 8),
      crc32: directory.readUInt32LE(p + 16),
      packedSize,
      size,
      offset,
      ...(madeBy === MADE_ON_UNIX && { unixMode: external >>> 16 }),
    });
    p = next;
  }
  return { ok: true, entries };
}

/** The directory of an archive held whole in memory. */
export function bufferDirectory(zip: Buffer, maxEntries: number): DirectoryReading {
  const tailStart = Math.max(0, zip.length - END_SEARCH_BYTES);
  const end = readEndRecord(zip.subarray(tailStart));
  if (end === 'damaged' || end === 'zip64') return { ok: false, problem: end };
  if (end.directoryOffset + end.directorySize > zip.length) return { ok: false, problem: 'damaged' };
  return parseDirectory(zip.subarray(end.directoryOffset, end.directoryOffset + end.directorySize), end.entries, maxEntries);
}

/** Where an entry's data starts, from its local header (name and extra field lengths may differ from the directory's). */
export function dataStart(localHeader: Buffer, offset: number): number | undefined {
  if (localHeader.length < 30 || localHeader.readUInt32LE(0) !== LOCAL) return undefined;
  return offset + 30 + localHeader.readUInt16LE(26) + localHeader.readUInt16LE(28);
}

/** MS-DOS time and date fields as zip headers store them, here in UTC. */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
