import { Worker } from 'node:worker_threads';
import { verificationReportSchema, type ProblemCode, type VerificationReport } from '@shared/verify/report';

export interface VerifyRequest {
  id: number;
  pdf: Uint8Array;
  trusted: string[];
}

export type VerifyResponse = { id: number; report: VerificationReport } | { id: number; failed: string };

export interface PdfVerifierOptions {
  /** The bundled ./worker.ts. */
  workerPath: string;
  /** Longest one verification may take. */
  timeoutMs?: number;
  /** Heap of the worker thread, in MB. */
  memoryMb?: number;
}

export type PdfVerifier = (pdf: Buffer, trustedFingerprints: ReadonlySet<string>) => Promise<VerificationReport>;

const refused = (problem: ProblemCode): VerificationReport => ({ verdict: 'unreadable', problem, wholeDocument: false, revisions: 0, signatures: [] });

/**
 * Verifies PDFs in a worker thread with a memory limit and a deadline, one at
 * a time. A file that takes too long or exhausts the worker's memory gets a
 * report saying so; the worker is then replaced, and the caller is never hurt.
 * The worker's answer is checked against the report schema like any IPC input.
 */
export function createPdfVerifier(options: PdfVerifierOptions): PdfVerifier {
  const timeoutMs = options.timeoutMs ?? 4_000;
  const memoryMb = options.memoryMb ?? 768;
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const spawn = (): Worker => {
    const created = new Worker(options.workerPath, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 } });
    created.unref();
    created.on('exit', () => {
      if (worker === created) worker = undefined;
    });
    return created;
  };

  const runOne = (pdf: Buffer, trusted: ReadonlySet<string>): Promise<VerificationReport> =>
    new Promise((resolve) => {
      const current = (worker ??= spawn());
      const id = nextId++;
      let settled = false;
      const finish = (report: VerificationReport, discard: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onError);
        current.unref();
        if (discard) {
          if (worker === current) worker = undefined;
          void current.terminate();
        }
        resolve(report);
      };
      const onMessage = (response: VerifyResponse) => {
        if (response.id !== id) return;
        const parsed = 'report' in response ? verificationReportSchema.safeParse(response.report) : undefined;
        finish(parsed?.success ? parsed.data : refused('too_complex'), !parsed?.success);
      };
      // Out of memory, or a crash: the worker is gone, the file was too much for it.
      const onError = () => finish(refused('too_complex'), true);
      current.once('exit', onError);
      const timer = setTimeout(() => finish(refused('timeout'), true), timeoutMs);
      current.on('message', onMessage);
      current.on('error', onError);
      current.ref();
      const copy = new Uint8Array(pdf.byteLength);
      copy.set(pdf);
      current.postMessage({ id, pdf: copy, trusted: [...trusted] } satisfies VerifyRequest, [copy.buffer]);
    });

  return (pdf, trusted) => {
    const result = queue.then(() => runOne(pdf, trusted));
    queue = result.catch(() => undefined);
    return result;
  };
}
