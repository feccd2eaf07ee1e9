import Module from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/ipc/contract';

// The built main and preload bundles (out/, made by `npm test` before the tests), loaded with a recording stand-in
// for the `electron` module: what the app asks of Electron is checked without the Electron binary.

const outDir = resolve(__dirname, '../../out');
type Handler = (...args: unknown[]) => unknown;

interface Recording {
  windows: Record<string, unknown>[];
  ipc: Map<string, Handler>;
  protocolHandler?: (request: Request) => Promise<Response>;
  privileged: unknown[];
  menus: unknown[];
  exposed: Map<string, unknown>;
  requires: Set<string>;
  sandboxed: boolean;
}

/** A stand-in for `electron`: records what the bundle sets up; anything it does not know is a function doing nothing. */
function standIn(recording: Recording, dataDir: string): unknown {
  const inert: unknown = new Proxy(() => inert, { get: (_target, key) => (key === 'then' ? undefined : inert), apply: () => inert });
  const lenient = <T extends object>(known: T): T =>
    new Proxy(known, { get: (target, key) => (key in target ? (target as Record<string | symbol, unknown>)[key] : inert) });
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = inert;
    constructor(options: Record<string, unknown>) {
      recording.windows.push(options);
    }
    once() {}
    on() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return lenient({
    app: lenient({
      isPackaged: true,
      enableSandbox: () => {
        recording.sandboxed = true;
      },
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => dataDir,
      getVersion: () => '1.2.3',
      getPreferredSystemLanguages: () => ['de-DE'],
      getLocale: () => 'de-DE',
      on: () => undefined,
      setPath: () => undefined,
      quit: () => undefined,
    }),
    BrowserWindow,
    ipcMain: lenient({ handle: (channel: string, handler: Handler) => recording.ipc.set(channel, handler) }),
    protocol: lenient({
      registerSchemesAsPrivileged: (schemes: unknown) => recording.privileged.push(schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        recording.protocolHandler = handler;
      },
    }),
    Menu: lenient({ buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => recording.menus.push(menu) }),
    session: lenient({ defaultSession: inert }),
    contextBridge: lenient({ exposeInMainWorld: (name: string, api: unknown) => recording.exposed.set(name, api) }),
    ipcRenderer: lenient({ invoke: () => Promise.resolve({ ok: true, value: null }) }),
  });
}

/** Loads a bundle with `electron` replaced, recording every module it requires. */
function load(file: string, recording: Recording, dataDir: string): void {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  const electron = standIn(recording, dataDir);
  loader._load = function (request, parent, isMain) {
    if (request !== file && (parent as { filename?: string } | undefined)?.filename?.startsWith(outDir)) recording.requires.add(request);
    return request === 'electron' ? electron : original.call(this, request, parent, isMain);
  };
  try {
    Module.createRequire(file)(file);
  } finally {
    loader._load = original;
  }
}

const fresh = (): Recording => ({
  windows: [],
  ipc: new Map(),
  privileged: [],
  menus: [],
  exposed: new Map(),
  requires: new Set(),
  sandboxed: false,
});
let dataDir: string;
const main = fresh();
const preload = fresh();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'assay-main-'));
  // Packaged, resources lie beside the app: here, the repository's assets folder plays them.
  (process as { resourcesPath?: string }).resourcesPath = resolve(__dirname, '../..');
  load(join(outDir, 'main', 'index.js'), main, dataDir);
  load(join(outDir, 'preload', 'index.js'), preload, dataDir);
  // The window is made once the app is ready: after the promise whenReady returned.
  await new Promise((resume) => setTimeout(resume, 50));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the built main process', () => {
  it('opens one sandboxed, isolated window without Node, developer tools or middle-click windows', () => {
    expect(main.sandboxed).toBe(true);
    expect(main.windows).toHaveLength(1);
    expect(main.windows[0]!.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      preload: expect.stringMatching(/preload[/\\]index\.js$/),
    });
  });

  it('registers every channel of the contract once, and answers none for a frame that is not the app’s', async () => {
    expect([...main.ipc.keys()].sort()).toEqual([...channelNames].sort());
    const asked = main.ipc.get('app:info')!;
    const stranger = { senderFrame: { url: 'https://attacker.example/', parent: null } };
    await expect(Promise.resolve(asked(stranger, {}))).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const subframe = { senderFrame: { url: 'app://assay/index.html', parent: {} } };
    await expect(Promise.resolve(asked(subframe, {}))).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const own = { senderFrame: { url: 'app://assay/index.html', parent: null } };
    await expect(Promise.resolve(asked(own, {}))).resolves.toMatchObject({ ok: true, value: { version: '1.2.3' } });
  });

  it('serves only the built page from app://assay, with its type and the security headers', async () => {
    const serve = main.protocolHandler!;
    const page = await serve(new Request('app://assay/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const script = (await page.text()).match(/src="\.\/(assets\/index-[^"]+\.js)"/)![1]!;
    expect((await serve(new Request(`app://assay/${script}`))).headers.get('content-type')).toMatch(/javascript/);
    for (const url of ['app://assay/../main/index.js', 'app://assay/%2e%2e/main/index.js', 'app://other/index.html', 'app://assay/missing.js'])
      expect((await serve(new Request(url))).status, url).toBe(404);
  });

  it('sets a menu without developer tools, as the app is packaged', () => {
    expect(JSON.stringify(main.menus)).not.toMatch(/toggleDevTools|reload/i);
  });
});

describe('the built preload', () => {
  it('requires nothing but electron, as a sandboxed preload can only', () => {
    expect([...preload.requires]).toEqual(['electron']);
  });

  it('exposes only the contract client: one function per channel', () => {
    expect([...preload.exposed.keys()]).toEqual(['assay']);
    const api = preload.exposed.get('assay') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });
});
