import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepPartials, writeFileAtomic } from '../../electron/services/atomic-write';

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

describe('a writer killed at any moment', () => {
  it('leaves the file it was replacing whole: the old version or the new, never a mix or a cut', async () => {
    const child = join(dir, 'writer.cjs');
    await build({
      entryPoints: [resolve(__dirname, '../support/atomic-writer-child.ts')],
      outfile: child,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
    });
    const target = join(dir, 'report.pdf');
    const size = 2 * 1024 * 1024;
    // Kill points spread over whole writes: a fixed sequence, so a failure can be repeated.
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    let lastWhole = 0;
    for (let round = 0; round < 12; round += 1) {
      const writer = spawn(process.execPath, [child, target, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let reported = 0;
      writer.stdout.on('data', (chunk: Buffer) => {
        const lines = chunk.toString().trim().split('\n');
        reported = Number(lines[lines.length - 1]);
      });
      // Wait until it has finished a write, then kill it a random time into the next ones.
      while (reported === 0 && writer.exitCode === null) await new Promise((resume) => setTimeout(resume, 5));
      await new Promise((resume) => setTimeout(resume, 1 + next() * 60));
      writer.kill('SIGKILL');
      await new Promise((resume) => writer.once('exit', resume));
      const bytes = await readFile(target);
      expect(bytes.length, `round ${round}`).toBe(size);
      const version = bytes[0]!;
      expect(
        bytes.every((byte) => byte === version),
        `round ${round}`,
      ).toBe(true);
      // Never older than the last version it said was complete.
      expect(version, `round ${round}`).toBeGreaterThanOrEqual(reported);
      lastWhole = version;
    }
    expect(lastWhole).toBeGreaterThan(0);
    // What the killed writers left behind goes at the next start, once it is old enough.
    await sweepPartials(dir, Date.now() + 2 * 60 * 60_000);
    expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);
});

describe('what killed writers leave behind', () => {
  it('is swept once it is an hour old: only temp files of the writer’s form, never one being written or anything else', async () => {
    const now = Date.now();
    const old = (now - 2 * 60 * 60_000) / 1000;
    const files = {
      stale: 'report.pdf.0f8e3c52-7d1a-4b6e-9c2f-1a2b3c4d5e6f.partial',
      writing: 'report.pdf.5a6b7c8d-1e2f-4a3b-8c4d-9e0f1a2b3c4d.partial',
      ownFile: 'notes.partial',
      report: 'report.pdf',
    };
    for (const name of Object.values(files)) await writeFile(join(dir, name), 'x');
    for (const name of [files.stale, files.ownFile, files.report]) await utimes(join(dir, name), old, old);
    await mkdir(join(dir, 'inner'));
    await writeFile(join(dir, 'inner', files.stale), 'x');
    await utimes(join(dir, 'inner', files.stale), old, old);
    await expect(sweepPartials(dir, now)).resolves.toBe(1);
    expect((await readdir(dir)).sort()).toEqual([files.writing, 'inner', files.ownFile, files.report].sort());
    expect(await readdir(join(dir, 'inner'))).toEqual([files.stale]);
    await expect(sweepPartials(join(dir, 'missing'), now)).resolves.toBe(0);
  });
});
