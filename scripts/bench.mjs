// `npm run bench`: build, then measure in the Chromium launcher; prints a table and writes bench/results.json.
import { buildApp, importTs } from './lib/tools.mjs';

await buildApp();
await importTs('test/bench/run.ts');
