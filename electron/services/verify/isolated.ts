import type { VerificationReport } from '@shared/verify/report';
import { createFileWorker, transferableCopy, type FileWorker, type FileWorkerOptions } from '../isolation/isolated';

export type PdfVerifier = (pdf: Buffer, trustedFingerprints: ReadonlySet<string>) => Promise<VerificationReport>;

/**
 * Verifies PDFs in the file worker (../isolation/isolated.ts): a file that takes too long or exhausts the
 * worker's memory gets an `unreadable` report saying so.
 */
export function createPdfVerifier(options: FileWorkerOptions | { worker: FileWorker }): PdfVerifier {
  const worker = 'worker' in options ? options.worker : createFileWorker(options);
  return async (pdf, trusted) => {
    const copy = transferableCopy(pdf);
    const result = await worker('verifyPdf', { pdf: copy, trusted: [...trusted] }, [copy.buffer]);
    if ('failed' in result) return { verdict: 'unreadable', problem: result.failed, wholeDocument: false, revisions: 0, signatures: [] };
    return result;
  };
}
