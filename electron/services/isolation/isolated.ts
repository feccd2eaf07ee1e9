import { Worker } from 'node:worker_threads';
import { workerJobs, type JobInputs, type JobKind, type JobOutput, type JobRequest, type JobResponse } from './jobs';

export interface FileWorkerOptions {
  /** The bundled ./worker.ts. */
  workerPath: string;
  /** Heap of the worker thread, in MB. */
  memoryMb?: number;
  /** Overrides the deadline of every job kind (tests). */
  timeoutMs?: number;
}

/** Why a job gave no answer: it ran past its deadline, or the worker died or answered nonsense. */
export type JobFailure = { failed: 'timeout' | 'too_complex' };

export type FileWorker = <K extends JobKind>(kind: K, input: JobInputs[K], transfer?: ArrayBuffer[]) => Promise<JobOutput<K> | JobFailure>;

/**
 * Runs untrusted-file work in a worker thread with a memory limit and a deadline, one job at a time. A job
 * that takes too long or exhausts the worker's memory fails with a reason; the worker is then replaced, and
 * the caller is never hurt. Each answer is checked against its job's schema (./jobs.ts) before it is used.
 */
export function createFileWorker(options: FileWorkerOptions): FileWorker {
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

  const runOne = <K extends JobKind>(kind: K, input: JobInputs[K], transfer: ArrayBuffer[]): Promise<JobOutput<K> | JobFailure> =>
    new Promise((resolve) => {
      const current = (worker ??= spawn());
      const id = nextId++;
      let settled = false;
      const finish = (result: JobOutput<K> | JobFailure, discard: boolean) => {
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
        resolve(result);
      };
      const onMessage = (response: JobResponse) => {
        if (response.id !== id) return;
        const parsed = 'output' in response ? workerJobs[kind].output.safeParse(response.output) : undefined;
        if (parsed?.success) finish(parsed.data as JobOutput<K>, false);
        else finish({ failed: 'too_complex' }, true);
      };
      // Out of memory, or a crash: the worker is gone, the file was too much for it.
      const onError = () => finish({ failed: 'too_complex' }, true);
      current.once('exit', onError);
      const timer = setTimeout(() => finish({ failed: 'timeout' }, true), options.timeoutMs ?? workerJobs[kind].timeoutMs);
      current.on('message', onMessage);
      current.on('error', onError);
      current.ref();
      current.postMessage({ id, kind, input } as JobRequest, transfer);
    });

  return (kind, input, transfer = []) => {
    const result = queue.then(() => runOne(kind, input, transfer));
    queue = result.catch(() => undefined);
    return result;
  };
}

/** A copy of the bytes in a buffer of their own, to hand to the worker without copying again. */
export function transferableCopy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
