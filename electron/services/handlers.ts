import type { Launcher } from '@shared/ipc/contract';
import { sweepPartials } from './atomic-write';
import { createLogWriter } from './diagnostics';
import type { HandlerTable } from './ipc-dispatch';
import { assessmentPdf, comparisonFormats } from './export/formats';
import { exportDocument } from './export/pipeline';
import { createIdentityStore, IdentityError } from './signing/identities';
import { createDatabaseMarker } from './database-marker';
import { createPdfVerifier } from './verify/isolated';
import { createFileWorker, transferableCopy } from './isolation/isolated';
import { questionnaireXlsx, responsePackFormats } from './export/formats';
import { join } from 'node:path';
import { BlobStoreError, createBlobStore } from './blobs/blob-store';
import { BundleServiceError, createBundleService } from './bundles/service';
import { createBackupFolder } from './bundles/backup-folder';

/** Everything the handlers need from their host, so Electron and the browser launcher share them. */
export interface ServiceDeps {
  dataDir: string;
  now: () => Date;
  appVersion: string;
  locale: string;
  platform: string;
  launcher: Launcher;
  /** Folder with the fonts embedded into reports. */
  fontsDir: string;
  /** Where to save a report: a save dialog in Electron, a folder in the Chromium launcher and tests. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
  /** The bundled file worker (electron/services/isolation/worker.ts), which reads untrusted PDFs and workbooks. */
  fileWorkerPath: string;
  /** A folder dialog, where there is one (the desktop app); null when the user cancels. */
  chooseFolder?: () => Promise<string | null>;
}

/** Expected refusals (wrong passphrase, expired certificate …) become data, not failures. */
async function refusalOr<T>(work: () => Promise<T>): Promise<T | { refused: string; message: string }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IdentityError) return { refused: error.code, message: error.message };
    if (error instanceof BlobStoreError) return { refused: error.problem, message: error.message };
    if (error instanceof BundleServiceError) return { refused: error.code, message: error.message };
    throw error;
  }
}

export function createHandlers(deps: ServiceDeps): HandlerTable {
  const log = createLogWriter(deps.dataDir, deps.now);
  const fileWorker = createFileWorker({ workerPath: deps.fileWorkerPath });
  const identities = createIdentityStore({
    dataDir: deps.dataDir,
    now: deps.now,
    openPkcs12: async (bytes, passphrase) => {
      const copy = new Uint8Array(bytes);
      const opened = await fileWorker('openPkcs12', { bytes: copy, passphrase }, [copy.buffer]);
      return 'failed' in opened ? undefined : opened;
    },
  });
  const verifyPdf = createPdfVerifier({ worker: fileWorker });
  // Files on their way between the renderer and the Node side: evidence for bundles, bundles being opened.
  const blobs = createBlobStore(join(deps.dataDir, 'transfer'), { sweep: true });
  const backupFolder = createBackupFolder(deps.dataDir);
  const databaseMarker = createDatabaseMarker(deps.dataDir);
  // What writers killed mid-write left behind in the folders Assay keeps; the user's own folders are theirs.
  void backupFolder
    .current()
    .then(({ folder }) => Promise.all([deps.dataDir, join(deps.dataDir, 'identities'), folder].map((dir) => sweepPartials(dir, deps.now().getTime()))))
    .catch(() => undefined);
  const bundles = createBundleService({
    blobs,
    identities,
    backupsDir: async () => (await backupFolder.current()).folder,
    fileWorker,
    appVersion: deps.appVersion,
    now: deps.now,
    chooseSavePath: deps.chooseSavePath,
  });
  const exportDeps = { identities, fontsDir: deps.fontsDir, now: deps.now, chooseSavePath: deps.chooseSavePath };
  return {
    'app:info': () => ({
      name: 'Assay',
      version: deps.appVersion,
      locale: deps.locale,
      platform: deps.platform,
      dataDir: deps.dataDir,
      launcher: deps.launcher,
    }),
    'diagnostics:log': async (entry) => {
      await log.write(entry);
      return { written: true as const };
    },
    'identities:list': () => identities.list(),
    'identities:generate': (input) => refusalOr(() => identities.generate(input)),
    'identities:import': ({ data, passphrase }) => refusalOr(() => identities.importPkcs12(Buffer.from(data, 'base64'), passphrase)),
    'reports:export': (input) => refusalOr(() => exportDocument(assessmentPdf, input, exportDeps)),
    'compare:export': (input) => refusalOr(() => exportDocument(comparisonFormats[input.format], input, exportDeps)),
    'spreadsheets:read': async ({ data }) => {
      const bytes = transferableCopy(Buffer.from(data, 'base64'));
      const result = await fileWorker('readWorkbook', { data: bytes }, [bytes.buffer]);
      return 'failed' in result ? { ok: false as const, problem: 'tooComplex' as const } : result;
    },
    'responsePacks:export': ({ pack, format, fileName }) =>
      refusalOr(() => exportDocument(responsePackFormats[format], { model: { ...pack, title: pack.questionnaireTitle }, fileName }, exportDeps)),
    'questionnaires:exportXlsx': (input) => refusalOr(() => exportDocument(questionnaireXlsx, input, exportDeps)),
    'blobs:has': async ({ sha256s }) => {
      const present: string[] = [];
      for (const sha256 of sha256s) if (await blobs.has(sha256)) present.push(sha256);
      return { present };
    },
    'blobs:begin': ({ size }) => refusalOr(async () => ({ uploadId: await blobs.begin(size) })),
    'blobs:append': ({ uploadId, offset, data }) => refusalOr(async () => ({ received: await blobs.append(uploadId, offset, Buffer.from(data, 'base64')) })),
    'blobs:finish': ({ uploadId }) => refusalOr(() => blobs.finish(uploadId)),
    'blobs:discard': async ({ uploadId }) => {
      await blobs.discard(uploadId);
      return { discarded: true as const };
    },
    'blobs:read': ({ sha256, offset, length }) => refusalOr(async () => ({ data: (await blobs.read(sha256, offset, length)).toString('base64') })),
    'blobs:release': async ({ sha256s }) => {
      await blobs.release(sha256s);
      return { released: true as const };
    },
    'bundles:save': (input) => refusalOr(() => bundles.save(input)),
    'bundles:open': ({ sha256, kind }) => refusalOr(() => bundles.open(sha256, kind)),
    'backups:list': () => bundles.listBackups(),
    'database:marker': async () => ({ id: await databaseMarker.read() }),
    'database:setMarker': async ({ id }) => {
      await databaseMarker.write(id);
      return { written: true as const };
    },
    'backups:folder': async () => ({ ...(await backupFolder.current()), canChoose: deps.chooseFolder !== undefined }),
    'backups:chooseFolder': async () => {
      const folder = await deps.chooseFolder?.();
      if (!folder) return { cancelled: true as const };
      try {
        return await backupFolder.choose(folder);
      } catch {
        return { refused: 'folderUnusable', message: 'The folder cannot be used for backups.' };
      }
    },
    'backups:resetFolder': () => backupFolder.reset(),
    'backups:restoreIdentities': ({ sha256s }) => refusalOr(async () => ({ added: await bundles.restoreIdentities(sha256s) })),
    'backups:stage': ({ name }) => refusalOr(() => bundles.stageBackup(name)),
    'reports:verify': async ({ data }) => verifyPdf(Buffer.from(data, 'base64'), await identities.trustedFingerprints()),
  };
}
