// `npm run --silent verify -- FILE.pdf [--json]`: the app's PDF verifier on the command line.
// The verifier and its worker are bundled once into .tmp/verify and rebuilt only when a source changes.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/tools.mjs';

const outDir = join(root, '.tmp', 'verify');
const entries = { cli: 'electron/cli/verify.ts', worker: 'electron/services/verify/worker.ts' };
const metaFile = join(outDir, 'inputs.json');
const output = (name) => join(outDir, `${name}.cjs`);

function upToDate() {
  if (!existsSync(metaFile) || !Object.keys(entries).every((name) => existsSync(output(name)))) return false;
  const built = Math.min(...Object.keys(entries).map((name) => statSync(output(name)).mtimeMs));
  const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
  return inputs.every((input) => existsSync(join(root, input)) && statSync(join(root, input)).mtimeMs < built);
}

if (!upToDate()) {
  const { build } = await import('esbuild');
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    metafile: true,
  });
  writeFileSync(metaFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

const { runVerifyCli } = await import(pathToFileURL(output('cli')).href);
process.exitCode = await runVerifyCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }, output('worker'));
