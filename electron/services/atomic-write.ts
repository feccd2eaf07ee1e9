import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a file so that it appears only once it is complete and on disk: `write` fills a temp file of its own
 * beside the target (so writes to the same target never share one), which is fsynced, then renamed over the
 * target, and the folder fsynced so the rename itself survives a crash. A failed write leaves the target as it
 * was and no temp file behind.
 */
export async function writeAtomic<T>(path: string, write: (handle: FileHandle) => Promise<T>, options: { mode?: number } = {}): Promise<T> {
  const temp = `${path}.${randomUUID()}.partial`;
  let result: T;
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o644);
    try {
      result = await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
  return result;
}

/** Writes bytes or text to `path` atomically (writeAtomic). */
export const writeFileAtomic = (path: string, data: Uint8Array | string, options: { mode?: number } = {}): Promise<void> =>
  writeAtomic(path, (handle) => handle.writeFile(data), options);

/** The name writeAtomic gives a file while it is being written. */
const PARTIAL = /\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.partial$/;

/**
 * Removes what writers killed mid-write left in `folder` (not below it): temp files of writeAtomic's form older than
 * `maxAgeMs`, so one being written now is never touched. Says how many went; a folder that is not there is empty.
 */
export async function sweepPartials(folder: string, now = Date.now(), maxAgeMs = 60 * 60_000): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((entry) => PARTIAL.test(entry))) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < maxAgeMs) continue;
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
}
