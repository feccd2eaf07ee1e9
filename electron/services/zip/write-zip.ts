import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync, type DeflateRaw } from 'node:zlib';
import { writeAtomic } from '../atomic-write';
import { dosDateTime } from './directory';
import { nameKey, nameProblem } from './entry-names';

/**
 * Writing a zip archive entry by entry as the data streams in, never holding an entry whole: each entry is
 * deflated as it is read (or stored, when it does not shrink), its local header filled in with its CRC-32 and sizes
 * once its data is written, then the central directory.
 * The archive is written through writeAtomic, so a file under the target name is always complete. Names are held to the rules the reader holds others' archives to.
 */

export interface ZipInput {
  name: string;
  /** The entry's bytes: whole, or as a stream (a file read from disk). */
  data: Buffer | Readable;
}

/** What was written of each entry, for a manifest. */
export interface WrittenEntry {
  name: string;
  size: number;
  crc32: number;
}

/** How much of an entry is tried with deflate before choosing; data that saves under 3 % of it is stored. */
const SAMPLE_BYTES = 256 * 1024;
const STORE_ABOVE_RATIO = 0.97;
const FLAG_UTF8 = 0x0800;
const LIMIT = 0xffffffff;

class ZipFileWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];
  readonly written: WrittenEntry[] = [];
  private readonly names = new Set<string>();

  constructor(private readonly handle: FileHandle) {}

  private async put(data: Buffer): Promise<void> {
    await this.handle.write(data, 0, data.length, this.offset);
    this.offset += data.length;
    if (this.offset > LIMIT) throw new Error('zip archive over 4 GiB');
  }

  async add(input: ZipInput, when: { time: number; date: number }): Promise<void> {
    if (nameProblem(input.name)) throw new Error(`zip entry name refused: ${input.name}`);
    if (this.names.has(nameKey(input.name))) throw new Error(`zip entry written twice: ${input.name}`);
    this.names.add(nameKey(input.name));
    const name = Buffer.from(input.name, 'utf8');
    const headerOffset = this.offset;
    // The header's CRC and sizes are written once the data is: the file is written at known offsets, so the header
    // is filled in afterwards and no data descriptor is needed.
    await this.put(Buffer.concat([this.localHeader(when, 8, 0, 0, 0, name.length), name]));

    let crc = 0;
    let size = 0;
    let packedSize = 0;
    let method: 0 | 8 | undefined;
    const sample: Buffer[] = [];
    let sampled = 0;
    let deflate: DeflateRaw | undefined;
    let packing: Promise<void> | undefined;

    /** Deflate, unless a sample of the data does not shrink (a PDF, an image): then it is stored as it is. */
    const decide = async () => {
      const head = Buffer.concat(sample);
      method = head.length > 0 && deflateRawSync(head).length > head.length * STORE_ABOVE_RATIO ? 0 : 8;
      if (method === 8) {
        const packer = createDeflateRaw({ level: 6 });
        deflate = packer;
        packing = (async () => {
          for await (const chunk of packer) {
            packedSize += (chunk as Buffer).length;
            await this.put(chunk as Buffer);
          }
        })();
      }
      await push(head);
    };
    const push = async (chunk: Buffer) => {
      if (chunk.length === 0) return;
      if (deflate) {
        if (!deflate.write(chunk)) await new Promise((resume) => deflate!.once('drain', resume));
      } else {
        packedSize += chunk.length;
        await this.put(chunk);
      }
    };

    const source = Buffer.isBuffer(input.data) ? [input.data] : input.data;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > LIMIT) throw new Error(`zip entry over 4 GiB: ${input.name}`);
      if (method === undefined) {
        sample.push(chunk);
        sampled += chunk.length;
        if (sampled >= SAMPLE_BYTES) await decide();
      } else await push(chunk);
    }
    if (method === undefined) await decide();
    if (deflate) {
      deflate.end();
      await packing;
    }
    const done = this.localHeader(when, method!, crc >>> 0, packedSize, size, name.length);
    await this.handle.write(done, 0, done.length, headerOffset);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(FLAG_UTF8, 8);
    entry.writeUInt16LE(method!, 10);
    entry.writeUInt16LE(when.time, 12);
    entry.writeUInt16LE(when.date, 14);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(packedSize, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(headerOffset, 42);
    this.central.push(entry, name);
    this.written.push({ name: input.name, size, crc32: crc >>> 0 });
  }

  private localHeader(when: { time: number; date: number }, method: 0 | 8, crc: number, packedSize: number, size: number, nameLength: number): Buffer {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(when.time, 10);
    local.writeUInt16LE(when.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameLength, 26);
    return local;
  }

  async finish(): Promise<void> {
    const directory = Buffer.concat(this.central);
    const directoryOffset = this.offset;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(directoryOffset, 16);
    if (this.written.length > 0xfffe) throw new Error('zip archive with too many entries');
    await this.put(Buffer.concat([directory, end]));
  }
}

/** Writes the entries, in order, as one archive at `path` (writeAtomic); a failure leaves the target as it was. */
export function writeZipAtomic(path: string, entries: AsyncIterable<ZipInput> | Iterable<ZipInput>, when: Date): Promise<WrittenEntry[]> {
  const stamp = dosDateTime(when);
  return writeAtomic(path, async (handle) => {
    const writer = new ZipFileWriter(handle);
    for await (const entry of entries) await writer.add(entry, stamp);
    await writer.finish();
    return writer.written;
  });
}
