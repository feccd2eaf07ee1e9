import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_CHUNK_BYTES, MAX_UPLOAD_BYTES } from '@shared/ipc/contract';

/**
 * Files on their way between the renderer and the Node side, kept by their SHA-256 in a folder of the data folder.
 * The renderer sends a file in chunks (an upload), the store hashes it as it arrives, and once it is complete it
 * is fsynced and renamed to its digest: a name in the store always holds exactly the bytes it names. Bundles are
 * written from here and opened into here, and the renderer reads files back in chunks: no file crosses the IPC
 * boundary as one message.
 */

const MAX_OPEN_UPLOADS = 16;
const INCOMING = 'incoming';

export type BlobStoreProblem = 'unknownUpload' | 'wrongOffset' | 'tooLarge' | 'incomplete' | 'notFound' | 'tooManyUploads';

export class BlobStoreError extends Error {
  constructor(readonly problem: BlobStoreProblem) {
    super(`blob store: ${problem}`);
    this.name = 'BlobStoreError';
  }
}

const DIGEST = /^[0-9a-f]{64}$/;

interface Upload {
  handle: FileHandle;
  path: string;
  size: number;
  received: number;
  hash: ReturnType<typeof createHash>;
  /** Appends of one upload run one after another. */
  busy: Promise<unknown>;
}

export function createBlobStore(dir: string, options: { sweep?: boolean } = {}) {
  const incoming = join(dir, INCOMING);
  const uploads = new Map<string, Upload>();
  let ready: Promise<void> | undefined;

  /** Creates the folders on first use; the app's own store also removes what an earlier run left half-received. */
  const prepare = () =>
    (ready ??= (async () => {
      await mkdir(incoming, { recursive: true });
      if (options.sweep) for (const name of await readdir(incoming)) await rm(join(incoming, name), { force: true, recursive: true });
    })());

  const pathOf = (sha256: string): string => {
    if (!DIGEST.test(sha256)) throw new BlobStoreError('notFound');
    return join(dir, sha256);
  };

  async function has(sha256: string): Promise<boolean> {
    await prepare();
    try {
      return (await stat(pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /** A temp file in the incoming folder, for an upload or for a file a bundle is opened into. */
  async function tempFile(): Promise<{ path: string; handle: FileHandle }> {
    await prepare();
    const path = join(incoming, randomBytes(12).toString('hex'));
    return { path, handle: await open(path, 'wx', 0o600) };
  }

  /** Moves a complete, fsynced temp file to its digest's name; a file already stored under it is kept. */
  async function adopt(tempPath: string, sha256: string): Promise<void> {
    if (await has(sha256)) {
      await rm(tempPath, { force: true });
      return;
    }
    await rename(tempPath, pathOf(sha256));
  }

  function upload(id: string): Upload {
    const found = uploads.get(id);
    if (!found) throw new BlobStoreError('unknownUpload');
    return found;
  }

  async function discard(id: string): Promise<void> {
    const found = uploads.get(id);
    if (!found) return;
    uploads.delete(id);
    await found.handle.close().catch(() => undefined);
    await rm(found.path, { force: true });
  }

  return {
    dir,
    has,
    pathOf,
    tempFile,
    adopt,

    async begin(size: number): Promise<string> {
      if (!Number.isSafeInteger(size) || size < 0 || size > MAX_UPLOAD_BYTES) throw new BlobStoreError('tooLarge');
      if (uploads.size >= MAX_OPEN_UPLOADS) throw new BlobStoreError('tooManyUploads');
      const { path, handle } = await tempFile();
      const id = randomBytes(12).toString('hex');
      uploads.set(id, { handle, path, size, received: 0, hash: createHash('sha256'), busy: Promise.resolve() });
      return id;
    },

    /** Adds the next chunk; a chunk out of order or past the announced size ends the upload. */
    async append(id: string, offset: number, bytes: Buffer): Promise<number> {
      const current = upload(id);
      const step = current.busy.then(async () => {
        if (offset !== current.received) throw new BlobStoreError('wrongOffset');
        if (bytes.length > MAX_CHUNK_BYTES || current.received + bytes.length > current.size) throw new BlobStoreError('tooLarge');
        await current.handle.write(bytes, 0, bytes.length, offset);
        current.hash.update(bytes);
        current.received += bytes.length;
        return current.received;
      });
      current.busy = step.catch(() => undefined);
      try {
        return await step;
      } catch (error) {
        await discard(id);
        throw error;
      }
    },

    /** Ends a complete upload: fsynced, named by its digest. */
    async finish(id: string): Promise<{ sha256: string; size: number }> {
      const current = upload(id);
      await current.busy;
      if (current.received !== current.size) {
        await discard(id);
        throw new BlobStoreError('incomplete');
      }
      uploads.delete(id);
      try {
        await current.handle.sync();
      } finally {
        await current.handle.close();
      }
      const sha256 = current.hash.digest('hex');
      await adopt(current.path, sha256);
      return { sha256, size: current.size };
    },

    discard,

    /** Up to `length` bytes of a stored file from `offset`; fewer at its end. */
    async read(sha256: string, offset: number, length: number): Promise<Buffer> {
      if (length > MAX_CHUNK_BYTES) throw new BlobStoreError('tooLarge');
      if (!(await has(sha256))) throw new BlobStoreError('notFound');
      const handle = await open(pathOf(sha256), 'r');
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },

    /** Forgets stored files nobody needs any more. */
    async release(sha256s: readonly string[]): Promise<void> {
      for (const sha256 of sha256s) await rm(pathOf(sha256), { force: true });
    },
  };
}

export type BlobStore = ReturnType<typeof createBlobStore>;
