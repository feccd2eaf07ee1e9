import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, openZip, ZipEntryError, type OpenZip, type ZipRefusal } from '../../electron/services/zip/read-zip';
import { writeZipAtomic } from '../../electron/services/zip/write-zip';
import { buildZip, type ZipEntrySpec } from '../support/zip-builder';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-zip-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
let n = 0;
async function file(content: Buffer): Promise<string> {
  const path = join(dir, `archive-${(n += 1)}.zip`);
  await writeFile(path, content);
  return path;
}

async function opened(path: string, limits = DEFAULT_ZIP_LIMITS): Promise<OpenZip> {
  const result = await openZip(path, limits);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.zip;
}

async function refusal(entries: ZipEntrySpec[], limits = DEFAULT_ZIP_LIMITS): Promise<ZipRefusal | 'opened'> {
  const result = await openZip(await file(buildZip(entries)), limits);
  if (result.ok) {
    await result.zip.close();
    return 'opened';
  }
  return result.refusal;
}

const json = (name: string) => ({ name, data: Buffer.from('{"ok":true}') });

describe('writing an archive', () => {
  it('streams entries into an archive that unzip tests clean and the reader reads back byte for byte', async () => {
    const evidence = join(dir, 'evidence.bin');
    const big = Buffer.concat(Array.from({ length: 24 }, () => randomBytes(1024 * 1024)));
    await writeFile(evidence, big);
    const manifest = Buffer.from(JSON.stringify({ format: 'assay-bundle', files: 2 }));
    const target = join(dir, 'bundle.zip');
    const written = await writeZipAtomic(
      target,
      [
        { name: 'manifest.json', data: manifest },
        { name: 'evidence/Prüfbericht 2026.pdf', data: createReadStream(evidence) },
      ],
      new Date('2026-12-01T09:00:00Z'),
    );
    expect(written.map((w) => [w.name, w.size])).toEqual([
      ['manifest.json', manifest.length],
      ['evidence/Prüfbericht 2026.pdf', big.length],
    ]);
    expect(execFileSync('unzip', ['-tq', target]).toString()).toMatch(/No errors detected/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);

    const zip = await opened(target);
    try {
      expect(zip.entries.map((e) => e.name)).toEqual(['manifest.json', 'evidence/Prüfbericht 2026.pdf']);
      expect((await zip.bytes(zip.entries[0]!)).data.equals(manifest)).toBe(true);
      const hash = createHash('sha256');
      let chunks = 0;
      for await (const chunk of zip.stream(zip.entries[1]!)) {
        hash.update(chunk as Buffer);
        chunks += 1;
      }
      expect(hash.digest('hex')).toBe(sha256(big));
      expect(chunks).toBeGreaterThan(1);
    } finally {
      await zip.close();
    }
  }, 60_000);

  it('refuses a name that could escape its folder, and a name given twice, leaving neither the target nor a temp file', async () => {
    const target = join(dir, 'refused.zip');
    await expect(writeZipAtomic(target, [json('../up.json')], new Date())).rejects.toThrow(/name refused/);
    await expect(writeZipAtomic(target, [json('A.json'), json('a.json')], new Date())).rejects.toThrow(/twice/);
    expect((await readdir(dir)).filter((f) => f.startsWith('refused.zip'))).toEqual([]);
  });
});

describe('reading an archive someone else made', () => {
  it('refuses an empty file, an empty archive, a file that is no zip and a truncated archive', async () => {
    expect((await openZip(await file(Buffer.alloc(0)))).ok).toBe(false);
    expect(await refusal([])).toEqual({ problem: 'empty' });
    const notZip = await openZip(await file(Buffer.from('%PDF-1.7\n')));
    expect(notZip.ok ? 'opened' : notZip.refusal).toEqual({ problem: 'notZip' });
    const whole = buildZip([json('manifest.json'), { name: 'evidence/a.bin', data: randomBytes(200_000) }]);
    const cut = await file(whole);
    await truncate(cut, Math.floor(whole.length / 2));
    const truncated = await openZip(cut);
    expect(truncated.ok ? 'opened' : truncated.refusal).toEqual({ problem: 'damaged' });
  });

  it.each([
    ['../evil.json', 'traversal'],
    ['evidence/../../evil.json', 'traversal'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil.json', 'driveLetter'],
    ['C:evil.json', 'driveLetter'],
    ['evidence\\..\\evil.json', 'backslash'],
    ['evidence//a.json', 'emptySegment'],
    ['evil\u0000.json', 'controlCharacter'],
  ])('refuses the entry name %j (%s)', async (name, why) => {
    expect(await refusal([json('manifest.json'), json(name)])).toEqual({ problem: 'badName', name, why });
  });

  it('refuses a symbolic link, a file listed twice (in any case), and an encrypted entry', async () => {
    expect(await refusal([{ name: 'evidence/link', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }])).toEqual({
      problem: 'link',
      name: 'evidence/link',
    });
    expect(await refusal([{ name: 'evidence/file', data: Buffer.from('x'), unixMode: 0o100644 }])).toBe('opened');
    expect(await refusal([{ name: 'evidence/', data: Buffer.alloc(0), method: 0 }, json('evidence/a.json')])).toBe('opened');
    expect(await refusal([json('manifest.json'), json('Manifest.JSON')])).toEqual({ problem: 'duplicate', name: 'Manifest.JSON' });
    expect(await refusal([{ ...json('manifest.json'), flags: 1 }])).toEqual({ problem: 'encrypted' });
  });

  it('refuses a decompression bomb by its packing ratio, and archives past the size limits, before unpacking anything', async () => {
    expect(await refusal([{ name: 'evidence/zeros.bin', data: Buffer.alloc(50 * 1024 * 1024) }])).toEqual({ problem: 'bomb', name: 'evidence/zeros.bin' });
    const small = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 300_000, maxEntryBytes: 250_000 };
    const twoHalves = [
      { name: 'a.bin', data: randomBytes(200_000) },
      { name: 'b.bin', data: randomBytes(200_000) },
    ];
    expect(await refusal(twoHalves, small)).toEqual({ problem: 'tooLarge', limit: 300_000 });
    expect(await refusal([{ name: 'big.bin', data: randomBytes(260_000) }], small)).toEqual({ problem: 'entryTooLarge', name: 'big.bin', limit: 250_000 });
    // A 2 GB file, as the directory states it: refused by the entry limit without reading a byte of it.
    expect(await refusal([{ name: 'huge.bin', data: randomBytes(1000), method: 0, claimedSize: 2 ** 31 + 1 }])).toEqual({ problem: 'damaged' });
    expect(await refusal([{ name: 'huge.bin', data: randomBytes(100_000), claimedSize: 2 ** 31 + 1 }])).toMatchObject({ problem: 'entryTooLarge' });
    expect(
      await refusal(
        Array.from({ length: 21 }, (_, i) => json(`f${i}.json`)),
        { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 },
      ),
    ).toEqual({
      problem: 'tooManyEntries',
      count: 21,
      limit: 20,
    });
  });

  it('stops the stream of an entry whose size or CRC-32 is not what the directory states', async () => {
    const data = randomBytes(300_000);
    for (const [spec, reason] of [
      [{ name: 'lies.bin', data, claimedSize: 1_000 }, 'size'],
      [{ name: 'lies.bin', data, claimedSize: 400_000 }, 'size'],
      [{ name: 'lies.bin', data, claimedCrc: 0x12345678 }, 'crc'],
    ] as const) {
      const zip = await opened(await file(buildZip([spec])));
      try {
        await expect(zip.bytes(zip.entries[0]!)).rejects.toMatchObject({ name: 'ZipEntryError', reason });
      } finally {
        await zip.close();
      }
    }
    expect(new ZipEntryError('x', 'crc').message).toBe('zip entry x: crc');
  });

  it('reads what unzip itself would write', async () => {
    const source = join(dir, 'plain');
    await writeFile(join(dir, 'note.txt'), 'Ein Nachweis.');
    execFileSync('zip', ['-q', '-j', source, join(dir, 'note.txt')], { stdio: 'ignore' });
    const zip = await opened(`${source}.zip`);
    try {
      expect((await zip.bytes(zip.entries[0]!)).data.toString('utf8')).toBe('Ein Nachweis.');
    } finally {
      await zip.close();
    }
    expect((await readFile(`${source}.zip`)).length).toBeGreaterThan(0);
  });
});
