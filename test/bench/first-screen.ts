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
}

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
        for (let i = 0; i < FIRST_SCREEN_RUNS; i += 1) {
          blankPage.push(await msToReady(page, blankUrl));
          firstScreen.push(await msToReady(page, appUrl));
        }
        return { runs: FIRST_SCREEN_RUNS, firstScreen, blankPage, initialJsBytes };
      },
      'assay-bench-first-screen-',
      served,
    );
  } finally {
    await rm(served, { recursive: true, force: true });
  }
}
