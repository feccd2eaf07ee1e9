import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeEach(async () => {
  app = await launchTestApp();
  await app.page.locator('[data-app-ready]').waitFor();
});
afterEach(async () => {
  await app?.close();
});

async function createVendor(name: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'New vendor' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New vendor' });
  await dialog.getByLabel('Vendor name').fill(name);
  await dialog.getByRole('button', { name: 'Add vendor' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const rowNames = () => app.page.locator('tbody .vendor-label').allTextContents();

/** Vendor ids by name, read from the list. */
async function vendorIds(): Promise<Record<string, string>> {
  const pairs = await app.page
    .locator('tbody tr[data-vendor-id]')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('.vendor-label')?.textContent ?? '', row.getAttribute('data-vendor-id') ?? '']));
  return Object.fromEntries(pairs);
}

interface SeedOptions {
  status: 'draft' | 'final';
  createdAt: string;
  assessmentDate: string;
  serviceName?: string;
  revision?: number;
  criticality?: 'low' | 'medium' | 'high' | 'critical';
  score?: number | null;
  recommendation?: 'approve' | 'approveWithConditions' | 'reject';
}

/** An assessment row as the repository stores it (see AssessmentRow in renderer/src/db/database.ts). */
function assessmentRow(id: string, vendorId: string, options: SeedOptions) {
  return {
    id,
    vendorId,
    serviceName: options.serviceName ?? 'Contact-centre platform',
    assessor: 'Alex Example',
    assessmentDate: options.assessmentDate,
    // personal 1 + recordings 2 + assistive AI 1 + NIS2 1 = 5 points, plus criticality:
    // low (5) is a medium tier, medium, high and critical (6–8) a high tier.
    profile: {
      dataCategories: ['personal', 'recordingsBiometrics'],
      aiAutonomy: 'assistive',
      criticality: options.criticality ?? 'high',
      regulatoryScope: ['gdpr', 'nis2'],
      sector: 'financial',
      requiresEuResidency: true,
    },
    questionnaireId: 'cx-platform',
    questionnaireVersion: '1.0.0',
    status: options.status,
    revision: options.revision ?? 1,
    domainWeights: {},
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
    ...(options.status === 'final'
      ? {
          finalisedAt: options.createdAt,
          summary: {
            score: options.score ?? null,
            conservativeScore: 50,
            inherentTier: 'high',
            residualRisk: 'medium',
            recommendation: options.recommendation ?? 'approve',
            knockouts: 0,
          },
        }
      : {}),
  };
}

/** Writes assessment rows straight into the app's IndexedDB (the store is not reachable from the page), then reloads. */
async function seedAssessments(rows: ReturnType<typeof assessmentRow>[]) {
  const { page } = app;
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('assay');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('assessments', 'readwrite');
          for (const row of rows) tx.objectStore('assessments').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  await page.reload();
  await page.locator('[data-app-ready]').waitFor();
}

async function openVendor(name: string) {
  const { page } = app;
  await page.locator('tbody').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

const cell = (vendor: string, column: string) =>
  app.page.locator('tbody tr', { has: app.page.getByRole('link', { name: vendor, exact: true }) }).locator(`[data-column="${column}"]`);

describe('vendors', () => {
  it('shows an empty state first', async () => {
    await app.page.getByRole('heading', { name: 'No vendors yet' }).waitFor();
  });

  it('creates a vendor that survives a reload (real IndexedDB)', async () => {
    await createVendor('Genesys Cloud');
    await createVendor('  NICE   CXone ');
    await expect.poll(rowNames).toEqual(['Genesys Cloud', 'NICE CXone']);

    await app.page.reload();
    await app.page.locator('tbody tr').first().waitFor();
    await expect.poll(rowNames).toEqual(['Genesys Cloud', 'NICE CXone']);
  });

  it('refuses an empty or duplicate name with a message on the field', async () => {
    const { page } = app;
    await createVendor('Five9');
    await page.getByRole('button', { name: 'New vendor' }).click();
    const dialog = page.getByRole('dialog', { name: 'New vendor' });
    await dialog.getByRole('button', { name: 'Add vendor' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe('Enter a vendor name.');

    await dialog.getByLabel('Vendor name').fill('five9');
    await dialog.getByRole('button', { name: 'Add vendor' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe('A vendor called “Five9” already exists.');
    await page.keyboard.press('Escape');
    await expect.poll(rowNames).toEqual(['Five9']);
  });

  it('renames a vendor, by keyboard', async () => {
    const { page } = app;
    await createVendor('Talkdesk');
    await page.getByRole('button', { name: 'Rename Talkdesk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename vendor' });
    const field = dialog.getByLabel('Vendor name');
    await expect(field.inputValue()).resolves.toBe('Talkdesk');
    await field.fill('Talkdesk CX Cloud');
    await field.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(rowNames).toEqual(['Talkdesk CX Cloud']);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    await expect.poll(rowNames).toEqual(['Talkdesk CX Cloud']);
  });

  it('deletes only after confirmation', async () => {
    const { page } = app;
    await createVendor('Amazon Connect');
    await createVendor('Zendesk');

    await page.getByRole('button', { name: 'Delete Zendesk' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Zendesk?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(rowNames).toEqual(['Amazon Connect', 'Zendesk']);

    await page.getByRole('button', { name: 'Delete Zendesk' }).click();
    await confirm.getByRole('button', { name: 'Delete vendor' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(rowNames).toEqual(['Amazon Connect']);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    await expect.poll(rowNames).toEqual(['Amazon Connect']);
  });

  it('sorts by name both ways from the column header', async () => {
    const { page } = app;
    await createVendor('Genesys Cloud');
    await createVendor('Amazon Connect');
    await createVendor('Zendesk');
    const header = page.getByRole('columnheader', { name: 'Name', exact: true });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect.poll(rowNames).toEqual(['Amazon Connect', 'Genesys Cloud', 'Zendesk']);

    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect.poll(rowNames).toEqual(['Zendesk', 'Genesys Cloud', 'Amazon Connect']);

    await header.getByRole('button').press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect.poll(rowNames).toEqual(['Amazon Connect', 'Genesys Cloud', 'Zendesk']);
  });

  it('shows the latest assessment of each vendor; search and filters narrow the list', async () => {
    const { page } = app;
    for (const name of ['Five9', 'Genesys Cloud', 'NICE CXone', 'Talkdesk']) await createVendor(name);
    const ids = await vendorIds();
    await seedAssessments([
      assessmentRow('g-1', ids['Genesys Cloud']!, {
        status: 'final',
        createdAt: '2026-01-12T10:00:00.000Z',
        assessmentDate: '2026-01-12',
        score: 82.4,
        recommendation: 'approve',
      }),
      assessmentRow('g-2', ids['Genesys Cloud']!, {
        status: 'draft',
        createdAt: '2026-02-20T10:00:00.000Z',
        assessmentDate: '2026-02-20',
        revision: 2,
        criticality: 'low',
      }),
      assessmentRow('n-1', ids['NICE CXone']!, {
        status: 'final',
        createdAt: '2025-11-03T10:00:00.000Z',
        assessmentDate: '2025-11-03',
        score: 67.6,
        recommendation: 'approveWithConditions',
        criticality: 'critical',
      }),
      assessmentRow('t-1', ids['Talkdesk']!, { status: 'draft', createdAt: '2026-02-27T10:00:00.000Z', assessmentDate: '2026-02-27', criticality: 'low' }),
    ]);
    await page.locator('tbody tr').first().waitFor();

    // Status and tier from the latest assessment; rating and recommendation from the latest final one.
    await expect.poll(() => cell('Genesys Cloud', 'status').textContent()).toBe('Draft');
    await expect.poll(() => cell('Genesys Cloud', 'tier').textContent()).toBe('Medium');
    await expect.poll(() => cell('Genesys Cloud', 'rating').locator('.vendors-rating-value').textContent()).toBe('82');
    await expect.poll(() => cell('Genesys Cloud', 'rating').locator('.vendors-rating-source').textContent()).toBe('final rev. 1');
    await expect.poll(() => cell('Genesys Cloud', 'recommendation').textContent()).toBe('Approve');
    await expect.poll(() => cell('Genesys Cloud', 'lastAssessed').textContent()).toBe('20 Feb 2026');
    await expect.poll(() => cell('NICE CXone', 'tier').textContent()).toBe('High');
    await expect.poll(() => cell('NICE CXone', 'rating').textContent()).toBe('68');
    await expect.poll(() => cell('NICE CXone', 'recommendation').textContent()).toBe('Approve with conditions');
    await expect.poll(() => cell('Five9', 'status').textContent()).toBe('Not assessed');

    const status = page.getByLabel('Status', { exact: true });
    await status.selectOption('final');
    await expect.poll(rowNames).toEqual(['NICE CXone']);
    await status.selectOption('draft');
    await expect.poll(rowNames).toEqual(['Genesys Cloud', 'Talkdesk']);
    await status.selectOption('none');
    await expect.poll(rowNames).toEqual(['Five9']);
    await status.selectOption('');
    await expect.poll(rowNames).toEqual(['Five9', 'Genesys Cloud', 'NICE CXone', 'Talkdesk']);

    const search = page.getByRole('searchbox', { name: 'Search vendors' });
    await search.fill('nice');
    await expect.poll(rowNames).toEqual(['NICE CXone']);
    await search.fill('');
    await status.selectOption('draft');
    await search.fill('TALK');
    await expect.poll(rowNames).toEqual(['Talkdesk']);
    await page.getByText('1 of 4 vendors').waitFor();

    await search.fill('Amazon');
    await page.getByText('No vendor matches the current search and filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(rowNames).toEqual(['Five9', 'Genesys Cloud', 'NICE CXone', 'Talkdesk']);

    await page.getByLabel('Tier', { exact: true }).selectOption('high');
    await expect.poll(rowNames).toEqual(['NICE CXone']);
    await page.getByLabel('Tier', { exact: true }).selectOption('');

    // Rating sorts highest first; vendors without a final rating stay last.
    await page.getByRole('columnheader', { name: 'Rating' }).getByRole('button').click();
    await expect.poll(rowNames).toEqual(['Genesys Cloud', 'NICE CXone', 'Five9', 'Talkdesk']);
  });

  it('saves website, a service and a contact on the detail page, kept after a reload', async () => {
    const { page } = app;
    await createVendor('Genesys Cloud');
    await openVendor('Genesys Cloud');
    await expect(page.getByRole('link', { name: 'New assessment' }).first().getAttribute('href')).resolves.toMatch(/^#\/vendors\/.+\/new-assessment$/);

    await page.getByLabel('Website').fill('www.genesys.com');
    const service = page.getByLabel('Products and services in scope');
    await service.fill('Genesys Cloud CX');
    await service.press('Enter');
    await page.getByRole('button', { name: 'Remove Genesys Cloud CX' }).waitFor();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contact = page.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Name').fill('Jordan Smith');
    await contact.getByLabel('Role').fill('Account executive');
    await contact.getByLabel('Email').fill('jordan.smith@example.com');
    await contact.getByLabel('Phone').fill('+49 89 1234 567');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details of Genesys Cloud saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Genesys Cloud', level: 1 }).waitFor();
    await expect(page.getByLabel('Website').inputValue()).resolves.toBe('https://www.genesys.com');
    await page.getByRole('button', { name: 'Remove Genesys Cloud CX' }).waitFor();
    const saved = page.getByRole('group', { name: 'Contact 1' });
    await expect(saved.getByLabel('Name').inputValue()).resolves.toBe('Jordan Smith');
    await expect(saved.getByLabel('Role').inputValue()).resolves.toBe('Account executive');
    await expect(saved.getByLabel('Email').inputValue()).resolves.toBe('jordan.smith@example.com');
    await expect(saved.getByLabel('Phone').inputValue()).resolves.toBe('+49 89 1234 567');

    await page.getByRole('link', { name: 'Back to vendors' }).click();
    await page.getByRole('heading', { name: 'Vendors', level: 1 }).waitFor();
  });

  it('refuses an invalid email with a message on the field and saves nothing', async () => {
    const { page } = app;
    await createVendor('Five9');
    await openVendor('Five9');
    await page.getByLabel('Website').fill('https://www.five9.com');
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contact = page.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Name').fill('Sam Lee');
    await contact.getByLabel('Email').fill('sam.lee@');
    await page.getByRole('button', { name: 'Save details' }).click();

    await expect(contact.getByRole('alert').textContent()).resolves.toBe('Enter a valid email address, e.g. name@example.com.');
    await expect(contact.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('email');

    await page.reload();
    await page.getByRole('heading', { name: 'Five9', level: 1 }).waitFor();
    await expect(page.getByLabel('Website').inputValue()).resolves.toBe('');
    await page.getByText('No contacts yet.').waitFor();
  });

  it('shows an empty history, then the assessments newest first with links', async () => {
    const { page } = app;
    await createVendor('Zendesk');
    await openVendor('Zendesk');
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();

    const [vendorId] = Object.values(await page.evaluate(() => ({ id: decodeURIComponent(location.hash.split('/')[2] ?? '') })));
    await seedAssessments([
      assessmentRow('z-1', vendorId!, {
        status: 'final',
        createdAt: '2025-06-01T10:00:00.000Z',
        assessmentDate: '2025-06-01',
        score: 55,
        recommendation: 'reject',
        serviceName: 'Zendesk Suite',
      }),
      assessmentRow('z-2', vendorId!, {
        status: 'draft',
        createdAt: '2026-02-01T10:00:00.000Z',
        assessmentDate: '2026-02-01',
        revision: 2,
        serviceName: 'Zendesk AI agents',
      }),
    ]);
    const history = page.getByRole('region', { name: 'Assessment history' });
    await history.locator('tbody tr').first().waitFor();
    await expect(history.locator('tbody th').allTextContents()).resolves.toEqual(['Zendesk AI agents', 'Zendesk Suite']);
    await expect(history.getByRole('link', { name: 'Zendesk Suite' }).getAttribute('href')).resolves.toBe('#/assessments/z-1');
    await expect(history.locator('tbody tr').nth(1).textContent()).resolves.toContain('Reject');
  });

  it('says so when a vendor does not exist', async () => {
    const { page } = app;
    await page.evaluate(() => {
      location.hash = '#/vendors/no-such-vendor';
    });
    await page.getByRole('heading', { name: 'Vendor not found', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Back to vendors' }).click();
    await page.getByRole('heading', { name: 'No vendors yet' }).waitFor();
  });
});
