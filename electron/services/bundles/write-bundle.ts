import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_NAME, SIGNATURE_NAME, type BundleFile, type BundleManifest } from '@shared/bundle/manifest';
import { writeZipAtomic, type ZipInput } from '../zip/write-zip';

/**
 * Writing a bundle: each file is streamed into the archive, hashed as it passes, and the manifest that lists every
 * file with its SHA-256 and size is written last, once all of them are known. No file is held whole.
 */

export interface BundleSource {
  path: string;
  /** The file's bytes, or a way to open them as a stream when their turn comes. */
  data: Buffer | (() => Readable);
}

export type BundleFacts = Pick<BundleManifest, 'kind' | 'appVersion' | 'creator' | 'createdAt' | 'contents'>;

/**
 * `sign`, when given, makes a detached signature over the manifest's bytes, written after it as manifest.p7s.
 */
export async function writeBundle(
  target: string,
  facts: BundleFacts,
  sources: readonly BundleSource[],
  sign?: (manifest: Buffer) => Buffer,
): Promise<BundleManifest> {
  const files: BundleFile[] = [];
  let manifest: BundleManifest | undefined;
  async function* entries(): AsyncGenerator<ZipInput> {
    for (const source of sources) {
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const stream = Buffer.isBuffer(source.data) ? Readable.from([source.data]) : source.data();
      stream.on('error', (error) => tap.destroy(error));
      yield { name: source.path, data: stream.pipe(tap) };
      // The writer has read the whole entry before it asks for the next.
      files.push({ path: source.path, sha256: hash.digest('hex'), size });
    }
    manifest = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, ...facts, files };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
    yield { name: MANIFEST_NAME, data: manifestBytes };
    if (sign) yield { name: SIGNATURE_NAME, data: sign(manifestBytes) };
  }
  await writeZipAtomic(target, entries(), new Date(facts.createdAt));
  return manifest!;
}
