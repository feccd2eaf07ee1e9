import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command with inherited output; rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export const runBin = (name, args, options) => run(bin(name), args, options);

export const buildApp = () => runBin('electron-vite', ['build', '--logLevel', 'warn']);

/** Fails on any file that Prettier would format differently (.prettierrc.json, .prettierignore); `npm run format` fixes them. */
export const checkFormatting = () => runBin('prettier', ['--check', '.', '--log-level', 'warn']);

/**
 * Type-checks each layer with only the types it may use (shared/: neither DOM nor Node; the
 * renderer: DOM; electron/: Node), then the tests and tools with both.
 */
export async function typecheck() {
  for (const project of ['tsconfig.shared.json', 'tsconfig.renderer.json', 'tsconfig.electron.json', 'tsconfig.json']) {
    await runBin('tsc', ['--noEmit', '-p', project]);
  }
}

/** The Electron executable if it is installed, without triggering a download. */
export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
  const executable = join(base, relative);
  return existsSync(executable) ? executable : null;
}

/** Bundles a TypeScript entry for Node (dependencies stay external) and imports it. */
export async function importTs(entry) {
  const { build } = await import('esbuild');
  const outfile = join(root, '.tmp', 'scripts', `${basename(entry, '.ts')}.cjs`);
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    define: { __dirname: JSON.stringify(join(root, dirname(entry))) },
  });
  return import(pathToFileURL(outfile).href);
}
