import type { Launcher } from '@shared/ipc/contract';
import { createLogWriter } from './diagnostics';
import type { HandlerTable } from './ipc-dispatch';
import { assessmentPdf, comparisonFormats } from './export/formats';
import { exportDocument } from './export/pipeline';
import { createIdentityStore, IdentityError } from './signing/identities';
import { createPdfVerifier } from './verify/isolated';

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
  /** The bundled PDF verifier worker (electron/services/verify/worker.ts). */
  verifyWorkerPath: string;
}

/** Expected refusals (wrong passphrase, expired certificate …) become data, not failures. */
async function refusalOr<T>(work: () => Promise<T>): Promise<T | { refused: string; message: string }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IdentityError) return { refused: error.code, message: error.message };
    throw error;
  }
}

export function createHandlers(deps: ServiceDeps): HandlerTable {
  const log = createLogWriter(deps.dataDir, deps.now);
  const identities = createIdentityStore({ dataDir: deps.dataDir, now: deps.now });
  const verifyPdf = createPdfVerifier({ workerPath: deps.verifyWorkerPath });
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
    'reports:verify': async ({ data }) => verifyPdf(Buffer.from(data, 'base64'), await identities.trustedFingerprints()),
  };
}
