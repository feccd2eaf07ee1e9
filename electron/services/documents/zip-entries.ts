import { dosDateTime } from '../zip/directory';

/**
 * Sets the modification time of every zip entry (local header and central directory)
 * to `when`, so that packing the same content twice gives the same bytes.
 */
export function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const END = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const LOCAL = 0x04034b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('stampZipEntries: not a zip archive');
  const { time, date } = dosDateTime(when);
  const entries = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n += 1) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('stampZipEntries: unexpected zip central directory');
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('stampZipEntries: unexpected zip entry header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
