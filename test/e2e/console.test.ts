import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart } from '../support/assessment-ui';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('console', () => {
  it('logs no sandbox warning while the main screens load', async () => {
    app = await launchTestApp();
    const { page } = app;
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    await page.reload();
    await page.locator('[data-app-ready]').waitFor();

    await createVendorAndStart(page, 'NICE CXone');
    for (const [link, heading] of [
      ['Compare', /Compare/],
      ['Verify PDF', 'Verify a signed PDF'],
      ['Settings', 'Settings'],
      ['Vendors', /Vendors/],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor();
    }
    await page.reload();
    await page.locator('[data-app-ready]').waitFor();

    // The messages of the loads above have all arrived by the time a message logged now does.
    await page.evaluate(() => console.info('console check done'));
    await expect.poll(() => messages.some((m) => m.endsWith('console check done'))).toBe(true);
    expect(messages.filter((m) => /sandbox/i.test(m))).toEqual([]);
  });
});
