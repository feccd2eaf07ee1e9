import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../renderer/src/db/database';
import { FIXED_NOW, launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';
import type { VendorPlan } from './page/portfolio-plans';
import type { Seeded as SeededVendor } from './page/portfolio-seed';

const seedModule = resolve(__dirname, 'page/portfolio-seed.ts');
type Seeded = Record<string, SeededVendor>;

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * Today is 2 March 2026 (FIXED_NOW). Review rule: assessment date + 6/12/24/36 months
 * for critical/high/medium/low residual risk, capped at the earliest expiry of a
 * certification current on the assessment date. Unlisted certifications are held
 * until 31 Dec 2029. SOC 2 is a report: valid 12 months after its period ends.
 */
const plan: VendorPlan[] = [
  // Low residual risk (36 months → Nov 2028), but ISO 27001 lapses on 30 Apr 2026: review then.
  { name: 'Genesys Cloud', final: { assessmentDate: '2025-11-20', profile: 'low', answers: 'best', certifications: { 'SEC-ISO27001': '2026-04-30' } } },
  // High inherent risk, strong controls: medium residual risk, 24 months → 10 Jun 2027.
  { name: 'NICE CXone', final: { assessmentDate: '2025-06-10', profile: 'high', answers: 'best' } },
  // Only certifications answered: insufficient controls, critical residual risk, 6 months → 10 Dec 2025 (overdue).
  {
    name: 'Five9',
    final: {
      assessmentDate: '2025-06-10',
      profile: 'high',
      answers: 'certificationsOnly',
      certifications: { 'SEC-ISO27001': '2026-09-30', 'SEC-SOC2T2': '2025-03-31' },
    },
  },
  // SOC 2 period ended 31 Oct 2024 → valid until 31 Oct 2025: the review fell due then (overdue), and it has expired.
  // Findings: critical open, critical resolved, high in progress, medium accepted for six months (run out by now) →
  // 1 critical and 1 high open, and the medium open again.
  {
    name: 'Talkdesk',
    final: {
      assessmentDate: '2024-12-05',
      profile: 'medium',
      answers: 'best',
      certifications: { 'SEC-SOC2T2': '2024-10-31' },
      weak: [
        ['critical', 'open'],
        ['critical', 'resolved'],
        ['high', 'inProgress'],
        ['medium', 'accepted'],
      ],
    },
    draft: { createdAt: '2026-02-10', profile: 'medium' },
  },
  { name: 'Zendesk', draft: { createdAt: '2026-02-20', profile: 'low' } },
  { name: 'Amazon Connect' },
  // Low residual risk (→ Jan 2029); ISO 27017 and ISO 27701 both lapse on 15 Jul 2026.
  {
    name: 'Salesforce Service Cloud',
    final: { assessmentDate: '2026-01-15', profile: 'medium', answers: 'best', certifications: { 'SEC-ISO27017': '2026-07-15', 'SEC-ISO27701': '2026-07-15' } },
  },
];

async function seed(page: Page, vendors: VendorPlan[]): Promise<Seeded> {
  await page.locator('[data-app-ready]').waitFor();
  // The dashboard judges dates as of the page's today; pin it to the test's day.
  await page.clock.setFixedTime(FIXED_NOW);
  const seeded = await (await loadPageModule(page, seedModule))<Seeded>('seedPortfolio', vendors);
  await page.evaluate(() => (window.location.hash = '#/portfolio'));
  await page.reload();
  await page.locator('[data-app-ready]').waitFor();
  return seeded;
}

/** The visible text of an element: screen-reader-only words and the initials avatar left out. */
const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden, .avatar, .portfolio-decision-bar')) continue;
        const text = node.textContent?.trim();
        if (text) parts.push(text);
      }
      return parts.join(' ');
    }),
  );

async function tableRows(page: Page) {
  return page.locator('tr[data-portfolio-row]').evaluateAll((rows) =>
    rows.map((row) => {
      const cell = (element: Element | null) => {
        if (!element) return '';
        const parts: string[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.visually-hidden, .avatar, .portfolio-decision-bar')) continue;
          const text = node.textContent?.trim();
          if (text) parts.push(text);
        }
        return parts.join(' ');
      };
      return [
        cell(row.querySelector('th')),
        cell(row.querySelector('[data-column=tier]')),
        cell(row.querySelector('[data-column=rating]')),
        cell(row.querySelector('[data-column=recommendation]')),
        cell(row.querySelector('[data-column=openFindings]')),
        cell(row.querySelector('[data-column=nextExpiry]')),
        cell(row.querySelector('[data-column=nextReview]')),
      ];
    }),
  );
}

const names = (page: Page) => page.locator('tr[data-portfolio-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-vendor-name')));

async function expectNames(page: Page, expected: string[]) {
  await page.waitForFunction(
    (list) => [...document.querySelectorAll('tr[data-portfolio-row]')].map((r) => r.getAttribute('data-vendor-name')).join('|') === list.join('|'),
    expected,
  );
  expect(await names(page)).toEqual(expected);
}

describe('portfolio dashboard', () => {
  it('lists every vendor with its figures, sorts, filters, shows the expiry timeline and opens a vendor', async () => {
    app = await launchTestApp();
    const { page } = app;
    const seeded = await seed(page, plan);

    // The seeded assessments score as the plan's comments say.
    expect(Object.fromEntries(Object.entries(seeded).map(([name, s]) => [name, s.summary?.residualRisk ?? null]))).toEqual({
      'Genesys Cloud': 'low',
      'NICE CXone': 'medium',
      Five9: 'critical',
      Talkdesk: 'low',
      Zendesk: null,
      'Amazon Connect': null,
      'Salesforce Service Cloud': 'low',
    });
    const rating = (name: string) => String(Math.round(seeded[name]!.summary!.score!));

    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: 'Portfolio' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.locator('tr[data-portfolio-row]').first().waitFor();

    // Default order: soonest review first (overdue, then due now, then by date).
    expect(await tableRows(page)).toEqual([
      [
        'Talkdesk Draft Assessed 5 Dec 2024',
        'Medium',
        rating('Talkdesk'),
        'With conditions',
        // Its medium finding was accepted for six months from the seed's 2020 clock: that has run out, so it is open again.
        '1 critical 1 high 1 acceptance ran out',
        '31 Dec 2029 1 already expired',
        '31 Oct 2025 Overdue · 4 months ago',
      ],
      ['Five9 Assessed 10 Jun 2025', 'High', rating('Five9'), 'Rejected', 'None open', '31 Mar 2026 SOC 2 Type II', '10 Dec 2025 Overdue · 3 months ago'],
      ['Amazon Connect Not assessed', '—', '—', '—', '—', '—', 'Due now No final assessment'],
      ['Zendesk First assessment in draft', 'Low', '—', '—', '—', '—', 'Due now No final assessment'],
      ['Genesys Cloud Assessed 20 Nov 2025', 'Low', rating('Genesys Cloud'), 'Approved', 'None open', '30 Apr 2026 ISO/IEC 27001', '30 Apr 2026 in 59 days'],
      [
        'Salesforce Service Cloud Assessed 15 Jan 2026',
        'Medium',
        rating('Salesforce Service Cloud'),
        'Approved',
        'None open',
        '15 Jul 2026 ISO/IEC 27017',
        '15 Jul 2026 in 4 months',
      ],
      ['NICE CXone Assessed 10 Jun 2025', 'High', rating('NICE CXone'), 'Approved', 'None open', '31 Dec 2029 BSI C5', '10 Jun 2027 in 15 months'],
    ]);
    await expect(page.locator('th[aria-sort=ascending]').textContent()).resolves.toBe('Next review');

    // Key figures.
    await expect(texts(page, '[data-figure]')).resolves.toEqual([
      'Vendors 7 2 without a final assessment',
      'Decisions 3 Approved 1 With conditions 1 Rejected',
      'Open critical and high findings 2 1 critical · 1 high',
      'Reviews overdue 2 Show in table',
      'Certificates expiring within 90 days 2 1 already expired',
    ]);

    // Sorting by a column: names A–Z, then by open findings (most severe first, vendors without figures last).
    await page.getByRole('button', { name: 'Vendor', exact: true }).click();
    await expectNames(page, ['Amazon Connect', 'Five9', 'Genesys Cloud', 'NICE CXone', 'Salesforce Service Cloud', 'Talkdesk', 'Zendesk']);
    await expect(page.locator('th[aria-sort=ascending]').textContent()).resolves.toBe('Vendor');
    await page.getByRole('button', { name: 'Vendor', exact: true }).click();
    await expect(page.locator('th[aria-sort=descending]').textContent()).resolves.toBe('Vendor');
    await expectNames(page, ['Zendesk', 'Talkdesk', 'Salesforce Service Cloud', 'NICE CXone', 'Genesys Cloud', 'Five9', 'Amazon Connect']);
    await page.getByRole('button', { name: 'Open findings', exact: true }).click();
    await expect(page.locator('th[aria-sort=descending]').textContent()).resolves.toBe('Open findings');
    await expectNames(page, ['Talkdesk', 'Five9', 'Genesys Cloud', 'NICE CXone', 'Salesforce Service Cloud', 'Amazon Connect', 'Zendesk']);

    // Filters: overdue reviews, then certificates expiring within 90 days, then a name search with the tier filter.
    await page.getByLabel('Review overdue').check();
    await expectNames(page, ['Talkdesk', 'Five9']);
    await expect(page.locator('.portfolio-count').textContent()).resolves.toBe('2 of 7 vendors');
    await page.getByLabel('Review overdue').uncheck();
    await page.getByLabel('Certificates', { exact: true }).selectOption('90');
    await expectNames(page, ['Five9', 'Genesys Cloud']);
    await page.getByLabel('Certificates', { exact: true }).selectOption('expired');
    await expectNames(page, ['Talkdesk']);
    await page.getByLabel('Certificates', { exact: true }).selectOption('');
    await page.getByLabel('Tier', { exact: true }).selectOption('high');
    await expectNames(page, ['Five9', 'NICE CXone']);
    await page.getByRole('searchbox', { name: 'Search vendors' }).fill('nice');
    await expectNames(page, ['NICE CXone']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('tr[data-portfolio-row]').length === 7);
    // A key figure is a filter too.
    await page.locator('[data-figure=overdue] button').click();
    await expect(page.getByLabel('Review overdue').isChecked()).resolves.toBe(true);
    await expectNames(page, ['Talkdesk', 'Five9']);
    await page.locator('[data-figure=overdue] button').click();

    // Timeline: expired first, then the twelve months from March 2026.
    await expect(page.locator('[data-timeline-month]').evaluateAll((items) => items.map((i) => i.getAttribute('data-timeline-month')))).resolves.toEqual([
      'expired',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    await expect(texts(page, '[data-timeline-month] .portfolio-strip-count')).resolves.toEqual([
      '1',
      '1',
      '1',
      '0',
      '0',
      '2',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    await expect(texts(page, '[data-timeline-group] h3')).resolves.toEqual(['Expired 1', 'March 2026 1', 'April 2026 1', 'July 2026 2', 'September 2026 1']);
    await expect(page.locator('[data-timeline-entry]').evaluateAll((items) => items.map((i) => i.getAttribute('data-timeline-entry')))).resolves.toEqual([
      'Talkdesk · SOC 2 Type II · 2025-10-31',
      'Five9 · SOC 2 Type II · 2026-03-31',
      'Genesys Cloud · ISO/IEC 27001 · 2026-04-30',
      'Salesforce Service Cloud · ISO/IEC 27017 · 2026-07-15',
      'Salesforce Service Cloud · ISO/IEC 27701 · 2026-07-15',
      'Five9 · ISO/IEC 27001 · 2026-09-30',
    ]);

    // A click anywhere on a row opens the vendor.
    await page.locator('tr[data-vendor-name="Five9"] [data-column=tier]').click();
    await page.waitForFunction((id) => window.location.hash === `#/vendors/${id}`, seeded.Five9!.vendorId);
    await page.getByRole('heading', { name: 'Five9', level: 1 }).waitFor();

    // Back on the dashboard the sort is kept; by keyboard: arrow down to the next vendor, Enter opens it.
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.locator('tr[data-portfolio-row]').first().waitFor();
    await expect(page.locator('th[aria-sort=descending]').textContent()).resolves.toBe('Open findings');
    await page.locator('tr[data-vendor-name="Talkdesk"] a').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-vendor-name'))).resolves.toBe('Five9');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.location.hash === `#/vendors/${id}`, seeded['Genesys Cloud']!.vendorId);
  });

  it('works out the figures of a final assessment kept before they existed, once, and stores them', async () => {
    app = await launchTestApp();
    const { page } = app;
    // Without vendors the dashboard says how to get started.
    await page.locator('[data-app-ready]').waitFor();
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'No vendors in the portfolio yet' }).waitFor();
    await expect(page.getByRole('link', { name: 'Go to vendors' }).getAttribute('href')).resolves.toBe('#/vendors');

    const seeded = await seed(page, [
      {
        name: 'Five9',
        final: {
          assessmentDate: '2025-09-01',
          profile: 'medium',
          answers: 'best',
          certifications: { 'SEC-ISO27001': '2026-05-31' },
          weak: [
            ['critical', 'open'],
            ['high', 'resolved'],
          ],
          legacySummary: true,
        },
      },
    ]);
    const call = await loadPageModule(page, seedModule);
    const finalId = seeded.Five9!.finalId!;
    const before = seeded.Five9!.stored!;
    expect(before.summary.openFindings).toBeUndefined();
    expect(before.summary.certifications).toBeUndefined();

    await page.locator('tr[data-portfolio-row]').first().waitFor();
    expect(await tableRows(page)).toEqual([
      [
        'Five9 Assessed 1 Sept 2025',
        'Medium',
        String(Math.round(seeded.Five9!.summary!.score!)),
        'With conditions',
        '1 critical',
        '31 May 2026 ISO/IEC 27001',
        '31 May 2026 in 3 months',
      ],
    ]);
    const after = (await call<{ summary: AssessmentSummary; updatedAt: string }>('storedAssessment', finalId))!;
    const stored = after.summary;
    // The same figures the finalise dialog would have written.
    expect(stored.openFindings).toEqual({ critical: 1, high: 0, medium: 0, low: 0 });
    expect(stored.openFindings).toEqual(seeded.Five9!.summary!.openFindings);
    expect(stored.certifications).toEqual(seeded.Five9!.summary!.certifications);
    expect(stored.certifications).toContainEqual({ questionId: 'SEC-ISO27001', name: 'ISO/IEC 27001', status: 'valid', validUntil: '2026-05-31' });
    // The rest of the summary is untouched.
    const { openFindings: _o, certifications: _c, ...rest } = stored;
    const { openFindings: _so, certifications: _sc, ...seededRest } = seeded.Five9!.summary!;
    expect(rest).toEqual(seededRest);
    // Filling in derived figures is not an edit of the assessment, and nothing is left to do on the next visit.
    expect(after.updatedAt).toBe(before.updatedAt);
    await expect(call<string[]>('missingFigures')).resolves.toEqual([]);
  });

  it('keeps the open findings and certifications with an assessment finalised in the app', async () => {
    app = await launchTestApp();
    const { page } = app;
    const seeded = await seed(page, [
      {
        name: 'Talkdesk',
        final: {
          assessmentDate: '2026-02-16',
          profile: 'medium',
          answers: 'best',
          certifications: { 'SEC-SOC2T2': '2025-06-30' },
          weak: [
            ['critical', 'resolved'],
            ['high', 'open'],
            ['medium', 'inProgress'],
          ],
          leaveDraft: true,
        },
      },
    ]);
    const assessmentId = seeded.Talkdesk!.finalId!;
    await page.evaluate((id) => (window.location.hash = `#/assessments/${id}`), assessmentId);
    await page.getByRole('button', { name: 'Finalise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalise assessment' });
    await dialog.getByRole('button', { name: 'Finalise' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = (await (await loadPageModule(page, seedModule))<{ summary: AssessmentSummary }>('storedAssessment', assessmentId))!.summary;
    // Resolved findings are closed, in-progress ones still open.
    expect(stored.openFindings).toEqual({ critical: 0, high: 1, medium: 1, low: 0 });
    expect(stored.openFindings).toEqual(seeded.Talkdesk!.summary!.openFindings);
    expect(stored.certifications).toEqual(seeded.Talkdesk!.summary!.certifications);
    // The SOC 2 period ended 30 Jun 2025, so the report counts until 30 Jun 2026: 134 days after the assessment, valid.
    expect(stored.certifications).toContainEqual({ questionId: 'SEC-SOC2T2', name: 'SOC 2 Type II', status: 'valid', validUntil: '2026-06-30' });

    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.locator('tr[data-portfolio-row]').first().waitFor();
    const [row] = await tableRows(page);
    expect(row!.slice(4)).toEqual(['1 high + 1 medium/low', '30 Jun 2026 SOC 2 Type II', '30 Jun 2026 in 4 months']);
  });
});
