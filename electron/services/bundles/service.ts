import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { OpenedBundle } from '@shared/bundle/opened';
import type { BundleKind } from '@shared/bundle/manifest';
import type { BlobStore } from '../blobs/blob-store';
import type { FileWorker } from '../isolation/isolated';
import { writeBundle } from './write-bundle';

export interface BundleServiceDeps {
  blobs: BlobStore;
  fileWorker: FileWorker;
  appVersion: string;
  now: () => Date;
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
}

export interface BundleRequest {
  kind: BundleKind;
  fileName: string;
  creator: string;
  /** The files of the bundle, each already in the store under its digest, in the order they are written. */
  files: readonly { path: string; sha256: string }[];
}

export class BundleServiceError extends Error {
  constructor(readonly code: 'fileMissing') {
    super(code);
    this.name = 'BundleServiceError';
  }
}

/**
 * Bundles written from the files the renderer put into the store, streamed from disk into the archive; and bundles
 * opened in the file worker, whose checked files land in the store for the renderer to read in chunks.
 */
export function createBundleService(deps: BundleServiceDeps) {
  return {
    async save(request: BundleRequest): Promise<{ path: string; bytes: number; signed: boolean } | { cancelled: true }> {
      for (const file of request.files) if (!(await deps.blobs.has(file.sha256))) throw new BundleServiceError('fileMissing');
      const path = await deps.chooseSavePath(request.fileName);
      if (!path) return { cancelled: true };
      await writeBundle(
        path,
        { kind: request.kind, appVersion: deps.appVersion, creator: request.creator, createdAt: deps.now().toISOString() },
        request.files.map((file) => ({ path: file.path, data: () => createReadStream(deps.blobs.pathOf(file.sha256)) })),
      );
      return { path, bytes: (await stat(path)).size, signed: false };
    },

    /** A bundle the renderer uploaded, opened and checked in the file worker. */
    async open(sha256: string): Promise<OpenedBundle> {
      if (!(await deps.blobs.has(sha256))) throw new BundleServiceError('fileMissing');
      const result = await deps.fileWorker('openBundle', { path: deps.blobs.pathOf(sha256), storeDir: deps.blobs.dir });
      return 'failed' in result ? { ok: false, refusal: { problem: 'tooComplex' } } : result;
    },
  };
}
