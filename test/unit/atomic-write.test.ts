import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/services/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writing a file whole', () => {
  it('lets concurrent writes to one file all succeed, leaving one complete version and no temp file', async () => {
    const target = join(dir, 'report.pdf');
    const versions = Array.from({ length: 8 }, (_, i) => Buffer.alloc(256 * 1024, i + 1));
    await Promise.all(versions.map((bytes) => writeFileAtomic(target, bytes)));
    const written = await readFile(target);
    expect(versions.some((bytes) => bytes.equals(written))).toBe(true);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('leaves the target as it was and nothing behind when the write fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await readdir(dir)).toEqual(['taken']);
    await expect(writeFileAtomic(join(dir, 'missing', 'file'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('creates the file with the mode asked for', async () => {
    const target = join(dir, 'key.json');
    await writeFileAtomic(target, '{}', { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });
});
