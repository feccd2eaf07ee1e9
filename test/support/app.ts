import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type BrowserContext, type Page } from 'playwright-core';
import { launchChromiumApp } from '../../electron/launcher/chromium';
import { saveIntoFolder } from '../../electron/services/save-path';
import { fontsDir } from './pdf-tools';
import { bundleFileWorker } from './file-worker';

export const rendererDir = resolve(__dirname, '../../out/renderer');
export const FIXED_NOW = new Date('2026-03-02T09:30:00Z');

/** A port free on 127.0.0.1 now, for a launch whose profile (and origin) a later launch reuses. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface TestApp {
  page: Page;
  context: BrowserContext;
  /** http://127.0.0.1:PORT in the Chromium launcher, app://assay in Electron. */
  origin: string;
  dataDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  locale?: string;
  /** Reuse a profile (and port) from an earlier launch, to test persistence across restarts. */
  profile?: { userDataDir: string; dataDir: string; port: number };
}

/**
 * Launches the app for an end-to-end test. By default the built renderer runs in
 * Debian's Chromium with the real handlers bridged in; with ASSAY_E2E_ELECTRON=1
 * on a machine that has the Electron binary, the real Electron app is launched.
 */
export async function launchTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const locale = options.locale ?? 'en-GB';
  const scratch = options.profile ? null : await mkdtemp(join(tmpdir(), 'assay-e2e-'));
  const userDataDir = options.profile?.userDataDir ?? join(scratch!, 'profile');
  const dataDir = options.profile?.dataDir ?? join(scratch!, 'data');

  if (process.env.ASSAY_E2E_ELECTRON === '1') {
    const app = await _electron.launch({
      args: [resolve(__dirname, '../..')],
      env: { ...process.env, ASSAY_USER_DATA_DIR: dataDir, LANG: `${locale.replace('-', '_')}.UTF-8` },
    });
    const page = await app.firstWindow();
    return {
      page,
      context: app.context(),
      origin: 'app://assay',
      dataDir,
      close: async () => {
        await app.close();
        if (scratch) await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      },
    };
  }

  const app = await launchChromiumApp({
    rendererDir,
    userDataDir,
    services: {
      dataDir,
      now: () => FIXED_NOW,
      appVersion: '0.0.0-test',
      locale,
      platform: process.platform,
      fontsDir,
      fileWorkerPath: await bundleFileWorker(),
      chooseSavePath: saveIntoFolder(join(dataDir, 'reports')),
    },
    headless: true,
    port: options.profile?.port ?? 0,
    downloadsDir: join(dataDir, 'reports'),
  });
  return {
    page: app.page,
    context: app.context,
    origin: app.origin,
    dataDir,
    close: async () => {
      await app.close();
      if (scratch) await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
