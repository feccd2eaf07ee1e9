import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundle, type BundleRefusal } from '../../electron/services/bundles/read-bundle';
import { writeBundle } from '../../electron/services/bundles/write-bundle';
import { MAX_MANIFEST_BYTES } from '@shared/bundle/manifest';
import { buildZip, type ZipEntrySpec } from '../support/zip-builder';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-bundle-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const facts = { kind: 'assessments' as const, appVersion: '0.1.0', creator: 'Alex Example', createdAt: '2026-12-01T09:00:00.000Z' };
const assessment = Buffer.from(JSON.stringify({ id: 'a-1', answers: [] }));
const evidence = randomBytes(300_000);

/** A manifest as a bundle would carry it, with changes an attack makes. */
function manifest(
  changes: Record<string, unknown> = {},
  files = [
    { path: 'assessments/a-1.json', sha256: sha256(assessment), size: assessment.length },
    { path: 'evidence/report.pdf', sha256: sha256(evidence), size: evidence.length },
  ],
) {
  return Buffer.from(JSON.stringify({ format: 'assay-bundle', formatVersion: 1, ...facts, files, ...changes }));
}
const content: ZipEntrySpec[] = [
  { name: 'assessments/a-1.json', data: assessment },
  { name: 'evidence/report.pdf', data: evidence },
];

let n = 0;
async function refusal(entries: ZipEntrySpec[]): Promise<BundleRefusal | 'opened'> {
  const path = join(dir, `b${(n += 1)}.zip`);
  await writeFile(path, buildZip(entries));
  const result = await openBundle(path);
  if (result.ok) {
    await result.bundle.zip.close();
    return 'opened';
  }
  return result.refusal;
}

describe('a bundle', () => {
  it('is written by streaming its files, lists each with its SHA-256 and size, and opens verified', async () => {
    const source = join(dir, 'evidence.bin');
    const big = randomBytes(6 * 1024 * 1024);
    await writeFile(source, big);
    const target = join(dir, 'bundle.zip');
    const written = await writeBundle(target, facts, [
      { path: 'assessments/a-1.json', data: assessment },
      { path: 'evidence/big.bin', data: () => createReadStream(source) },
    ]);
    expect(written.files).toEqual([
      { path: 'assessments/a-1.json', sha256: sha256(assessment), size: assessment.length },
      { path: 'evidence/big.bin', sha256: sha256(big), size: big.length },
    ]);
    expect(execFileSync('unzip', ['-tq', target]).toString()).toMatch(/No errors detected/);
    const opened = await openBundle(target);
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    try {
      expect(opened.bundle.manifest).toEqual(written);
      expect([...opened.bundle.files.keys()]).toEqual(['assessments/a-1.json', 'evidence/big.bin']);
    } finally {
      await opened.bundle.zip.close();
    }
  });

  it('opens when its files are as listed', async () => {
    expect(await refusal([...content, { name: 'manifest.json', data: manifest() }])).toBe('opened');
  });

  it('is refused, naming the problem, when a file differs from its manifest line', async () => {
    const changed = Buffer.from(evidence);
    changed[1000] = changed[1000]! ^ 0xff;
    expect(await refusal([content[0]!, { name: 'evidence/report.pdf', data: changed }, { name: 'manifest.json', data: manifest() }])).toEqual({
      problem: 'hashDiffers',
      path: 'evidence/report.pdf',
    });
    expect(await refusal([content[0]!, { name: 'evidence/report.pdf', data: evidence.subarray(1) }, { name: 'manifest.json', data: manifest() }])).toEqual({
      problem: 'sizeDiffers',
      path: 'evidence/report.pdf',
    });
  });

  it('is refused when a file is listed twice, listed but missing, or there but not listed', async () => {
    const line = { path: 'evidence/report.pdf', sha256: sha256(evidence), size: evidence.length };
    const twice = manifest({}, [
      { path: 'assessments/a-1.json', sha256: sha256(assessment), size: assessment.length },
      line,
      { ...line, path: 'Evidence/Report.pdf' },
    ]);
    expect(await refusal([...content, { name: 'manifest.json', data: twice }])).toEqual({ problem: 'listedTwice', path: 'Evidence/Report.pdf' });
    expect(await refusal([content[0]!, { name: 'manifest.json', data: manifest() }])).toEqual({ problem: 'missing', path: 'evidence/report.pdf' });
    expect(await refusal([...content, { name: 'evidence/extra.exe', data: Buffer.from('MZ') }, { name: 'manifest.json', data: manifest() }])).toEqual({
      problem: 'notListed',
      path: 'evidence/extra.exe',
    });
  });

  it('is refused without a manifest, with one that is no JSON, no bundle manifest, from a newer format, or of the wrong shape', async () => {
    expect(await refusal(content)).toEqual({ problem: 'noManifest' });
    expect(await refusal([...content, { name: 'manifest.json', data: Buffer.from('{"format": "assay-bundle",') }])).toEqual({ problem: 'manifestNotJson' });
    expect(await refusal([...content, { name: 'manifest.json', data: manifest({ format: 'assay-questionnaire' }) }])).toEqual({ problem: 'notBundle' });
    expect(await refusal([...content, { name: 'manifest.json', data: manifest({ formatVersion: 2 }) }])).toEqual({ problem: 'newerFormat', version: 2 });
    expect(await refusal([...content, { name: 'manifest.json', data: manifest({ files: 'all of them' }) }])).toEqual({
      problem: 'manifestInvalid',
      path: 'files',
    });
    expect(await refusal([...content, { name: 'manifest.json', data: manifest({ creator: 'x'.repeat(100_000) }) }])).toEqual({
      problem: 'manifestInvalid',
      path: 'creator',
    });
    expect(await refusal([...content, { name: 'manifest.json', data: Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20), method: 0 }])).toEqual({
      problem: 'manifestTooLarge',
      limit: MAX_MANIFEST_BYTES,
    });
  });

  it('is refused as an archive when it is an empty file or no zip at all', async () => {
    const empty = join(dir, 'empty.zip');
    await writeFile(empty, '');
    const result = await openBundle(empty);
    expect(result.ok ? 'opened' : result.refusal).toEqual({ problem: 'archive', refusal: { problem: 'empty' } });
  });
});
