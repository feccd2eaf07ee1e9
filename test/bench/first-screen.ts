// The first screen beside a blank page, in the same browser and run. First screen: from navigation start until
// the vendor list's "New vendor" button is in the page, visible and enabled. Blank page: from navigation start
// until an empty HTML document, served by the same server with the same headers, has loaded. Both end at the
// first animation frame after their condition holds, so both include the frame that shows it. The two pages
// take turns in one tab on a fresh profile (an empty vendor list), so neither gets a warmer machine.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { vendorsEn } from '@shared/i18n/vendors';
import { measureInitialJs } from '../../scripts/lib/bundle-budget';
import { root, withApp } from './app';

export const FIRST_SCREEN_RUNS = 20;
/** On a quiet machine the first screen should be ready within this, and within this many blank-page loads. */
export const FIRST_SCREEN_TARGET = { ms: 500, timesBlankPage: 2 };

const BLANK_PAGE = 'blank.html';
const READY_MARK = 'bench:ready';

export interface FirstScreenBench {
  runs: number;
  /** Navigation start → the first frame with the vendor list's "New vendor" button, enabled. */
  firstScreen: number[];
  /** Navigation start → the first frame after an empty document's load event. */
  blankPage: number[];
  /** Bytes of JavaScript the entry HTML loads before anything lazy (the bundle budget's figure). */
  initialJsBytes: number;
  /** Navigation start → each start-up step of the first screen, one sample per run, in the order they happen. */
  steps: Record<FirstScreenStep, number[]>;
}

/**
 * The start-up steps the app marks (renderer/src/main.tsx, `assay:*`), with what each one means, in their order.
 * `script` is the entry script's last byte, from resource timing.
 */
export const FIRST_SCREEN_STEPS = {
  script: 'entry script loaded',
  start: 'entry script evaluated',
  settings: 'database opened and checked, language setting read (IndexedDB)',
  info: 'app:info answered (IPC)',
  i18n: 'strings ready',
  interactive: 'shell mounted',
} as const;
export type FirstScreenStep = keyof typeof FIRST_SCREEN_STEPS;

interface ReadyWatch {
  blankPath: string;
  mark: string;
  newVendor: string;
}

/** Runs in each page before its own scripts; marks the first animation frame after the page is ready. */
function watchForReady({ blankPath, mark, newVendor }: ReadyWatch) {
  const markNextFrame = () => requestAnimationFrame(() => performance.mark(mark));
  if (location.pathname === blankPath) {
    addEventListener('load', markNextFrame, { once: true });
    return;
  }
  const ready = () =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('.vendors-page button')).some(
      (button) => button.textContent?.trim() === newVendor && !button.disabled && button.checkVisibility(),
    );
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    markNextFrame();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function msToReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const startTime = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, READY_MARK);
  return (await startTime.jsonValue()) as number;
}

/** When each start-up step happened in the page just measured; a step the app did not mark is an error. */
async function stepTimes(page: Page): Promise<Record<FirstScreenStep, number>> {
  const steps = Object.keys(FIRST_SCREEN_STEPS) as FirstScreenStep[];
  const times = await page.evaluate((names) => {
    const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
    const script = performance.getEntriesByType('resource').find((resource) => resource.name === entry) as PerformanceResourceTiming | undefined;
    return names.map((name) => (name === 'script' ? script?.responseEnd : performance.getEntriesByName(`assay:${name}`)[0]?.startTime));
  }, steps);
  const missing = steps.filter((_, i) => times[i] === undefined);
  if (missing.length > 0) throw new Error(`The first screen did not mark ${missing.join(', ')} (renderer/src/main.tsx).`);
  return Object.fromEntries(steps.map((name, i) => [name, times[i]!])) as Record<FirstScreenStep, number>;
}

export async function benchFirstScreen(): Promise<FirstScreenBench> {
  const rendererDir = join(root, 'out/renderer');
  const initialJsBytes = (await measureInitialJs(rendererDir)).totalBytes;
  // A copy of the built renderer with an empty document beside index.html, so the server that serves the app
  // serves the blank page too, from the same origin.
  const served = await mkdtemp(join(tmpdir(), 'assay-bench-renderer-'));
  try {
    await cp(rendererDir, served, { recursive: true });
    await writeFile(join(served, BLANK_PAGE), '<!doctype html>\n<html><head><meta charset="utf-8"><title></title></head><body></body></html>\n');
    return await withApp(
      async ({ page, origin }) => {
        await page.addInitScript(watchForReady, { blankPath: `/${BLANK_PAGE}`, mark: READY_MARK, newVendor: vendorsEn.new });
        const blankUrl = `${origin}/${BLANK_PAGE}`;
        const appUrl = `${origin}/index.html#/vendors`;
        // One round first that is not counted: the launcher's own start-up has just loaded the app.
        await msToReady(page, blankUrl);
        await msToReady(page, appUrl);
        const blankPage: number[] = [];
        const firstScreen: number[] = [];
        const steps = Object.fromEntries(Object.keys(FIRST_SCREEN_STEPS).map((name) => [name, [] as number[]])) as Record<FirstScreenStep, number[]>;
        for (let i = 0; i < FIRST_SCREEN_RUNS; i += 1) {
          blankPage.push(await msToReady(page, blankUrl));
          firstScreen.push(await msToReady(page, appUrl));
          for (const [name, ms] of Object.entries(await stepTimes(page))) steps[name as FirstScreenStep].push(ms);
        }
        return { runs: FIRST_SCREEN_RUNS, firstScreen, blankPage, initialJsBytes, steps };
      },
      'assay-bench-first-screen-',
      served,
    );
  } finally {
    await rm(served, { recursive: true, force: true });
  }
}
