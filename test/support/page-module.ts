import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const bundles = new Map<string, Promise<string>>();

function bundle(entry: string): Promise<string> {
  let code = bundles.get(entry);
  if (!code) {
    code = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__assayPageModule',
      target: 'chrome120',
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, code);
  }
  return code;
}

/**
 * Loads a TypeScript module into the page (bundled, with the app's own code it
 * imports) so a test can run the real repository layer against the page's real
 * IndexedDB. Returns a caller for the module's exported async functions.
 */
export async function loadPageModule(page: Page, entry: string) {
  // The evaluated script's top-level names are not globals, so publish the module explicitly.
  await page.evaluate(`${await bundle(entry)}\n;window.__assayPageModule = __assayPageModule; true`);
  return <T>(fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      ([name, params]) =>
        (window as unknown as { __assayPageModule: Record<string, (...a: unknown[]) => Promise<unknown>> }).__assayPageModule[name as string]!(
          ...(params as unknown[]),
        ),
      [fn, args] as const,
    ) as Promise<T>;
}
