import { z } from 'zod';
import { verificationReportSchema } from '@shared/verify/report';
import { workbookReadingSchema } from '@shared/spreadsheet/reading';
import { manifestFactsSchema, openedBundleSchema } from '@shared/bundle/opened';
import type { BundleKind } from '@shared/bundle/manifest';
import { pkcs12OpeningSchema } from '../signing/pkcs12';

/**
 * The one table of work done in the file worker (./worker.ts): for each kind of job, what it is given,
 * the schema its answer must pass before the main process uses it, and how long it may take. The worker's
 * answers are untrusted like any IPC input: a crafted file may have steered the code that produced them.
 */
export const workerJobs = {
  verifyPdf: { output: verificationReportSchema, timeoutMs: 4_000 },
  readWorkbook: { output: workbookReadingSchema, timeoutMs: 20_000 },
  /** Checks every byte of a bundle as it copies its files out: gigabytes of evidence take minutes. */
  openBundle: { output: openedBundleSchema, timeoutMs: 30 * 60_000 },
  readManifest: { output: manifestFactsSchema, timeoutMs: 4_000 },
  /** forge derives keys at about 60,000 iterations a second: 600,000 take ten. */
  openPkcs12: { output: pkcs12OpeningSchema, timeoutMs: 20_000 },
} as const satisfies Record<string, { output: z.ZodType; timeoutMs: number }>;

export type JobKind = keyof typeof workerJobs;

/** What each job is given. */
export interface JobInputs {
  verifyPdf: { pdf: Uint8Array; trusted: string[] };
  readWorkbook: { data: Uint8Array };
  openBundle: { path: string; storeDir: string; kind: BundleKind; trusted: string[] };
  readManifest: { path: string };
  openPkcs12: { bytes: Uint8Array; passphrase: string };
}

export type JobOutput<K extends JobKind> = z.output<(typeof workerJobs)[K]['output']>;

export type JobRequest = { [K in JobKind]: { id: number; kind: K; input: JobInputs[K] } }[JobKind];
export type JobResponse = { id: number; output: unknown } | { id: number; failed: string };
