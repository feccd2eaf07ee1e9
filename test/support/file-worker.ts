import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(__dirname, '../..');
const entry = 'electron/services/isolation/worker.ts';

/**
 * Bundles the file worker's entry for Node, as the app's build does (dependencies stay external and
 * resolve from the repository's node_modules), and returns the file to start a worker thread from. One
 * file per test process, so parallel test files do not overwrite each other's bundle.
 */
export async function bundleFileWorker(): Promise<string> {
  const outfile = join(root, '.tmp', 'file-worker', `worker-${process.pid}.cjs`);
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
  return outfile;
}
