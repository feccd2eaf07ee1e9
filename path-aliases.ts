// Import aliases are declared once, as `paths` in tsconfig.base.json: tsc and esbuild (the scripts, the page modules
// and the worker bundles of the tests) read them there; Vite and Vitest, which do not, get them from here.
import { resolve } from 'node:path';
import base from './tsconfig.base.json';

const wildcard = /\/\*$/;

/** `resolve.alias` for Vite and Vitest: `@shared` → the absolute `shared/` folder, so `@shared/i18n` is `shared/i18n`. */
export const pathAliases: Record<string, string> = Object.fromEntries(
  Object.entries(base.compilerOptions.paths).map(([alias, targets]) => {
    const [target] = targets;
    if (targets.length !== 1 || !target || !wildcard.test(alias) || !wildcard.test(target)) {
      throw new Error(`tsconfig.base.json: write the alias ${alias} as "name/*": ["./folder/*"].`);
    }
    return [alias.replace(wildcard, ''), resolve(__dirname, target.replace(wildcard, ''))];
  }),
);
