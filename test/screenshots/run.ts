// `npm run screenshots`: the main screens in English and German, written to docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchTestApp } from '../support/app';

const outDir = resolve(__dirname, '../../docs/screenshots');
const vendors = ['Genesys Cloud', 'NICE CXone', 'Five9', 'Talkdesk', 'Amazon Connect', 'Salesforce Service Cloud', 'Zendesk'];

async function capture(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2);
  const app = await launchTestApp({ locale });
  const { page } = app;
  const shot = (name: string) => page.screenshot({ path: join(outDir, `${name}-${lang}.png`) });
  try {
    await page.locator('[data-app-ready]').waitFor();
    await shot('vendors-empty');
    for (const name of vendors) {
      await page.keyboard.press('Control+N');
      await page.locator('dialog input').fill(name);
      await page.keyboard.press('Enter');
      await page.locator('dialog').waitFor({ state: 'detached' });
    }
    await shot('vendors');
    await page.keyboard.press('Control+N');
    await page.locator('dialog input').fill('five9');
    await page.keyboard.press('Enter');
    await page.locator('dialog [role=alert]').waitFor();
    await shot('vendor-duplicate');
    await page.keyboard.press('Escape');
    await page.locator('tbody tr').nth(2).locator('button').nth(1).click();
    await shot('vendor-delete');
    await page.keyboard.press('Escape');
    await page.goto(`${app.origin}/index.html#/settings`);
    await page.locator('[data-storage-state]:not([data-storage-state=unknown])').waitFor();
    await shot('settings');
  } finally {
    await app.close();
  }
}

async function main() {
  await mkdir(outDir, { recursive: true });
  await capture('en-GB');
  await capture('de-DE');
  console.log(`Screenshots written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
