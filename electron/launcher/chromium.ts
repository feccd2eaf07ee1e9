import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { channelNames } from '@shared/ipc/contract';
import { createHandlers, type ServiceDeps } from '../services/handlers';
import { dispatch, type HandlerTable } from '../services/ipc-dispatch';
import { saveIntoFolder } from '../services/save-path';
import { createRequestPolicy, type RequestPolicy } from '../services/security-policy';
import { startAppServer, type AppServer } from './app-server';

/**
 * Chromium's switches for the app. Its sandbox stays on, except as root, where Chromium refuses to start with it
 * (containers and CI); `uid` is the user the launcher runs as.
 */
export function chromiumFlags(uid: number | undefined = process.getuid?.()): string[] {
  return [...(uid === 0 ? ['--no-sandbox'] : []), ...COMMON_FLAGS];
}

const COMMON_FLAGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium to drive: $ASSAY_CHROMIUM or Debian's. Throws with an install hint when missing. */
export function chromiumPath(): string {
  const path = process.env.ASSAY_CHROMIUM ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (Debian: apt-get install chromium) or set ASSAY_CHROMIUM.`);
  }
  return path;
}

const BINDING = '__assayIpc';

/** The page-side half of the bridge: the same one-function-per-channel API the preload exposes. */
function bridgeScript(): string {
  return `(() => {
    const call = window[${JSON.stringify(BINDING)}];
    const api = {};
    for (const name of ${JSON.stringify(channelNames)}) api[name] = (input) => call(name, input);
    Object.defineProperty(window, 'assay', { value: Object.freeze(api), enumerable: false, configurable: false, writable: false });
  })();`;
}

export interface ChromiumAppOptions {
  rendererDir: string;
  userDataDir: string;
  services: Omit<ServiceDeps, 'launcher'>;
  headless: boolean;
  /** Fixed port, so IndexedDB (which is per origin) survives restarts; 0 picks a free one. */
  port?: number;
  /** Open as a chrome-less app window (for people, not tests). */
  appWindow?: boolean;
  /** Where files the app offers for download (CSV exports) are saved; without it downloads are refused. */
  downloadsDir?: string;
}

export interface ChromiumApp {
  origin: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

async function enforcePolicy(context: BrowserContext, policy: RequestPolicy): Promise<void> {
  await context.route('**/*', (route) => {
    const request = route.request();
    if (policy.allowRequest(request.url())) return route.continue();
    // 204 No Content makes the browser stay on the current page: the navigation is refused.
    if (request.isNavigationRequest()) return route.fulfill({ status: 204 });
    return route.abort('blockedbyclient');
  });
}

async function bridgeIpc(context: BrowserContext, handlers: HandlerTable, origin: string): Promise<void> {
  const trusted = (frame: Frame) => frame.parentFrame() === null && frame.url().startsWith(`${origin}/`);
  await context.exposeBinding(BINDING, ({ frame }, channel: unknown, input: unknown) => {
    if (!trusted(frame)) {
      return { ok: false, error: { code: 'forbidden_sender', message: 'IPC is only answered for the app window' } };
    }
    return dispatch(handlers, channel, input, (name, error) => console.error(`[ipc] ${name}`, error));
  });
  await context.addInitScript({ content: bridgeScript() });
}

/** As Electron's window-open handler does: window.open opens nothing and returns null. */
async function refuseWindows(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `Object.defineProperty(window, 'open', { value: () => null, enumerable: false, configurable: false, writable: false });`,
  });
}

/** Runs the built renderer in Chromium with the real handler table behind window.assay. */
export async function launchChromiumApp(options: ChromiumAppOptions): Promise<ChromiumApp> {
  const server: AppServer = await startAppServer(options.rendererDir, options.port ?? 0);
  const startUrl = `${server.origin}/index.html`;
  try {
    const context = await chromium.launchPersistentContext(options.userDataDir, {
      executablePath: chromiumPath(),
      headless: options.headless,
      args: [...chromiumFlags(), `--lang=${options.services.locale}`, ...(options.appWindow ? [`--app=${startUrl}`] : [])],
      locale: options.services.locale,
      viewport: options.appWindow ? null : { width: 1280, height: 800 },
      serviceWorkers: 'block',
      acceptDownloads: options.downloadsDir !== undefined,
    });
    const policy = createRequestPolicy(server.origin);
    await enforcePolicy(context, policy);
    await bridgeIpc(context, createHandlers({ ...options.services, launcher: 'chromium' }), server.origin);
    await refuseWindows(context);

    const page = context.pages()[0] ?? (await context.newPage());
    // The app never opens windows (window.open is refused above); close any that appear all the same.
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    // Only the app's own in-memory files (blob: URLs of its origin) may be saved, never under a path the page chose.
    page.on('download', (download) => {
      const dir = options.downloadsDir;
      if (!dir || !download.url().startsWith(`blob:${server.origin}/`)) return void download.cancel();
      void saveIntoFolder(dir)(basename(download.suggestedFilename())).then((path) => download.saveAs(path));
    });
    await page.goto(startUrl);
    return {
      origin: server.origin,
      context,
      page,
      async close() {
        await context.close().catch(() => {});
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
