import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart } from '../support/assessment-ui';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('export dialog', () => {
  it('drops a stale passphrase error and is titled for an unsigned export once the user chooses not to sign, in both languages', async () => {
    app = await launchTestApp();
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();
    const identity = await page.evaluate(() => window.assay!['identities:generate']({ name: 'Alex Example', passphrase: 'correct horse battery' }));
    expect(identity.ok).toBe(true);
    await createVendorAndStart(page, 'Talkdesk');
    const assessmentHash = await page.evaluate(() => window.location.hash);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const signed = page.getByRole('dialog', { name: 'Export signed PDF' });
    await signed.getByLabel('Passphrase of the signing identity').fill('wrong passphrase');
    await signed.getByRole('button', { name: 'Sign and save' }).click();
    await signed.getByText('The passphrase does not unlock this identity.').waitFor();

    await signed.getByLabel('Sign as').selectOption({ label: 'Do not sign' });
    const unsigned = page.getByRole('dialog', { name: 'Export PDF', exact: true });
    await unsigned.getByRole('button', { name: 'Save unsigned' }).waitFor();
    await expect(unsigned.getByRole('alert').count()).resolves.toBe(0);
    await expect(unsigned.getByText('The passphrase does not unlock this identity.').count()).resolves.toBe(0);
    await expect(page.getByRole('dialog', { name: 'Export signed PDF' }).count()).resolves.toBe(0);

    // Back to signing: the title says so again, and the missing passphrase is asked for afresh.
    await unsigned.getByLabel('Sign as').selectOption({ label: 'Alex Example' });
    await page.getByRole('dialog', { name: 'Export signed PDF' }).getByRole('button', { name: 'Sign and save' }).click();
    await page.getByRole('dialog', { name: 'Export signed PDF' }).getByText('Enter the passphrase of the signing identity.').waitFor();
    await page.getByRole('dialog', { name: 'Export signed PDF' }).getByLabel('Sign as').selectOption({ label: 'Do not sign' });
    await expect(page.getByRole('dialog', { name: 'Export PDF', exact: true }).getByRole('alert').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Display language').selectOption('de');
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, assessmentHash);
    await page.getByRole('button', { name: 'PDF exportieren' }).click();
    const signiert = page.getByRole('dialog', { name: 'Signiertes PDF exportieren' });
    await signiert.getByLabel('Signieren als').selectOption({ label: 'Nicht signieren' });
    await page.getByRole('dialog', { name: 'PDF exportieren', exact: true }).getByRole('button', { name: 'Unsigniert speichern' }).waitFor();
  });
});
