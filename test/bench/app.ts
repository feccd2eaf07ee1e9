import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumApp, type ChromiumApp } from '../../electron/launcher/chromium';
import { saveIntoFolder } from '../../electron/services/save-path';
import { fontsDir } from '../support/pdf-tools';

export const root = resolve(__dirname, '../..');

/**
 * Launches the built app (or the renderer folder given) headless on a fresh scratch profile, hands it to `use`,
 * then closes it and removes the scratch folder.
 */
export async function withApp<T>(use: (app: ChromiumApp) => Promise<T>, scratchPrefix = 'assay-bench-', rendererDir = join(root, 'out/renderer')): Promise<T> {
  const scratch = await mkdtemp(join(tmpdir(), scratchPrefix));
  const app = await launchChromiumApp({
    rendererDir,
    userDataDir: join(scratch, 'profile'),
    services: {
      dataDir: join(scratch, 'data'),
      now: () => new Date(),
      appVersion: 'bench',
      locale: 'en-GB',
      platform: process.platform,
      fontsDir,
      fileWorkerPath: join(root, 'out/main/file-worker.js'),
      chooseSavePath: saveIntoFolder(join(scratch, 'reports')),
    },
    headless: true,
  });
  try {
    return await use(app);
  } finally {
    await app.close();
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
