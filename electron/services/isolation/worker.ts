import { parentPort } from 'node:worker_threads';
import { readWorkbookGrid } from '../spreadsheet/read-workbook';
import { verifyPdfBytes } from '../verify/verify-pdf';
import { createBlobStore } from '../blobs/blob-store';
import { openBundleIntoStore } from '../bundles/open-into-store';
import { readManifestFacts } from '../bundles/read-bundle';
import { openPkcs12 } from '../signing/pkcs12';
import type { JobKind, JobRequest, JobResponse } from './jobs';

// The file worker for ./isolated.ts: it reads one untrusted file at a time, so a crafted file can exhaust
// this thread's memory or time, never the main process's.

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const run: { [K in JobKind]: (input: Extract<JobRequest, { kind: K }>['input']) => Promise<unknown> } = {
  verifyPdf: ({ pdf, trusted }) => verifyPdfBytes(asBuffer(pdf), new Set(trusted)),
  readWorkbook: ({ data }) => readWorkbookGrid(asBuffer(data)),
  openBundle: ({ path, storeDir, kind, trusted }) => openBundleIntoStore(path, createBlobStore(storeDir), kind, new Set(trusted)),
  readManifest: async ({ path }) => {
    const manifest = await readManifestFacts(path);
    if (!manifest) return { ok: false };
    const { kind, appVersion, createdAt, contents } = manifest;
    return { ok: true, kind, appVersion, createdAt, ...(contents ? { contents } : {}) };
  },
  openPkcs12: async ({ bytes, passphrase }) => openPkcs12(asBuffer(bytes), passphrase),
};

parentPort?.on('message', (request: JobRequest) => {
  const job = run[request.kind] as (input: JobRequest['input']) => Promise<unknown>;
  job(request.input).then(
    (output) => parentPort!.postMessage({ id: request.id, output } satisfies JobResponse),
    (error: unknown) => parentPort!.postMessage({ id: request.id, failed: error instanceof Error ? error.message : String(error) } satisfies JobResponse),
  );
});
