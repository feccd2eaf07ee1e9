import { parentPort } from 'node:worker_threads';
import { verifyPdfBytes } from './verify-pdf';
import type { VerifyRequest, VerifyResponse } from './isolated';

// The worker thread that verifies one PDF at a time for ./isolated.ts: a crafted
// file can exhaust this thread's memory or time, never the main process's.
parentPort?.on('message', (request: VerifyRequest) => {
  const pdf = Buffer.from(request.pdf.buffer, request.pdf.byteOffset, request.pdf.byteLength);
  verifyPdfBytes(pdf, new Set(request.trusted)).then(
    (report) => parentPort!.postMessage({ id: request.id, report } satisfies VerifyResponse),
    (error: unknown) => parentPort!.postMessage({ id: request.id, failed: error instanceof Error ? error.message : String(error) } satisfies VerifyResponse),
  );
});
