import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { saveIntoFolder } from '../services/save-path';
import { launchChromiumApp } from './chromium';

/**
 * The port the Chromium launcher uses unless ASSAY_PORT says otherwise. It stays
 * fixed because IndexedDB data belongs to the origin, port included.
 */
export const LAUNCHER_PORT = 41731;

function launcherPort(): number {
  const port = Number(process.env.ASSAY_PORT ?? LAUNCHER_PORT);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`ASSAY_PORT must be a port number from 1024 to 65535.`);
  return port;
}

/** The OS language as a BCP 47 tag, from the POSIX locale variables. */
export function osLocale(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = raw.split('.')[0]!.replace('_', '-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(tag) ? tag : Intl.DateTimeFormat().resolvedOptions().locale;
}

function dataHome(): string {
  if (process.env.ASSAY_HOME) return resolve(process.env.ASSAY_HOME);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Assay');
}

async function main(): Promise<void> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display found: start Assay from a desktop session, or under Xvfb with `xvfb-run npm start`.');
  }
  const home = dataHome();
  const app = await launchChromiumApp({
    rendererDir: resolve(__dirname, '../../out/renderer'),
    userDataDir: join(home, 'chromium-profile'),
    services: {
      dataDir: join(home, 'data'),
      now: () => new Date(),
      appVersion: process.env.npm_package_version ?? '0.0.0',
      locale: osLocale(),
      platform: process.platform,
      fontsDir: resolve(__dirname, '../../assets/fonts'),
      fileWorkerPath: resolve(__dirname, '../../out/main/file-worker.js'),
      chooseSavePath: saveIntoFolder(join(home, 'reports')),
    },
    headless: false,
    port: launcherPort(),
    appWindow: true,
    downloadsDir: join(home, 'reports'),
  });
  await app.page.locator('[data-app-ready]').waitFor({ timeout: 30_000 });
  console.log(`Assay is running at ${app.origin} (data in ${home}). Close the window to quit.`);
  await new Promise<void>((done) => app.context.once('close', () => done()));
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
