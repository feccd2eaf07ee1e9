import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { createVendorAndStart, firstYesNoQuestion, ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const checks = resolve(__dirname, 'page/acceptance-checks.ts');

describe('accepting a finding’s risk', () => {
  it('needs a reason, an approver with a role, a compensating control and a last day within the allowed months; is in the history', async () => {
    app = await launchTestApp();
    await ready(app.page);
    const r = await (await loadPageModule(app.page, checks))<Record<string, unknown>>('acceptRisks');
    expect(r.refused).toEqual({
      statusOnly: 'invalid acceptance.errors.required',
      noReason: 'invalid acceptance.errors.justification',
      noControl: 'invalid acceptance.errors.control',
      today: 'invalid acceptance.errors.untilPast',
      backdated: 'invalid acceptance.errors.untilPast',
      tooLate: 'invalid acceptance.errors.untilTooLate',
    });
    expect(r.writtenWhileRefused).toBe(0);
    // Twelve months by default, to the day; twenty-four once Settings allow it, and no more than 36.
    expect(r.lastDay).toBe('ok');
    expect(r.longer).toBe('ok');
    expect(r.settingRefused).toBe('invalid settings.number.invalid');
    // The owner changes and the acceptance stays; another status drops it.
    expect(r.kept).toEqual({ status: 'accepted', owner: 'Security', until: '2027-12-08' });
    expect(r.reopened).toEqual({ status: 'open', acceptance: null });
    expect(r.recorded).toEqual([
      expect.objectContaining({ status: 'accepted', acceptance: expect.objectContaining({ until: '2027-12-08', approver: 'Dana Lee' }) }),
      expect.objectContaining({ status: 'accepted', acceptance: expect.objectContaining({ until: '2028-06-30' }) }),
      expect.objectContaining({ status: 'accepted', owner: 'Security' }),
      { status: 'open' },
    ]);
    expect(r.problem).toBeNull();
  });

  it('is done in a dialog from the Findings page, shows until when and by whom, and reopens the finding once it has run out', async () => {
    app = await launchTestApp();
    const { page } = app;
    await ready(page);
    await createVendorAndStart(page, 'Talkdesk');
    const question = await firstYesNoQuestion(page);
    await page.keyboard.press('3');
    await page.locator(`[data-save-state=saved][data-save-question="${question.id}"]`).waitFor();
    await page.getByRole('link', { name: /findings?$/ }).click();
    const status = page.getByLabel(/^Status of finding/).first();
    await status.waitFor();
    await status.selectOption('accepted');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Accept the risk' }).click();
    await dialog.getByText('Say in at least 10 characters why the risk is accepted.').waitFor();
    await dialog.getByLabel('Why the risk is accepted').fill('The vendor moves us to the EU region by March.');
    await dialog.getByLabel('Approved by').fill('Dana Lee');
    await dialog.getByLabel('Role of the approver').fill('CISO');
    await dialog.getByLabel('Compensating control').fill('Weekly review of data exports');
    await dialog.getByRole('button', { name: 'Accept the risk' }).click();
    await dialog.waitFor({ state: 'detached' });
    const note = page.locator('[data-acceptance]').first();
    await expect(note.textContent()).resolves.toMatch(/^Accepted until \d{1,2} \w{3} \d{4} by Dana Lee \(CISO\)$/);
    await expect(note.getAttribute('data-acceptance')).resolves.toBe('current');

    // A year later: the acceptance has run out, and the finding says it is open again.
    await expect((await loadPageModule(page, checks))('letAcceptanceRunOut', '2026-01-31')).resolves.toBe(1);
    await page.reload();
    await page.locator('[data-acceptance=expired]').waitFor();
    await expect(page.locator('[data-acceptance=expired]').textContent()).resolves.toBe('Acceptance ran out on 31 Jan 2026: open again');
  }, 120_000);
});
