import { inflateRawSync } from 'node:zlib';
import { MAX_PACKING_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '@shared/spreadsheet/limits';

/**
 * Reads a zip archive's central directory and checks every entry before a zip library unpacks it: the
 * entries a spreadsheet library would inflate are inflated here first, each with a hard limit on its
 * output, so neither a lying size field nor a decompression bomb reaches it.
 */

export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'damaged' | 'tooManyEntries' | 'tooMuchData' | 'encryptedOrLegacy'; params?: Record<string, number> };

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_SIZE = 22;

function endRecord(zip: Buffer): number {
  for (let i = zip.length - END_SIZE; i >= Math.max(0, zip.length - END_SIZE - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === END) return i;
  }
  return -1;
}

/** The central directory's entries, or why they cannot be trusted. */
export function zipDirectory(zip: Buffer): ZipCheck {
  const end = endRecord(zip);
  if (end < 0) return { ok: false, problem: 'damaged' };
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  // 0xffff and 0xffffffff mean ZIP64, which no spreadsheet of the sizes we read needs.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > end) return { ok: false, problem: 'damaged' };
  if (count > MAX_ZIP_ENTRIES) return { ok: false, problem: 'tooManyEntries', params: { count, limit: MAX_ZIP_ENTRIES } };
  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) return { ok: false, problem: 'damaged' };
    const flags = zip.readUInt16LE(p + 8);
    const nameLength = zip.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (next > end) return { ok: false, problem: 'damaged' };
    if (flags & 0x1) return { ok: false, problem: 'encryptedOrLegacy' };
    entries.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      packedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      offset: zip.readUInt32LE(p + 42),
    });
    p = next;
  }
  return { ok: true, entries };
}

/** The entry's data as stored, after its local header; undefined when the header is not where it says. */
function storedData(zip: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.offset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.packedSize > zip.length) return undefined;
  return zip.subarray(start, start + entry.packedSize);
}

/**
 * Checks a zip entry by entry: stored or deflated only, each entry's real unpacked size equal to what the
 * directory says, no entry unpacking to more than MAX_PACKING_RATIO times its packed size, and all of them
 * together within MAX_UNPACKED_BYTES. Returns the entries, whose sizes can then be trusted.
 */
export function checkZip(zip: Buffer): ZipCheck {
  const directory = zipDirectory(zip);
  if (!directory.ok) return directory;
  let total = 0;
  for (const entry of directory.entries) {
    total += entry.size;
    if (total > MAX_UNPACKED_BYTES) return { ok: false, problem: 'tooMuchData', params: { limit: MAX_UNPACKED_BYTES / 1024 / 1024 } };
    if (entry.size > Math.max(64 * 1024, entry.packedSize * MAX_PACKING_RATIO)) {
      return { ok: false, problem: 'tooMuchData', params: { limit: MAX_UNPACKED_BYTES / 1024 / 1024 } };
    }
    const data = storedData(zip, entry);
    if (!data) return { ok: false, problem: 'damaged' };
    if (entry.method === 0) {
      if (entry.size !== entry.packedSize) return { ok: false, problem: 'damaged' };
      continue;
    }
    if (entry.method !== 8) return { ok: false, problem: 'damaged' };
    let unpacked: Buffer;
    try {
      // One byte more than declared: an entry that yields it is lying about its size.
      unpacked = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch {
      return { ok: false, problem: 'damaged' };
    }
    if (unpacked.length !== entry.size) return { ok: false, problem: 'damaged' };
  }
  return directory;
}
