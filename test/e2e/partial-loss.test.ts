import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, launchTestApp, type TestApp } from '../support/app';
import { ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('rows missing since the last automatic backup', () => {
  it('are said at start-up with what is missing when Assay did not remove them, and nothing is written until the user decides', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'assay-partial-'));
    const profile = { userDataDir: join(scratch, 'profile'), dataDir: join(scratch, 'data'), port: await freePort() };
    app = await launchTestApp({ locale: 'en-GB', profile });
    const { page } = app;
    await ready(page);
    const checks = await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts'));
    await checks('seedAppDatabase');
    // The scheduler backs the change up at its next tick (every 10 s).
    const backups = join(profile.dataDir, 'backups');
    for (let i = 0; i < 60 && !(await readdir(backups).catch(() => [])).some((name) => name.startsWith('Assay automatic backup')); i += 1)
      await new Promise((resume) => setTimeout(resume, 1000));

    // A removal made in Assay explains the lower count: the app starts as usual.
    await expect(checks('removeEvidenceInApp')).resolves.toBe(3);
    await page.reload();
    await ready(page);
    await expect(page.locator('.start-problem').count()).resolves.toBe(0);

    // One deleted behind Assay's back does not.
    await expect((await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts')))('deleteEvidenceBehindApp')).resolves.toBe('deleted');
    const before = await (await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts')))<string>('dumpAppDatabase');
    await page.reload();
    await page.getByRole('heading', { name: 'Some of Assay’s data on this device is missing' }).waitFor();
    const text = await page.locator('.start-problem').textContent();
    expect(text).toContain('Missing: 1 evidence file.');
    expect(text).toContain('The last automatic backup:');
    await expect(page.getByRole('button', { name: 'Restore that backup…' }).count()).resolves.toBe(1);
    const reread = await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts'));
    expect(await reread<string>('dumpAppDatabase')).toBe(before);

    // Going on is a decision, confirmed; after it the same counts are not raised again.
    await page.getByRole('button', { name: 'Go on with what is here…' }).click();
    await page.getByRole('dialog', { name: 'Go on with what is here?' }).getByRole('button', { name: 'Go on with what is here' }).click();
    await ready(page);
    await page.reload();
    await ready(page);
    await expect(page.locator('.start-problem').count()).resolves.toBe(0);
  }, 120_000);
});
