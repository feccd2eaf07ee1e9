// `npm run screenshots`: build, then capture the main screens in English and German.
import { buildApp, importTs } from './lib/tools.mjs';

await buildApp();
await importTs('test/screenshots/run.ts');
