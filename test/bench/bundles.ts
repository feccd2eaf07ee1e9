// Assessment bundles on the Node side, through the same IPC handlers the renderer calls, beside `cp` of the same files
// in the same run:
// - export: the document and every evidence file sent to the store in 4 MiB chunks (base64, as over IPC), then the
//   bundle written from the store (hashing, CRC, deflate or store, fsync, rename);
// - import: the bundle sent in chunks, opened in the file worker (every byte checked against the manifest and copied
//   into the store), and every evidence file read back in chunks;
// - the process's resident memory sampled every 5 ms during each, as growth over what it held before.
// Two baselines: `cp` (which copies inside the kernel, never reading the bytes into a process), and the same files
// streamed through this process (read and written, as anything that hashes or packs them must at least do).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { ASSESSMENTS_DOCUMENT, evidencePath } from '@shared/bundle/assessments';
import { MAX_CHUNK_BYTES, type ChannelName, type InputOf, type OutputOf } from '@shared/ipc/contract';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/ipc-dispatch';
import { saveIntoFolder } from '../../electron/services/save-path';
import { bundleDocument, bundledAssessment, sha256 } from '../support/bundle-document';
import { fontsDir } from '../support/pdf-tools';
import { root } from './app';

export const BUNDLE_RUNS = 5;
export const EVIDENCE_FILES = 4;
export const EVIDENCE_FILE_BYTES = 50 * 1024 * 1024;
export const ANSWERS = 300;

const run = promisify(execFile);

export interface BundleBench {
  bundleBytes: number;
  evidenceBytes: number;
  largestFileBytes: number;
  export: number[];
  import: number[];
  cp: number[];
  /** The same files copied by this process, read into it and written out: the least any program that looks at the bytes does. */
  streamCopy: number[];
  exportPeakGrowth: number[];
  importPeakGrowth: number[];
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; peakGrowth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakGrowth: peak - before };
}

export async function benchBundles(): Promise<BundleBench> {
  const dir = await mkdtemp(join(tmpdir(), 'assay-bench-bundle-'));
  const handlers = createHandlers({
    dataDir: join(dir, 'data'),
    now: () => new Date(),
    appVersion: 'bench',
    locale: 'en-GB',
    platform: process.platform,
    launcher: 'chromium',
    fontsDir,
    chooseSavePath: saveIntoFolder(join(dir, 'saved')),
    fileWorkerPath: join(root, 'out/main/file-worker.js'),
  });
  const call = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    const value = result.value as OutputOf<C>;
    if (typeof value === 'object' && value !== null && 'refused' in value) throw new Error(`${channel}: ${String(value.refused)}`);
    return value;
  };

  /** A file on disk sent to the store as the renderer sends one: chunk by chunk. */
  const send = async (path: string) => {
    const { size } = await stat(path);
    const { uploadId } = (await call('blobs:begin', { size })) as { uploadId: string };
    const handle = await open(path, 'r');
    try {
      const chunk = Buffer.alloc(MAX_CHUNK_BYTES);
      for (let offset = 0; offset < size;) {
        const { bytesRead } = await handle.read(chunk, 0, MAX_CHUNK_BYTES, offset);
        await call('blobs:append', { uploadId, offset, data: chunk.subarray(0, bytesRead).toString('base64') });
        offset += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return ((await call('blobs:finish', { uploadId })) as { sha256: string }).sha256;
  };
  const receive = async (digest: string, size: number) => {
    let bytes = 0;
    for (let offset = 0; offset < size;) {
      const { data } = (await call('blobs:read', { sha256: digest, offset, length: Math.min(MAX_CHUNK_BYTES, size - offset) })) as { data: string };
      const read = Buffer.from(data, 'base64').length;
      bytes += read;
      offset += read;
    }
    return bytes;
  };

  try {
    // Evidence as it usually is: already compressed (PDFs, images), so random bytes stand in for it.
    const files: { path: string; name: string; sha256: string }[] = [];
    await mkdir(join(dir, 'evidence'));
    for (let i = 0; i < EVIDENCE_FILES; i += 1) {
      const data = randomBytes(EVIDENCE_FILE_BYTES);
      const path = join(dir, 'evidence', `report-${i}.pdf`);
      await writeFile(path, data);
      files.push({ path, name: `report-${i}.pdf`, sha256: sha256(data) });
    }
    const assessment = bundledAssessment(
      'bench-1',
      files.map((file) => ({ fileName: file.name, data: Buffer.alloc(0) })),
    );
    assessment.evidence = files.map((file) => ({
      questionId: 'SEC-RBAC',
      fileName: file.name,
      mediaType: 'application/pdf',
      size: EVIDENCE_FILE_BYTES,
      sha256: file.sha256,
    }));
    assessment.answers = Array.from({ length: ANSWERS }, (_, i) => ({
      questionId: `Q-${i + 1}`,
      answer: { status: 'answered', value: i % 3 === 0 ? 'yes' : 'partial' },
      note: `Checked against the vendor's documentation, section ${i + 1}.`,
    }));
    const documentPath = join(dir, 'assessments.json');
    await writeFile(documentPath, JSON.stringify(bundleDocument([assessment])));

    const result: BundleBench = {
      bundleBytes: 0,
      evidenceBytes: EVIDENCE_FILES * EVIDENCE_FILE_BYTES,
      largestFileBytes: EVIDENCE_FILE_BYTES,
      export: [],
      import: [],
      cp: [],
      streamCopy: [],
      exportPeakGrowth: [],
      importPeakGrowth: [],
    };
    for (let i = 0; i < BUNDLE_RUNS; i += 1) {
      const target = join(dir, 'saved', 'bench.assay');
      await rm(target, { force: true });
      const exported = await timed(async () => {
        const documentSha = await send(documentPath);
        for (const file of files) await send(file.path);
        await call('bundles:save', {
          kind: 'assessments',
          fileName: 'bench.assay',
          creator: 'Bench',
          files: [{ path: ASSESSMENTS_DOCUMENT, sha256: documentSha }, ...files.map((file) => ({ path: evidencePath(file.sha256), sha256: file.sha256 }))],
        });
        await call('blobs:release', { sha256s: [documentSha, ...files.map((f) => f.sha256)] });
      });
      result.export.push(exported.ms);
      result.exportPeakGrowth.push(exported.peakGrowth);
      result.bundleBytes = (await stat(target)).size;

      const imported = await timed(async () => {
        const bundleSha = await send(target);
        const opened = (await call('bundles:open', { sha256: bundleSha, kind: 'assessments' })) as {
          ok: boolean;
          document: { sha256: string };
          files: { sha256: string; size: number }[];
        };
        if (!opened.ok) throw new Error('the bench bundle was refused');
        for (const file of opened.files) await receive(file.sha256, file.size);
        await call('blobs:release', { sha256s: [bundleSha, opened.document.sha256, ...opened.files.map((f) => f.sha256)] });
      });
      result.import.push(imported.ms);
      result.importPeakGrowth.push(imported.peakGrowth);

      const copy = join(dir, `copy-${i}`);
      await mkdir(copy);
      const t0 = performance.now();
      await run('cp', [...files.map((f) => f.path), documentPath, copy]);
      result.cp.push(performance.now() - t0);
      await rm(copy, { recursive: true, force: true });

      await mkdir(copy);
      const t1 = performance.now();
      for (const source of [...files.map((f) => f.path), documentPath])
        await pipeline(createReadStream(source), createWriteStream(join(copy, basename(source))));
      result.streamCopy.push(performance.now() - t1);
      await rm(copy, { recursive: true, force: true });
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
