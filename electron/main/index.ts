import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join, sep } from 'node:path';
import { channelNames } from '@shared/ipc/contract';
import { loadAsset } from '../services/app-assets';
import { createHandlers } from '../services/handlers';
import { dispatch } from '../services/ipc-dispatch';
import { chooseSavePathWith, saveDialogFilters } from '../services/save-path';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, SECURITY_HEADERS, createRequestPolicy } from '../services/security-policy';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { menuTemplate } from './menu';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
// Tests and portable installs point the data folder elsewhere.
if (process.env.ASSAY_USER_DATA_DIR) app.setPath('userData', process.env.ASSAY_USER_DATA_DIR);

const policy = createRequestPolicy(APP_ORIGIN);
const rendererDir = join(__dirname, '../renderer');

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === APP_HOST ? await loadAsset(rendererDir, url.pathname) : null;
    if (!asset) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(asset.body), {
      headers: { 'Content-Type': asset.contentType, ...SECURITY_HEADERS },
    });
  });
}

function registerIpc(): void {
  const handlers = createHandlers({
    dataDir: app.getPath('userData'),
    now: () => new Date(),
    appVersion: app.getVersion(),
    locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    platform: process.platform,
    launcher: 'electron',
    // Packaged, the fonts are a resource beside the app (electron-builder.json) and the file worker lies outside the
    // ASAR, where a worker thread can start from it.
    fontsDir: app.isPackaged ? join(process.resourcesPath, 'assets', 'fonts') : join(__dirname, '../../assets/fonts'),
    fileWorkerPath: join(__dirname, 'file-worker.js').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    chooseFolder: async () => {
      const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: (suggestedName) =>
      chooseSavePathWith(
        async (defaultPath) => {
          const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
          const options = { defaultPath, filters: saveDialogFilters(suggestedName) };
          const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        join(app.getPath('documents'), suggestedName),
        suggestedName,
      ),
  });
  const report = (channel: string, error: unknown) => console.error(`[ipc] ${channel}`, error);
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden_sender', message: 'IPC is only answered for the app window' } };
      }
      return dispatch(handlers, channel, input, report);
    });
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Assay',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click would open a link in a new window: the app has none to open.
      disableBlinkFeatures: 'Auxclick',
      // Developer tools only in a developer's unpackaged build.
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

const singleInstance = app.requestSingleInstanceLock();
if (!singleInstance) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, policy);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, { developer: !app.isPackaged })));
    serveApp();
    registerIpc();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
