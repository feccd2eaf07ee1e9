import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_BYTES, initialScripts, judgeInitialJs, measureInitialJs } from '../../scripts/lib/bundle-budget';
import { startTags } from '../../scripts/lib/html-tags';

const KiB = 1024;
const dirs: string[] = [];

/** A built renderer folder: `html` as index.html and each file filled with that many bytes. */
async function renderer(html: string, files: Record<string, number>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'assay-budget-'));
  dirs.push(dir);
  await writeFile(join(dir, 'index.html'), html);
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), 'x'.repeat(bytes));
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// As Vite writes it: the entry, the chunks it imports statically, its stylesheet; lazy chunks only on disk.
const viteHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Assay</title>
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
    <link rel="modulepreload" crossorigin href="./assets/i18n-c3.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d4.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const viteFiles = {
  'assets/index-a1.js': 120 * KiB,
  'assets/vendor-b2.js': 200 * KiB,
  'assets/i18n-c3.js': 30 * KiB,
  'assets/index-d4.css': 90 * KiB,
  'assets/ComparePage-e5.js': 300 * KiB,
  'assets/bank-f6.js': 450 * KiB,
};

describe('the initial JavaScript of a built renderer', () => {
  it('counts the entry script and every modulepreload chunk, and neither lazy chunks nor stylesheets', async () => {
    const measured = await measureInitialJs(await renderer(viteHtml, viteFiles));
    expect(measured.chunks).toEqual([
      { file: 'assets/vendor-b2.js', bytes: 200 * KiB },
      { file: 'assets/index-a1.js', bytes: 120 * KiB },
      { file: 'assets/i18n-c3.js', bytes: 30 * KiB },
    ]);
    expect(measured.totalBytes).toBe(350 * KiB);
  });

  it('passes under the budget and names the figure and the largest chunk', async () => {
    const verdict = judgeInitialJs(await measureInitialJs(await renderer(viteHtml, viteFiles)), 400 * KiB);
    expect(verdict.withinBudget).toBe(true);
    expect(verdict.lines[0]).toContain('350.0 KiB');
    expect(verdict.lines[0]).toContain('50.0 KiB to spare');
    expect(verdict.lines[2]).toContain('assets/vendor-b2.js');
  });

  it('fails over the budget, saying by how much, with the largest chunks first', async () => {
    const dir = await renderer(viteHtml, { ...viteFiles, 'assets/vendor-b2.js': 1000 * KiB });
    const verdict = judgeInitialJs(await measureInitialJs(dir), 400 * KiB);
    expect(verdict.withinBudget).toBe(false);
    expect(verdict.lines[0]).toContain('1150.0 KiB');
    expect(verdict.lines[0]).toContain('OVER BUDGET by 750.0 KiB');
    expect(verdict.lines.slice(2).map((line) => line.trim().split(/\s+/).pop())).toEqual(['assets/vendor-b2.js', 'assets/index-a1.js', 'assets/i18n-c3.js']);
  });

  it('holds exactly the budget within it and one byte more over it', async () => {
    const at = (bytes: number) => renderer('<script type="module" src="./assets/index.js"></script>', { 'assets/index.js': bytes });
    expect(judgeInitialJs(await measureInitialJs(await at(INITIAL_JS_BUDGET_BYTES))).withinBudget).toBe(true);
    expect(judgeInitialJs(await measureInitialJs(await at(INITIAL_JS_BUDGET_BYTES + 1))).withinBudget).toBe(false);
  });

  it('counts a file named twice once, a root-relative URL from the renderer folder, and inline scripts by their bytes', async () => {
    const html = `<script type=module src="/assets/a.js?v=1"></script>
      <link rel="modulepreload" href="assets/a.js#x"><link rel=preload as=script href=./assets/b.js>
      <script>window.started = 1;</script>`;
    const measured = await measureInitialJs(await renderer(html, { 'assets/a.js': 10, 'assets/b.js': 5 }));
    expect(measured.chunks).toEqual([
      { file: 'assets/a.js', bytes: 10 },
      { file: 'assets/b.js', bytes: 5 },
    ]);
    expect(measured.inlineBytes).toBe('window.started = 1;'.length);
    expect(measured.totalBytes).toBe(15 + 'window.started = 1;'.length);
  });

  it('refuses to measure a script that is missing or from outside the built files', async () => {
    await expect(measureInitialJs(await renderer('<script type="module" src="./assets/gone.js"></script>', {}))).rejects.toThrow(/gone\.js, which is missing/);
    await expect(measureInitialJs(await renderer('<script src="https://cdn.example/x.js"></script>', {}))).rejects.toThrow(/not a file of the built renderer/);
    await expect(measureInitialJs(await renderer('<script src="../../etc/passwd.js"></script>', {}))).rejects.toThrow(/outside/);
  });
});

describe('reading script and link tags', () => {
  it('reads quoted, unquoted and bare attributes in any case, and decodes character references', () => {
    const [tag] = startTags(`<SCRIPT Type=module CrossOrigin SRC='./a.js?x=1&amp;y=2'></SCRIPT>`);
    expect(tag).toEqual({ name: 'script', attributes: { type: 'module', crossorigin: '', src: './a.js?x=1&y=2' }, text: '' });
  });

  it('ignores tags inside comments and inside the text of a script', () => {
    const html = `<!-- <script src="./old.js"></script> -->
      <script>document.write('<script src="./written.js"><\\/script>')</script>
      <script type="module" src="./real.js"></script>`;
    expect(initialScripts(html)).toEqual([
      { kind: 'inline', text: `document.write('<script src="./written.js"><\\/script>')` },
      { kind: 'script', url: './real.js' },
    ]);
  });

  it('leaves out what a module-running browser does not run as script: nomodule, JSON, import maps, other preloads', () => {
    const html = `<script nomodule src="./legacy.js"></script>
      <script type="application/json">{"a":1}</script>
      <script type="importmap">{"imports":{}}</script>
      <link rel="preload" as="font" href="./inter.woff2"><link rel="prefetch" href="./later.js">
      <link rel="icon" href="./icon.png"><link rel="stylesheet modulepreload" href="./both.js">`;
    expect(initialScripts(html)).toEqual([{ kind: 'preload', url: './both.js' }]);
  });
});
