// The bundle budget `npm test` holds the renderer to: the JavaScript the first screen needs before it can
// render, that is every script the entry HTML runs and every module it preloads (Vite lists the entry's
// static imports as modulepreload links). Chunks loaded with import() are not in the HTML and do not count.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { startTags } from './html-tags';

/**
 * Minified JavaScript before the first screen may render. The question bank (358 KiB) and every screen but the
 * vendor list load later; what the vendor list itself needs is ~795 KiB, of which React DOM, Dexie, zod, i18next,
 * react-hook-form and the virtual list are ~530 KiB, both languages' strings ~130 KiB (most topics' strings are
 * in the first chunk, the vendor exchange's, signing's and the spreadsheet imports' among them, until they too load
 * with their screens as bundles, history and risk acceptance do), and the assessment history's chain ~9 KiB (SHA-256 among it: every write to an assessment appends to its
 * history in the same transaction, so the hash cannot load later). The budget sits just above that, so a library
 * or the bank slipping back into the first screen fails the build.
 */
export const INITIAL_JS_BUDGET_BYTES = 800 * 1024;

export type InitialScript = { kind: 'script' | 'preload'; url: string } | { kind: 'inline'; text: string };

/** `type` values a browser runs as JavaScript; JSON data blocks, import maps and templates are not. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The scripts a page runs and the modules it preloads, in document order. */
export function initialScripts(html: string): InitialScript[] {
  const scripts: InitialScript[] = [];
  for (const { name, attributes, text } of startTags(html)) {
    if (name === 'script') {
      // A browser that runs modules skips `nomodule` scripts; Chromium is one.
      if (!SCRIPT_TYPES.has((attributes.type ?? '').trim().toLowerCase()) || 'nomodule' in attributes) continue;
      if (attributes.src !== undefined) scripts.push({ kind: 'script', url: attributes.src });
      else if (text && text.trim() !== '') scripts.push({ kind: 'inline', text });
    } else if (name === 'link' && attributes.href !== undefined) {
      const rel = (attributes.rel ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
      const as = (attributes.as ?? '').toLowerCase();
      if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) scripts.push({ kind: 'preload', url: attributes.href });
    }
  }
  return scripts;
}

export interface InitialChunk {
  /** Path below the renderer folder, with forward slashes. */
  file: string;
  bytes: number;
}

export interface InitialJs {
  entry: string;
  chunks: InitialChunk[];
  inlineBytes: number;
  totalBytes: number;
}

/** Sizes on disk of the JavaScript `entry` (an HTML file below `rendererDir`) loads before anything lazy. */
export async function measureInitialJs(rendererDir: string, entry = 'index.html'): Promise<InitialJs> {
  const root = resolve(rendererDir);
  const html = await readFile(join(root, entry), 'utf8');
  const files = new Set<string>();
  let inlineBytes = 0;
  for (const script of initialScripts(html)) {
    if (script.kind === 'inline') inlineBytes += Buffer.byteLength(script.text);
    else files.add(fileOf(root, entry, script.url));
  }
  const chunks = await Promise.all([...files].map(async (file) => ({ file: relative(root, file).split(sep).join('/'), bytes: await sizeOf(file, entry) })));
  chunks.sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  return { entry, chunks, inlineBytes, totalBytes: inlineBytes + chunks.reduce((sum, chunk) => sum + chunk.bytes, 0) };
}

/** The file below `root` a URL in `entry` names; a URL that leaves the app's own files cannot be measured. */
function fileOf(root: string, entry: string, url: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) throw new Error(`${entry} loads ${url}, which is not a file of the built renderer.`);
  const path = decodeURIComponent(url.replace(/[?#].*$/s, ''));
  const file = path.startsWith('/') ? resolve(root, `.${path}`) : resolve(root, dirname(entry), path);
  if (!file.startsWith(root + sep)) throw new Error(`${entry} loads ${url}, which is outside ${root}.`);
  return file;
}

async function sizeOf(file: string, entry: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    throw new Error(`${entry} loads ${file}, which is missing: build the renderer again.`);
  }
}

export interface BudgetVerdict {
  withinBudget: boolean;
  /** What to print: the figure against the budget, then the largest chunks. */
  lines: string[];
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Holds the measured figure against the budget; the lines name the `largest` chunks, biggest first. */
export function judgeInitialJs(measured: InitialJs, budgetBytes = INITIAL_JS_BUDGET_BYTES, largest = 5): BudgetVerdict {
  const withinBudget = measured.totalBytes <= budgetBytes;
  const verdict = withinBudget ? `${kib(budgetBytes - measured.totalBytes)} to spare` : `OVER BUDGET by ${kib(measured.totalBytes - budgetBytes)}`;
  const lines = [
    `Initial JavaScript of ${measured.entry}: ${kib(measured.totalBytes)} (${measured.totalBytes} bytes, minified) ` +
      `against a budget of ${kib(budgetBytes)}: ${verdict}.`,
    `Largest of its ${measured.chunks.length} initial chunk${measured.chunks.length === 1 ? '' : 's'}:`,
    ...measured.chunks.slice(0, largest).map((chunk) => `  ${kib(chunk.bytes).padStart(12)}  ${chunk.file}`),
  ];
  if (measured.inlineBytes > 0) lines.push(`  ${kib(measured.inlineBytes).padStart(12)}  inline scripts`);
  return { withinBudget, lines };
}
