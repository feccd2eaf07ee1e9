import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentExportSchema } from '@shared/report/assessment-export';
import { launchTestApp, type TestApp } from '../support/app';
import { run } from '../support/pdf-tools';
import { newVendorByKeyboard } from '../support/assessment-ui';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('signed report from the UI', () => {
  it('exports a signed PDF that pdfsig, qpdf and pdfdetach accept, carrying the assessment', async () => {
    app = await launchTestApp();
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();
    const identity = await page.evaluate(() =>
      window.assay!['identities:generate']({ name: 'Alex Example', organisation: 'Buyer AG', email: 'alex@example.com', passphrase: 'correct horse battery' }),
    );
    expect(identity.ok).toBe(true);

    await newVendorByKeyboard(page);
    await page.keyboard.type('Genesys Cloud');
    await page.keyboard.press('Enter');
    await page.locator('dialog').waitFor({ state: 'detached' });
    await page.locator('.vendor-label', { hasText: 'Genesys Cloud' }).click();
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    await page.getByLabel('Service in scope').fill('Cloud contact centre');
    await page.getByLabel('Assessor').fill('Alex Example');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.locator('.question-card').waitFor();
    const current = () => page.locator('.q-link[aria-current=step]').getAttribute('href');
    for (let i = 0; i < 12; i += 1) {
      const from = await current();
      await page.keyboard.press('Alt+ArrowRight');
      // Wait for the next question before answering it, so the key is not taken by the one before.
      await page.waitForFunction((href) => document.querySelector('.q-link[aria-current=step]')?.getAttribute('href') !== href, from);
      await page.keyboard.press('1');
    }
    await page.locator('[data-save-state=saved]').waitFor();

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export signed PDF' });
    await dialog.getByLabel('Passphrase of the signing identity').fill('wrong passphrase');
    await dialog.getByRole('button', { name: 'Sign and save' }).click();
    await dialog.getByText('The passphrase does not unlock this identity.').waitFor();
    await dialog.getByLabel('Passphrase of the signing identity').fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Sign and save' }).click();
    await page.getByText('Signed report saved to', { exact: false }).waitFor({ timeout: 30_000 });

    const folder = join(app.dataDir, 'reports');
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^Assessment Genesys Cloud \d{4}-\d{2}-\d{2}\.pdf$/);
    const path = join(folder, files[0]!);

    const sig = run('pdfsig', [path]).out;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('Signer Certificate Common Name: Alex Example');
    expect(run('qpdf', ['--check', path]).code).toBe(0);
    expect(run('pdfdetach', ['-list', path]).out).toContain('assessment.json');
    const saved = join(app.dataDir, 'assessment.json');
    expect(run('pdfdetach', ['-save', '1', '-o', saved, path]).code).toBe(0);
    const attached = assessmentExportSchema.parse(JSON.parse(await readFile(saved, 'utf8')));
    expect(attached.vendor.name).toBe('Genesys Cloud');
    expect(attached.answers.length).toBeGreaterThanOrEqual(3);
    const info = run('pdfinfo', [path]).out;
    expect(info).toMatch(/Title:\s+Vendor risk assessment: Genesys Cloud/);
    expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBeGreaterThan(5);
  }, 120_000);
});
