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

describe('vendors', () => {
  it('shows an empty state first', async () => {
    await app.page.getByRole('heading', { name: 'No vendors yet' }).waitFor();
  });

  it('creates a vendor that survives a reload (real IndexedDB)', async () => {
    await createVendor('Genesys Cloud');
    await createVendor('  NICE   CXone ');
    expect(await rowNames()).toEqual(['Genesys Cloud', 'NICE CXone']);

    await app.page.reload();
    await app.page.locator('tbody tr').first().waitFor();
    expect(await rowNames()).toEqual(['Genesys Cloud', 'NICE CXone']);
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
    expect(await rowNames()).toEqual(['Five9']);
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
    expect(await rowNames()).toEqual(['Talkdesk CX Cloud']);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    expect(await rowNames()).toEqual(['Talkdesk CX Cloud']);
  });

  it('deletes only after confirmation', async () => {
    const { page } = app;
    await createVendor('Amazon Connect');
    await createVendor('Zendesk');

    await page.getByRole('button', { name: 'Delete Zendesk' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Zendesk?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await rowNames()).toEqual(['Amazon Connect', 'Zendesk']);

    await page.getByRole('button', { name: 'Delete Zendesk' }).click();
    await confirm.getByRole('button', { name: 'Delete vendor' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await rowNames()).toEqual(['Amazon Connect']);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    expect(await rowNames()).toEqual(['Amazon Connect']);
  });
});
