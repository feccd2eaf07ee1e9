import { inflateRawSync } from 'node:zlib';
import { MAX_PACKING_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '@shared/spreadsheet/limits';
import { bufferDirectory, dataStart, type ZipEntry } from '../zip/directory';

export type { ZipEntry };

/**
 * Reads a zip archive's central directory and checks every entry before a zip library unpacks it: the
 * entries a spreadsheet library would inflate are inflated here first, each with a hard limit on its
 * output, so neither a lying size field nor a decompression bomb reaches it.
 */

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'damaged' | 'tooManyEntries' | 'tooMuchData' | 'encryptedOrLegacy'; params?: Record<string, number> };

/** The central directory's entries, or why they cannot be trusted. */
export function zipDirectory(zip: Buffer): ZipCheck {
  const directory = bufferDirectory(zip, MAX_ZIP_ENTRIES);
  // ZIP64: no spreadsheet of the sizes we read needs it.
  if (!directory.ok)
    return directory.problem === 'zip64'
      ? { ok: false, problem: 'damaged' }
      : { ok: false, problem: directory.problem, ...(directory.params && { params: directory.params }) };
  if (directory.entries.some((entry) => entry.flags & 0x1)) return { ok: false, problem: 'encryptedOrLegacy' };
  return directory;
}

/** The entry's data as stored, after its local header; undefined when the header is not where it says. */
function storedData(zip: Buffer, entry: ZipEntry): Buffer | undefined {
  const start = dataStart(zip.subarray(entry.offset, entry.offset + 30), entry.offset);
  if (start === undefined || start + entry.packedSize > zip.length) return undefined;
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
