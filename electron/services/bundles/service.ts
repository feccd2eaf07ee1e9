import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupContents } from '@shared/bundle/backup';
import type { BackupListing } from '@shared/bundle/opened';
import { saveIntoFolder } from '../save-path';
import type { OpenedBundle } from '@shared/bundle/opened';
import type { BundleKind } from '@shared/bundle/manifest';
import type { BlobStore } from '../blobs/blob-store';
import type { FileWorker } from '../isolation/isolated';
import { writeBundle } from './write-bundle';
import { identityPath } from '@shared/bundle/backup';
import type { IdentityStore } from '../signing/identities';
import { createCadesSignature } from '../signing/cades';

export interface BundleServiceDeps {
  blobs: BlobStore;
  identities: IdentityStore;
  /** The folder backups are kept in without asking: automatic ones, and the one taken before a restore. */
  backupsDir: () => Promise<string>;
  fileWorker: FileWorker;
  appVersion: string;
  now: () => Date;
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
}

export interface BundleRequest {
  kind: BundleKind;
  fileName: string;
  creator: string;
  /** Where it goes: where the user chooses, or the backups folder (a backup only). */
  place?: 'choose' | 'backups';
  contents?: BackupContents;
  keep?: number;
  /** A backup only: with the signing identities' files, their private keys as stored, encrypted under their passphrases. */
  includeIdentities?: boolean;
  /** Sign the manifest with this identity (unlocked with the passphrase) before anything is written. */
  identityId?: string;
  passphrase?: string;
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
      // The key is decrypted before the save dialog, so a wrong passphrase is refused first.
      const identity = request.identityId ? await deps.identities.unlock(request.identityId, request.passphrase ?? '') : undefined;
      const path = request.place === 'backups' ? await saveIntoFolder(await deps.backupsDir())(request.fileName) : await deps.chooseSavePath(request.fileName);
      if (!path) return { cancelled: true };
      await writeBundle(
        path,
        {
          kind: request.kind,
          appVersion: deps.appVersion,
          creator: request.creator,
          createdAt: deps.now().toISOString(),
          ...(request.contents ? { contents: request.contents } : {}),
        },
        [
          ...request.files.map((file) => ({ path: file.path, data: () => createReadStream(deps.blobs.pathOf(file.sha256)) })),
          ...(request.kind === 'backup' && request.includeIdentities
            ? (await deps.identities.files()).map(({ id, bytes }) => ({ path: identityPath(id), data: bytes }))
            : []),
        ],
        identity && ((manifest) => createCadesSignature(manifest, identity)),
      );
      // Automatic backups beyond the number to keep go, oldest first: those whose names start as this one's does.
      if (request.place === 'backups' && request.keep) await this.pruneBackups(basename(request.fileName).replace(/\d.*$/, ''), request.keep);
      return { path, bytes: (await stat(path)).size, signed: identity !== undefined };
    },

    /** A backup's identity files, opened into the store, put back where no identity of their id is. Returns how many were added. */
    async restoreIdentities(sha256s: readonly string[]): Promise<number> {
      let added = 0;
      for (const sha256 of sha256s) {
        if (!(await deps.blobs.has(sha256))) throw new BundleServiceError('fileMissing');
        const bytes = await readFile(deps.blobs.pathOf(sha256));
        if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new BundleServiceError('fileMissing');
        if (await deps.identities.restoreFile(bytes)) added += 1;
      }
      return added;
    },

    /** The backups in the backups folder, newest first, with what their manifests say. */
    async listBackups(): Promise<BackupListing[]> {
      const dir = await deps.backupsDir();
      let names: string[];
      try {
        names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.assay'));
      } catch {
        return [];
      }
      const listed: BackupListing[] = [];
      for (const name of names) {
        const path = join(dir, name);
        const facts = await deps.fileWorker('readManifest', { path });
        const { size } = await stat(path);
        if ('failed' in facts || !facts.ok || facts.kind !== 'backup') continue;
        listed.push({ name, size, createdAt: facts.createdAt, appVersion: facts.appVersion, ...(facts.contents ? { contents: facts.contents } : {}) });
      }
      return listed.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    /** A backup of the backups folder copied into the store, to be opened like any other. */
    async stageBackup(name: string): Promise<{ sha256: string; size: number }> {
      const path = join(await deps.backupsDir(), basename(name));
      const { size } = await stat(path).catch(() => {
        throw new BundleServiceError('fileMissing');
      });
      const uploadId = await deps.blobs.begin(size);
      let offset = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
        offset = await deps.blobs.append(uploadId, offset, chunk as Buffer);
      }
      return deps.blobs.finish(uploadId);
    },

    /** Removes the oldest automatic backups beyond `keep`; backups the user saved elsewhere are not here. */
    async pruneBackups(prefix: string, keep: number): Promise<void> {
      const dir = await deps.backupsDir();
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.startsWith(prefix) && name.endsWith('.assay')).sort();
      for (const name of names.slice(0, Math.max(0, names.length - keep))) await rm(join(dir, name), { force: true });
    },

    /** A bundle the renderer uploaded, opened and checked in the file worker. */
    async open(sha256: string, kind: BundleKind): Promise<OpenedBundle> {
      if (!(await deps.blobs.has(sha256))) throw new BundleServiceError('fileMissing');
      const trusted = [...(await deps.identities.trustedFingerprints())];
      const result = await deps.fileWorker('openBundle', { path: deps.blobs.pathOf(sha256), storeDir: deps.blobs.dir, kind, trusted });
      return 'failed' in result ? { ok: false, refusal: { problem: 'tooComplex' } } : result;
    },
  };
}
