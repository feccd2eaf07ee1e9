import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { dataStart, END_SEARCH_BYTES, LOCAL, parseDirectory, readEndRecord, type ZipEntry } from './directory';
import { nameKey, nameProblem, type NameProblem } from './entry-names';

/**
 * Reading a zip archive from disk that someone else made (a bundle, a backup), trusting nothing: the central
 * directory is read and judged whole before any entry is (names, duplicates, links, methods, encryption, sizes,
 * packing ratio, total), and each entry is then streamed, never held whole, with its bytes counted against the
 * size the directory states and checked against its CRC-32 as they pass, so a lying header stops the stream.
 */

export interface ZipLimits {
  maxEntries: number;
  /** Unpacked bytes of one entry. */
  maxEntryBytes: number;
  /** Unpacked bytes of all entries together. */
  maxTotalBytes: number;
  /** Unpacked size against packed size, for entries larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Bytes of the central directory itself. */
  maxDirectoryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 2 * 1024 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024 - 1,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxDirectoryBytes: 8 * 1024 * 1024,
};

export type ZipRefusal =
  | { problem: 'empty' | 'notZip' | 'damaged' | 'zip64' | 'encrypted' }
  | { problem: 'tooManyEntries'; count: number; limit: number }
  | { problem: 'badName'; name: string; why: NameProblem }
  | { problem: 'duplicate'; name: string }
  | { problem: 'link'; name: string }
  | { problem: 'method'; name: string }
  | { problem: 'entryTooLarge'; name: string; limit: number }
  | { problem: 'tooLarge'; limit: number }
  | { problem: 'bomb'; name: string };

export interface OpenZip {
  entries: readonly ZipEntry[];
  /** The entry's unpacked bytes as a stream; it errors when they differ from what the directory states. */
  stream(entry: ZipEntry): Readable;
  /** A small entry's bytes whole (a manifest, JSON), with its SHA-256. */
  bytes(entry: ZipEntry): Promise<{ data: Buffer; sha256: string }>;
  close(): Promise<void>;
}

/** Why an entry's bytes did not match what the directory stated. */
export class ZipEntryError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: 'size' | 'crc' | 'damaged',
  ) {
    super(`zip entry ${entry}: ${reason}`);
    this.name = 'ZipEntryError';
  }
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  return buffer.subarray(0, bytesRead);
}

/** Judges the entries of a directory as a whole, before any is read: for archives on disk and workbooks in memory alike. */
export function judgeEntries(entries: readonly ZipEntry[], limits: ZipLimits): ZipRefusal | undefined {
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const why = nameProblem(entry.name);
    if (why) return { problem: 'badName', name: entry.name.slice(0, 120), why };
    const key = nameKey(entry.name);
    if (seen.has(key)) return { problem: 'duplicate', name: entry.name };
    seen.add(key);
    if (entry.unixMode !== undefined && (entry.unixMode & S_IFMT) === S_IFLNK) return { problem: 'link', name: entry.name };
    if (entry.flags & 0x1) return { problem: 'encrypted' };
    if (entry.method !== 0 && entry.method !== 8) return { problem: 'method', name: entry.name };
    if (entry.method === 0 && entry.size !== entry.packedSize) return { problem: 'damaged' };
    if (entry.size > limits.maxEntryBytes) return { problem: 'entryTooLarge', name: entry.name, limit: limits.maxEntryBytes };
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.packedSize * limits.maxRatio) return { problem: 'bomb', name: entry.name };
    total += entry.size;
    if (total > limits.maxTotalBytes) return { problem: 'tooLarge', limit: limits.maxTotalBytes };
  }
  return undefined;
}

/** Counts and checks an entry's unpacked bytes as they pass: more than stated, fewer, or another CRC-32 is an error. */
function verifying(entry: ZipEntry): Transform {
  let seen = 0;
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > entry.size) return done(new ZipEntryError(entry.name, 'size'));
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (seen !== entry.size) return done(new ZipEntryError(entry.name, 'size'));
      if (crc >>> 0 !== entry.crc32 >>> 0) return done(new ZipEntryError(entry.name, 'crc'));
      done();
    },
  });
}

/** Opens an archive on disk and judges its directory; refuses, with the reason, anything it would not unpack. */
export async function openZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<{ ok: true; zip: OpenZip } | { ok: false; refusal: ZipRefusal }> {
  const handle = await open(path, 'r');
  const refuse = async (refusal: ZipRefusal) => {
    await handle.close();
    return { ok: false as const, refusal };
  };
  try {
    const { size } = await handle.stat();
    if (size === 0) return refuse({ problem: 'empty' });
    const head = await readAt(handle, 0, 4);
    const magic = head.length === 4 ? head.readUInt32LE(0) : 0;
    // An archive of no entries is its end record alone.
    if (magic === 0x06054b50) return refuse({ problem: 'empty' });
    if (magic !== LOCAL) return refuse({ problem: 'notZip' });
    const tailStart = Math.max(0, size - END_SEARCH_BYTES);
    const end = readEndRecord(await readAt(handle, tailStart, size - tailStart));
    if (end === 'damaged' || end === 'zip64') return refuse({ problem: end });
    if (end.directorySize > limits.maxDirectoryBytes || end.directoryOffset + end.directorySize > size) return refuse({ problem: 'damaged' });
    const directory = parseDirectory(await readAt(handle, end.directoryOffset, end.directorySize), end.entries, limits.maxEntries);
    if (!directory.ok) {
      if (directory.problem === 'tooManyEntries') return refuse({ problem: 'tooManyEntries', count: end.entries, limit: limits.maxEntries });
      return refuse({ problem: directory.problem });
    }
    const refusal = judgeEntries(directory.entries, limits);
    if (refusal) return refuse(refusal);
    for (const entry of directory.entries) if (entry.offset + 30 > end.directoryOffset) return refuse({ problem: 'damaged' });

    const zip: OpenZip = {
      entries: directory.entries,
      stream(entry) {
        const out = verifying(entry);
        void (async () => {
          const start = dataStart(await readAt(handle, entry.offset, 30), entry.offset);
          if (start === undefined || start + entry.packedSize > end.directoryOffset) throw new ZipEntryError(entry.name, 'damaged');
          const packed = Readable.from(readRange(handle, start, entry.packedSize));
          const source = entry.method === 8 ? packed.pipe(createInflateRaw()) : packed;
          const fail = () => out.destroy(new ZipEntryError(entry.name, 'damaged'));
          packed.on('error', fail);
          source.on('error', fail);
          source.pipe(out);
        })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new ZipEntryError(entry.name, 'damaged')));
        return out;
      },
      async bytes(entry) {
        const chunks: Buffer[] = [];
        const hash = createHash('sha256');
        for await (const chunk of zip.stream(entry)) {
          chunks.push(chunk as Buffer);
          hash.update(chunk as Buffer);
        }
        return { data: Buffer.concat(chunks), sha256: hash.digest('hex') };
      },
      close: () => handle.close(),
    };
    return { ok: true, zip };
  } catch {
    return refuse({ problem: 'damaged' });
  }
}

/** The packed bytes of a range of the file, in pieces of at most 1 MiB. */
async function* readRange(handle: FileHandle, start: number, length: number): AsyncGenerator<Buffer> {
  const piece = 1024 * 1024;
  for (let at = 0; at < length; at += piece) {
    const chunk = await readAt(handle, start + at, Math.min(piece, length - at));
    if (chunk.length === 0) throw new Error('truncated');
    yield chunk;
  }
}
