// `npm run --silent verify -- FILE.pdf [--json]`: the app's PDF verifier on the command line.
// The verifier and its worker are bundled once into .tmp/verify and rebuilt only when a source changes.
import { pathToFileURL } from 'node:url';
import { bundleCommand } from './lib/bundle-command.mjs';

const output = await bundleCommand('verify', { cli: 'electron/cli/verify.ts', worker: 'electron/services/isolation/worker.ts' });
const { runVerifyCli } = await import(pathToFileURL(output.cli).href);
process.exitCode = await runVerifyCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }, output.worker);
