import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';
import { writeAtomic } from '../atomic-write';
import { dosDateTime } from './directory';
import { nameKey, nameProblem } from './entry-names';

/**
 * Writing a zip archive entry by entry as the data streams in, never holding an entry whole: each entry is
 * deflated as it is read and its CRC-32 and sizes follow its data (a data descriptor), then the central directory.
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

const FLAG_DATA_DESCRIPTOR = 0x0008;
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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(when.time, 10);
    local.writeUInt16LE(when.date, 12);
    local.writeUInt16LE(name.length, 26);
    await this.put(Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    let packedSize = 0;
    const deflate = createDeflateRaw({ level: 6 });
    const packing = (async () => {
      for await (const chunk of deflate) {
        packedSize += (chunk as Buffer).length;
        await this.put(chunk as Buffer);
      }
    })();
    const source = Buffer.isBuffer(input.data) ? [input.data] : input.data;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > LIMIT) throw new Error(`zip entry over 4 GiB: ${input.name}`);
      if (!deflate.write(chunk)) await new Promise((resume) => deflate.once('drain', resume));
    }
    deflate.end();
    await packing;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(packedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.put(descriptor);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
    entry.writeUInt16LE(8, 10);
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
