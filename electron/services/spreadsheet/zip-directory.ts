import { inflateRawSync } from 'node:zlib';
import { MAX_PACKING_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '@shared/spreadsheet/limits';
import { bufferDirectory, dataStart, type ZipEntry } from '../zip/directory';
import { judgeEntries, type ZipLimits, type ZipRefusal } from '../zip/read-zip';

export type { ZipEntry };

/**
 * Reads a zip archive's central directory and checks every entry before a zip library unpacks it: the
 * entries a spreadsheet library would inflate are inflated here first, each with a hard limit on its
 * output, so neither a lying size field nor a decompression bomb reaches it.
 */

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'damaged' | 'tooManyEntries' | 'tooMuchData' | 'encryptedOrLegacy'; params?: Record<string, number> };

/** The limits a workbook's zip is judged by: the archive reader's checks, with a workbook's sizes. */
const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxEntries: MAX_ZIP_ENTRIES,
  maxEntryBytes: MAX_UNPACKED_BYTES,
  maxTotalBytes: MAX_UNPACKED_BYTES,
  maxRatio: MAX_PACKING_RATIO,
  ratioFloorBytes: 64 * 1024,
  maxDirectoryBytes: MAX_UNPACKED_BYTES,
};

const tooMuchData = { ok: false as const, problem: 'tooMuchData' as const, params: { limit: MAX_UNPACKED_BYTES / 1024 / 1024 } };

/** What a refusal of the archive reader means for a workbook. */
function workbookProblem(refusal: ZipRefusal): ZipCheck {
  switch (refusal.problem) {
    case 'encrypted':
      return { ok: false, problem: 'encryptedOrLegacy' };
    case 'tooManyEntries':
      return { ok: false, problem: 'tooManyEntries', params: { count: refusal.count, limit: refusal.limit } };
    case 'bomb':
    case 'tooLarge':
    case 'entryTooLarge':
      return tooMuchData;
    default:
      return { ok: false, problem: 'damaged' };
  }
}

/** The central directory's entries, judged as the archive reader judges every archive, or why they cannot be trusted. */
export function zipDirectory(zip: Buffer): ZipCheck {
  const directory = bufferDirectory(zip, MAX_ZIP_ENTRIES);
  // ZIP64: no spreadsheet of the sizes we read needs it.
  if (!directory.ok)
    return directory.problem === 'zip64'
      ? { ok: false, problem: 'damaged' }
      : { ok: false, problem: directory.problem, ...(directory.params && { params: directory.params }) };
  const refusal = judgeEntries(directory.entries, WORKBOOK_ZIP_LIMITS);
  return refusal ? workbookProblem(refusal) : directory;
}

/** The entry's data as stored, after its local header; undefined when the header is not where it says. */
function storedData(zip: Buffer, entry: ZipEntry): Buffer | undefined {
  const start = dataStart(zip.subarray(entry.offset, entry.offset + 30), entry.offset);
  if (start === undefined || start + entry.packedSize > zip.length) return undefined;
  return zip.subarray(start, start + entry.packedSize);
}

/**
 * Checks a workbook's zip: its directory judged as every archive's is (zipDirectory), then each entry inflated
 * with a hard output limit, its real unpacked size equal to what the directory says. Returns the entries, whose
 * sizes can then be trusted.
 */
export function checkZip(zip: Buffer): ZipCheck {
  const directory = zipDirectory(zip);
  if (!directory.ok) return directory;
  for (const entry of directory.entries) {
    const data = storedData(zip, entry);
    if (!data) return { ok: false, problem: 'damaged' };
    // Stored entries' sizes were judged with the directory; deflated ones are inflated here to prove theirs.
    if (entry.method === 0) continue;
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
