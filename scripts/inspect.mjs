// `npm run --silent inspect -- FILE [--json]`: what Assay makes of a file it could import, and what an import would do.
// The command is bundled once into .tmp/inspect and rebuilt only when a source changes.
import { pathToFileURL } from 'node:url';
import { bundleCommand } from './lib/bundle-command.mjs';

const { cli } = await bundleCommand('inspect', { cli: 'electron/cli/inspect.ts' });
const { runInspectCli } = await import(pathToFileURL(cli).href);
process.exitCode = await runInspectCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
