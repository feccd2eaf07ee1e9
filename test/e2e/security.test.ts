import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/ipc/contract';
import { launchTestApp, type TestApp } from '../support/app';

let app: TestApp;
let requests: string[];

beforeEach(async () => {
  app = await launchTestApp();
  requests = [];
  app.context.on('request', (request) => requests.push(request.url()));
  await app.page.reload();
  await app.page.locator('[data-app-ready]').waitFor();
});
afterEach(async () => {
  await app?.close();
});

const isLocal = (url: string) => url.startsWith(`${app.origin}/`) || url.startsWith('data:') || url.startsWith('blob:');

describe('security', () => {
  it('makes no request outside the app origin while it is used', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New vendor' }).first().click();
    await page.getByLabel('Vendor name').fill('Salesforce Service Cloud');
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Display language').selectOption('de');
    await page.getByRole('link', { name: 'Anbieter' }).click();
    await page.locator('.vendor-label', { hasText: 'Salesforce Service Cloud' }).waitFor();

    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  });

  it('serves a strict CSP that blocks injected inline script and eval', async () => {
    const { page } = app;
    const response = await page.request.get(`${app.origin}/index.html`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');

    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      // Run eval in a task of the page's own, outside the test driver's evaluation.
      const evalResult = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            (0, eval)('1 + 1');
            resolve('ran');
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { injected: (window as { __injected?: boolean }).__injected ?? false, evalResult, violations };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.evalResult).toBe('EvalError');
    expect(outcome.violations).toContain('script-src-elem');
  });

  it('refuses window.open', async () => {
    const { page, context } = app;
    const pagesBefore = context.pages().length;
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
    await page.waitForTimeout(300);
    expect(opened).toBe(true);
    expect(context.pages().length).toBe(pagesBefore);
    expect(requests.filter((url) => url.includes('example.com'))).toEqual([]);
  });

  it('refuses navigation to an external URL and keeps the app and its state', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/phish';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${app.origin}/index.html#/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 2000 });
  });

  it('refuses downloads of anything but the app’s own in-memory files', async () => {
    const { page } = app;
    const refused = await page.evaluate(async () => {
      const link = document.createElement('a');
      link.href = 'data:text/plain,hello';
      link.download = 'outside.txt';
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return true;
    });
    expect(refused).toBe(true);
    await page.waitForTimeout(300);
    const { readdir } = await import('node:fs/promises');
    const saved = await readdir(`${app.dataDir}/reports`).catch(() => []);
    expect(saved).not.toContain('outside.txt');
  });

  it('exposes only the contract client to the page', async () => {
    const exposed = await app.page.evaluate(() => ({
      keys: Object.keys(window.assay ?? {}).sort(),
      frozen: Object.isFrozen(window.assay),
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ keys: [...channelNames].sort(), frozen: true, require: 'undefined', process: 'undefined' });
  });

  it('answers a malformed IPC call from the page with a typed error, not a crash', async () => {
    const result = await app.page.evaluate(() => (window.assay!['diagnostics:log'] as (input: unknown) => Promise<unknown>)({ level: 'shout', message: 42 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect(app.page.evaluate(() => window.assay!['app:info']({}))).resolves.toMatchObject({ ok: true });
  });
});
