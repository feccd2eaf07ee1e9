import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';
import { DATABASE_VERSION } from '../../renderer/src/db/database';

let app: TestApp;
let call: Awaited<ReturnType<typeof loadPageModule>>;

beforeAll(async () => {
  app = await launchTestApp();
  await ready(app.page);
  call = await loadPageModule(app.page, resolve(__dirname, 'page/bundle-checks.ts'));
});
afterAll(() => app?.close());

describe('assessments received from a bundle, in real IndexedDB', () => {
  it('arrive as read-only received assessments that say exactly what was sent, evidence bytes included, and arrive once', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const r = await call<Record<string, any>>('roundTrip');
    expect(r.plan.assessments.map((a: { state: string }) => a.state)).toEqual(['new', 'new']);
    expect(r.plan.vendors).toEqual([expect.objectContaining({ name: 'Talkdesk', used: true })]);
    expect(r.plan.vendors[0].match).toBeUndefined();
    expect(r.plan.evidence).toEqual({ files: 2, bytes: 70_009 });
    expect(r.receipt).toEqual({ added: 2, present: 0, vendorsAdded: 1 });
    expect(r.same).toEqual([true, true]);
    expect(r.evidenceBytes).toHaveLength(4);
    expect(r.evidenceBytes.every((e: { matches: boolean }) => e.matches)).toBe(true);
    // The vendor comes with its details; the revision links to the assessment it revises, received with it.
    expect(r.vendor).toMatchObject({
      name: 'Talkdesk',
      website: 'https://talkdesk.com',
      services: ['Cloud contact centre'],
      contacts: [{ name: 'Sam Vendor', email: 'sam@talkdesk.example' }],
    });
    const [final, draft] = [...r.rows].sort((a, b) => a.revision - b.revision);
    expect(final).toMatchObject({ status: 'final', revision: 1, summary: true, received: { via: 'bundle', from: 'Robin Sender', fileName: 'Talkdesk.assay' } });
    expect(draft).toMatchObject({ status: 'draft', revision: 2, previousId: final.id, summary: false });
    expect(draft.received.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.again).toEqual({ added: 0, present: 2 });
    expect(r.unchanged).toBe(true);
    expect(r.home).toEqual(['same', 'same']);
  });

  it('join a vendor of the same name, or sit beside it as a second vendor; changed content is added beside what is here', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const merged = await call<Record<string, any>>('conflicts', 'merge');
    expect(merged.vendors).toEqual(['TALKDESK']);
    expect(merged.first).toBe(2);
    expect(merged.states).toEqual(['same', 'differs']);
    expect(merged.vendorPlan).toEqual([expect.objectContaining({ name: 'Talkdesk', match: expect.objectContaining({ name: 'TALKDESK' }), used: true })]);
    expect(merged.second).toEqual({ added: 1, present: 1 });
    expect(merged.assessments).toBe(3);

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const both = await call<Record<string, any>>('conflicts', 'keepBoth');
    expect(both.vendors).toEqual(['TALKDESK', 'Talkdesk (2)', 'Talkdesk (3)']);
  });

  it('refuse a crafted document or evidence that does not match it, each with a reason, and leave the database as it was', async () => {
    const r = await call<Record<string, { outcome: string; unchanged: boolean }>>('hostile');
    expect(r).toEqual({
      unknownQuestion: { outcome: 'invalid assessment.errors.unknownQuestion', unchanged: true },
      invalidAnswer: { outcome: 'invalid assessment.errors.invalidAnswer', unchanged: true },
      answeredTwice: { outcome: 'invalid bundles.errors.answeredTwice', unchanged: true },
      unknownQuestionnaire: { outcome: 'invalid assessment.errors.unknownQuestionnaire', unchanged: true },
      weights: { outcome: 'invalid bundles.errors.weights', unchanged: true },
      duplicateId: { outcome: 'invalid bundles.errors.document', unchanged: true },
      hugeString: { outcome: 'invalid bundles.errors.document', unchanged: true },
      wrongType: { outcome: 'invalid bundles.errors.document', unchanged: true },
      missingEvidence: { outcome: 'invalid bundles.errors.evidenceMissing', unchanged: true },
      evidenceOfOtherSize: { outcome: 'invalid bundles.errors.evidenceMissing', unchanged: true },
    });
  });

  it('export then import yields an equal assessment, for generated assessments', async () => {
    const r = await call<{ result: string; answers: number; evidence: number; final: number }>('roundTripProperty', 60);
    expect(r.result).toBe('held');
    // Generated assessments carried answers, evidence files, and final ones among them.
    expect(r.answers).toBeGreaterThan(200);
    expect(r.evidence).toBeGreaterThan(20);
    expect(r.final).toBeGreaterThan(10);
  }, 120_000);
});

describe('backups in real IndexedDB', () => {
  it('restore a whole database, evidence bytes, settings and weight profiles included, replacing what was there', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const r = await call<Record<string, any>>('backupRoundTrip');
    expect(r.contents).toEqual({ vendors: 2, assessments: 2, evidence: 4, evidenceBytes: 140_018 });
    expect(r.prepared).toEqual(r.contents);
    expect(r.equal).toBe(true);
  });

  it('bring a backup of an older database version up to date as it is restored', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const r = await call<Record<string, any>>('restoreOlderBackup');
    expect(r.version).toBe(1);
    expect(r.vendor).toEqual([expect.objectContaining({ name: 'Talkdesk', contacts: [], services: [] })]);
    expect(r.assessment).toMatchObject({ id: 'a-1', revision: 1, domainWeights: {} });
  });

  it('refuse a crafted backup with a reason and leave the database as it was', async () => {
    const r = await call<Record<string, { outcome: string; unchanged: boolean }>>('hostileBackups');
    expect(r).toEqual({
      newerDatabase: { outcome: 'invalid backups.errors.newer', unchanged: true },
      duplicateVendorId: { outcome: 'invalid backups.errors.damaged', unchanged: true },
      orphanAnswer: { outcome: 'invalid backups.errors.damaged', unchanged: true },
      invalidAnswer: { outcome: 'invalid assessment.errors.invalidAnswer', unchanged: true },
      vendorWithoutName: { outcome: 'invalid backups.errors.damaged', unchanged: true },
      hugeString: { outcome: 'invalid backups.errors.damaged', unchanged: true },
      missingEvidence: { outcome: 'invalid backups.errors.evidenceMissing', unchanged: true },
      unknownQuestionnaire: { outcome: 'invalid assessment.errors.unknownQuestionnaire', unchanged: true },
      strangeSummary: { outcome: 'invalid backups.errors.damaged', unchanged: true },
    });
  });

  it('backup then restore yields an equal database, for generated stores', async () => {
    const r = await call<{ result: string; assessments: number; evidence: number }>('backupRoundTripProperty', 25);
    expect(r.result).toBe('held');
    expect(r.assessments).toBeGreaterThan(30);
    expect(r.evidence).toBeGreaterThan(10);
  }, 180_000);
});

describe('bundles in the app', () => {
  let apps: TestApp[] = [];
  afterEach(async () => {
    for (const opened of apps) await opened.close();
    apps = [];
  });
  const launch = async () => {
    const opened = await launchTestApp({ locale: 'en-GB' });
    apps.push(opened);
    await ready(opened.page);
    return opened;
  };
  const chooseBundle = (page: Page, name: string, buffer: Buffer) =>
    page.locator('dialog[open] input[type=file]').setInputFiles({ name, mimeType: 'application/zip', buffer });

  it('exports a vendor’s assessment on one machine and imports it on a fresh one after a preview: once, read-only and marked', async () => {
    const sender = await launch();
    await createVendorAndStart(sender.page, 'Example Contact Cloud');
    await sender.page.locator('.back-link').click();
    await sender.page.getByRole('button', { name: 'Export bundle…' }).click();
    await expect.poll(() => sender.page.getByLabel('Your name').inputValue()).toBe('Alex Example');
    await sender.page.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await sender.page.locator('dialog[open]').waitFor({ state: 'detached' });
    const saved = (await readdir(join(sender.dataDir, 'reports'))).filter((f) => f.endsWith('.assay'));
    expect(saved).toEqual([expect.stringMatching(/^Example Contact Cloud \d{4}-\d{2}-\d{2}\.assay$/)]);
    const bundle = await readFile(join(sender.dataDir, 'reports', saved[0]!));

    const { page } = await launch();
    // A damaged file first: the reason in words, and nothing added.
    await page.getByRole('button', { name: 'Import bundle…' }).click();
    await chooseBundle(page, 'damaged.assay', bundle.subarray(0, bundle.length - 30));
    await expect(page.locator('dialog[open] [role=alert]').textContent()).resolves.toBe(
      'This bundle cannot be imported. The file is damaged or incomplete: its table of contents cannot be read.',
    );

    await chooseBundle(page, saved[0]!, bundle);
    const preview = page.locator('[data-testid=bundle-preview]');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('Made by Alex Example with Assay');
    await expect(preview.textContent()).resolves.toContain('Example Contact Cloud: new vendor');
    await expect(preview.locator('[data-signature=none]').textContent()).resolves.toContain('Not signed');
    await expect(preview.locator('tr[data-state=new]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Import 1 assessment' }).click();
    await page.getByText('1 assessment imported.').waitFor();
    await page.getByRole('link', { name: 'Open Example Contact Cloud' }).click();
    await page.locator('.vendors-received').first().waitFor();
    await page.getByRole('link', { name: 'Cloud contact centre' }).click();
    const marker = page.locator('.received-banner');
    await marker.waitFor();
    await expect(marker.textContent()).resolves.toContain(`It came from Alex Example in the bundle “${saved[0]}”`);
    await expect(page.locator('.answer-form input:not([disabled])').count()).resolves.toBe(0);

    // The same bundle again: nothing to add.
    await page.getByRole('link', { name: 'Vendors' }).click();
    await page.getByRole('button', { name: 'Import bundle…' }).click();
    await chooseBundle(page, saved[0]!, bundle);
    await preview.waitFor();
    await expect(preview.locator('tr[data-state=same]').count()).resolves.toBe(1);
    await page.getByText('Everything in this bundle is here already. Nothing will be added.').waitFor();
    await expect(page.getByRole('button', { name: /^Import \d/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.vendor-label').count()).resolves.toBe(1);
  });

  it('says when a database was lost and there is no backup, and starts with no data only when told to', async () => {
    const { page } = await launch();
    const checks = await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts'));
    await expect(checks('deleteAppDatabase')).resolves.toBe('deleted');
    await page.reload();
    await page.getByRole('heading', { name: 'Assay’s data on this device is gone' }).waitFor();
    await page.getByText('There is no backup in the backups folder.').waitFor();
    await expect(page.getByRole('button', { name: 'Restore the latest backup…' }).count()).resolves.toBe(0);
    // Trying again writes nothing: the database stays empty, and still lost.
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Assay’s data on this device is gone' }).waitFor();
    await page.getByRole('button', { name: 'Start with no data…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Start with no data…' }).click();
    await page.getByRole('button', { name: 'Start with no data', exact: true }).click();
    await ready(page);
    await page.getByText('No vendors yet').waitFor();
    await page.reload();
    await ready(page);
    await expect(page.locator('.start-problem').count()).resolves.toBe(0);
  });

  it('restores a database deleted under the app, or damaged on disk, or that cannot be opened, from the latest backup, with nothing lost; leaves a newer one alone', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'assay-recovery-'));
    const profile = { userDataDir: join(scratch, 'profile'), dataDir: join(scratch, 'data'), port: await freePort() };
    const relaunch = async () => {
      const opened = await launchTestApp({ locale: 'en-GB', profile });
      apps.push(opened);
      return opened;
    };
    let { page, context } = await relaunch();
    await ready(page);
    const checks = await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts'));
    await checks('seedAppDatabase');
    const before = await checks<string>('dumpAppDatabase');
    // A change is backed up at the next tick of the scheduler (every 10 s).
    const backups = join(profile.dataDir, 'backups');
    let names: string[] = [];
    const written = () =>
      ['Assay automatic backup', 'Assay daily backup'].every((stem) => names.some((name) => name.startsWith(stem) && name.endsWith('.assay')));
    for (let i = 0; i < 60 && !written(); i += 1) {
      await new Promise((resume) => setTimeout(resume, 1000));
      names = await readdir(backups).catch(() => []);
    }
    expect(names.filter((name) => name.endsWith('.assay')).sort()).toEqual([
      expect.stringMatching(/^Assay automatic backup /),
      expect.stringMatching(/^Assay daily backup /),
    ]);
    const restoreOffered = async () => {
      // Empty, while the data folder remembers a database: lost, said so, and nothing written until the user decides.
      await page.getByRole('heading', { name: 'Assay’s data on this device is gone' }).waitFor();
      await page.locator('.start-problem strong').waitFor();
      await expect(page.locator('.start-problem').textContent()).resolves.toContain('1 vendor, 2 assessments, 4 evidence files');
      await page.getByRole('button', { name: 'Restore the latest backup…' }).click();
      await page.locator('[data-testid=restore-preview]').waitFor();
      await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
      await page.getByText(/^Backup restored\./).waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      await ready(page);
      await page.locator('.vendor-label', { hasText: 'Talkdesk' }).waitFor();
      expect(await (await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts')))<string>('dumpAppDatabase')).toBe(before);
    };

    // Deleted under the app, as a cleared browser profile would.
    await expect(checks('deleteAppDatabase')).resolves.toBe('deleted');
    await page.reload();
    await restoreOffered();
    // What was here before the restore (nothing) was kept as a backup of its own; it is not the one offered next.
    expect((await readdir(backups)).filter((name) => name.startsWith('Assay before restore'))).toHaveLength(1);

    // Damaged on disk while the app was closed: Chromium finds its files corrupt and starts the database anew.
    await apps.pop()!.close();
    const leveldb = join(profile.userDataDir, 'Default', 'IndexedDB', `http_127.0.0.1_${profile.port}.indexeddb.leveldb`);
    for (const name of await readdir(leveldb)) {
      if (name === 'LOCK') continue;
      const path = join(leveldb, name);
      await writeFile(path, Buffer.alloc((await stat(path)).size, 0x41));
    }
    ({ page, context } = await relaunch());
    await restoreOffered();

    // Written by a newer version: explained, and left exactly as it is.
    const raw = await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts'));
    await expect(raw('raiseAppDatabaseVersion', (DATABASE_VERSION + 1) * 10)).resolves.toBe('raised');
    await page.reload();
    await page.getByRole('heading', { name: 'This data is from a newer version of Assay' }).waitFor();
    await expect(page.locator('.start-problem').textContent()).resolves.toContain(
      `(data version ${DATABASE_VERSION + 1}; this version reads up to ${DATABASE_VERSION})`,
    );
    await expect(page.getByRole('button', { name: 'Restore the latest backup…' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    const newer = await (await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts')))<{ version: number; stores: string[] }>('rawAppDatabase');
    expect(newer.version).toBe((DATABASE_VERSION + 1) * 10);
    expect(newer.stores).toContain('fromTheFuture');

    // Cannot be opened at all, as after a disk error, until it is deleted: the latest backup replaces it.
    await context.addInitScript(() => {
      const factory = IDBFactory.prototype;
      const open = factory.open;
      const remove = factory.deleteDatabase;
      factory.open = function (this: IDBFactory, name: string, version?: number) {
        if (name === 'assay' && localStorage.getItem('damaged') === 'yes') throw new DOMException('The database is damaged.', 'UnknownError');
        return version === undefined ? open.call(this, name) : open.call(this, name, version);
      };
      factory.deleteDatabase = function (this: IDBFactory, name: string) {
        if (name === 'assay') localStorage.removeItem('damaged');
        return remove.call(this, name);
      };
    });
    await page.evaluate(() => localStorage.setItem('damaged', 'yes'));
    await page.reload();
    await page.getByRole('heading', { name: 'Assay cannot read its data' }).waitFor();
    await page.locator('.start-problem strong').waitFor();
    const screen = page.locator('.start-problem');
    await expect(screen.textContent()).resolves.toContain('1 vendor, 2 assessments, 4 evidence files');
    await expect(screen.textContent()).resolves.not.toMatch(/damaged\.|UnknownError|Error/);
    // Trying again changes nothing while the damage stays.
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Assay cannot read its data' }).waitFor();
    await page.getByRole('button', { name: 'Restore the latest backup…' }).click();
    const preview = page.locator('[data-testid=restore-preview]');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('It will be deleted and replaced by this backup.');
    await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await page.getByText('Backup restored.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await ready(page);
    await page.locator('.vendor-label', { hasText: 'Talkdesk' }).waitFor();
    expect(await (await loadPageModule(page, resolve(__dirname, 'page/bundle-checks.ts')))<string>('dumpAppDatabase')).toBe(before);
  }, 240_000);
});
