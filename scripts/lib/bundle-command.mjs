import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './tools.mjs';

/**
 * Bundles a command's TypeScript entries for Node into .tmp/NAME (dependencies stay external), once: the
 * bundle is rebuilt only when one of the sources it was made from has changed since. Returns each entry's
 * output file by the entry's name.
 */
export async function bundleCommand(name, entries) {
  const outDir = join(root, '.tmp', name);
  const metaFile = join(outDir, 'inputs.json');
  const outputs = Object.fromEntries(Object.keys(entries).map((entry) => [entry, join(outDir, `${entry}.cjs`)]));
  if (!upToDate(metaFile, Object.values(outputs))) {
    const { build } = await import('esbuild');
    await mkdir(outDir, { recursive: true });
    const result = await build({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([entry, path]) => [entry, join(root, path)])),
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
  return outputs;
}

function upToDate(metaFile, outputs) {
  if (!existsSync(metaFile) || !outputs.every((output) => existsSync(output))) return false;
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
  return inputs.every((input) => existsSync(join(root, input)) && statSync(join(root, input)).mtimeMs < built);
}
