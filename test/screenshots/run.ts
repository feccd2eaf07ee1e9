// `npm run screenshots`: the main screens in English and German, written to docs/screenshots/.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { screenshotPlan } from '../e2e/page/portfolio-plans';
import { FIXED_NOW, launchTestApp } from '../support/app';
import * as hostile from '../support/hostile-pdfs';
import { loadPageModule } from '../support/page-module';

const outDir = resolve(__dirname, '../../docs/screenshots');
const vendors = ['Genesys Cloud', 'NICE CXone', 'Five9', 'Talkdesk', 'Amazon Connect', 'Salesforce Service Cloud', 'Zendesk'];

const labels = {
  en: { newAssessment: 'New assessment', service: 'Service in scope', assessor: 'Assessor', start: 'Start assessment', next: 'Next' },
  de: { newAssessment: 'Neue Bewertung', service: 'Bewertete Leistung', assessor: 'Bewertet von', start: 'Bewertung beginnen', next: 'Weiter' },
};

async function capture(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const l = labels[lang];
  const app = await launchTestApp({ locale });
  const { page } = app;
  const shot = (name: string, fullPage = false) => page.screenshot({ path: join(outDir, `${name}-${lang}.png`), fullPage });
  try {
    await page.locator('[data-app-ready]').waitFor();
    await shot('vendors-empty');
    for (const name of vendors) {
      await page.keyboard.press('Control+N');
      await page.locator('dialog input').fill(name);
      await page.keyboard.press('Enter');
      await page.locator('dialog').waitFor({ state: 'detached' });
    }
    await page.keyboard.press('Control+N');
    await page.locator('dialog input').fill('five9');
    await page.keyboard.press('Enter');
    await page.locator('dialog [role=alert]').waitFor();
    await shot('vendor-duplicate');
    await page.keyboard.press('Escape');

    await page.locator('.vendor-label', { hasText: 'Genesys Cloud' }).click();
    await page.getByRole('link', { name: l.newAssessment }).first().click();
    await page.getByLabel(l.service).fill(lang === 'en' ? 'Cloud contact centre with AI virtual agents' : 'Cloud-Contact-Center mit KI-Sprachassistenten');
    await page.getByLabel(l.assessor).fill('Alex Example');
    await shot('intake', true);
    await page.getByRole('button', { name: l.start }).click();
    await page.locator('.question-card').waitFor();
    // Certifications first: ISO 27001 held, then a few graded answers.
    await page.locator('.answer-form input[type=radio]').first().check();
    await page
      .locator('.answer-form [data-date-input]')
      .nth(1)
      .fill(lang === 'en' ? '31/03/2027' : '31.03.2027');
    for (let i = 0; i < 14; i += 1) {
      await page.keyboard.press('Alt+ArrowRight');
      await page.waitForTimeout(120);
      await page.keyboard.press(String((i % 3) + 1));
    }
    await page.waitForTimeout(600);
    await page
      .locator('.evidence input[type=file]')
      .setInputFiles({ name: 'pen-test-summary-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 summary') });
    await page.locator('.evidence-list li').waitFor();
    await page.waitForTimeout(300);
    await shot('questionnaire');
    // A SOC 2 report as it states its facts: the period, the issue date, and how long it counts as current.
    const questionUrl = page.url();
    await page.goto(questionUrl.replace(/\/questions\/.*$/, '/questions/SEC-SOC2T2'));
    const soc2 = page.locator('form[data-question="SEC-SOC2T2"]');
    await soc2.locator('input[type=radio][value=yes]').check();
    const typeDate = (field: string, iso: string) => soc2.locator(`input[name="cert.${field}"]`).fill(iso);
    await soc2.locator('input[name="cert.certificateId"]').fill('SOC2-2025-0142');
    await soc2.locator('input[name="cert.issuer"]').fill('Example Assurance LLP');
    await soc2
      .locator('input[name="cert.scope"]')
      .fill(lang === 'en' ? 'Contact centre platform, EU and US regions' : 'Contact-Center-Plattform, Regionen EU und USA');
    await typeDate('periodStart', '2025-01-01');
    await typeDate('periodEnd', '2025-12-31');
    await typeDate('issueDate', '2026-01-20');
    await page.locator('#question-text').focus();
    await page.locator('[data-save-state=saved]').waitFor();
    await shot('question-certification', true);

    // An answer that is not valid yet: kept as a draft, the error at its field.
    await page.goto(questionUrl.replace(/\/questions\/.*$/, '/questions/RSL-SLA'));
    await page.locator('form[data-question="RSL-SLA"] input[inputmode=decimal]').fill('85');
    await page
      .locator('form[data-question="RSL-SLA"] textarea[name=note]')
      .fill(lang === 'en' ? 'Vendor quoted 85 % for the EU region only.' : 'Anbieter nennt 85 % nur für die EU-Region.');
    await page.locator('[data-save-state=draft]').waitFor();
    await shot('question-draft');
    await page.locator('#question-text').focus();
    await page.keyboard.press('?');
    await page.locator('[data-shortcuts]').waitFor();
    await shot('shortcuts');
    await page.keyboard.press('Escape');
    await page.locator('form[data-question="RSL-SLA"] input[inputmode=decimal]').fill('99.95');
    await page.locator('[data-save-state=saved]').waitFor();
    await page.goto(questionUrl.replace(/\/questions\/.*$/, '/findings'));
    await page.locator('.findings-table').waitFor();
    await shot('findings', true);
    await page.goto(`${app.origin}/index.html#/vendors`);
    await page.locator('.vendor-label').first().waitFor();
    await shot('vendors');
    await page.goto(`${app.origin}/index.html#/settings`);
    await page.locator('[data-storage-state]:not([data-storage-state=unknown])').waitFor();
    await shot('settings');

    // Portfolio: a seeded portfolio as of FIXED_NOW, in a taller window so more rows show.
    await page.clock.setFixedTime(FIXED_NOW);
    await (
      await loadPageModule(page, resolve(__dirname, '../e2e/page/portfolio-seed.ts'))
    )('seedPortfolio', screenshotPlan);
    await page.setViewportSize({ width: 1280, height: 1240 });
    await page.goto(`${app.origin}/index.html#/portfolio`);
    await page.reload();
    await page.locator('tr[data-portfolio-row]').first().waitFor();
    await page.waitForTimeout(300);
    await shot('portfolio', true);
  } finally {
    await app.close();
  }
}

/** The comparison of six sample vendors after a weight change, in its own profile. */
async function captureCompare(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const app = await launchTestApp({ locale });
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1440, height: 1400 });
    await page.locator('[data-app-ready]').waitFor();
    const ids = await (await loadPageModule(page, resolve(__dirname, '../e2e/page/compare-seed.ts')))<string[]>('seedSampleVendors', 6);
    await page.goto(`${app.origin}/index.html#/compare/${ids.join(',')}`);
    await page.reload();
    await page.locator('[data-ranked-vendor]').first().waitFor();
    await page.locator('[data-preset=privacyFirst]').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `compare-${lang}.png`), fullPage: true });
  } finally {
    await app.close();
  }
}

/** A finalised assessment's history as it holds, then after one answer was changed behind Assay's back: the page and the history. */
async function captureHistory(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const app = await launchTestApp({ locale });
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('[data-app-ready]').waitFor();
    const seeded = await (
      await loadPageModule(page, resolve(__dirname, '../e2e/page/compare-seed.ts'))
    )<{ assessmentId: string; status: string }[]>('seedFinalisedComparison');
    const id = seeded.find((entry) => entry.status === 'final')!.assessmentId;
    await page.goto(`${app.origin}/index.html#/assessments/${id}/history`);
    await page.locator('[data-testid=history-holds]').waitFor();
    await page.screenshot({ path: join(outDir, `history-${lang}.png`), fullPage: true });
    await page.evaluate(
      (assessmentId) =>
        new Promise<void>((done) => {
          const request = indexedDB.open('assay');
          request.onsuccess = () => {
            const tx = request.result.transaction('answers', 'readwrite');
            // The first answer of the finalised assessment gets its note reworded.
            const cursor = tx.objectStore('answers').index('assessmentId').openCursor(IDBKeyRange.only(assessmentId));
            cursor.onsuccess = () => cursor.result?.update({ ...cursor.result.value, note: 'Confirmed in the vendor’s SOC 2 report.' });
            tx.oncomplete = () => done();
          };
        }),
      id,
    );
    await page.goto(`${app.origin}/index.html#/assessments/${id}`);
    await page.reload();
    await page.locator('[data-testid=history-altered]').waitFor();
    await page.screenshot({ path: join(outDir, `history-altered-page-${lang}.png`) });
    await page.goto(`${app.origin}/index.html#/assessments/${id}/history`);
    await page.locator('.history-flagged').waitFor();
    await page.screenshot({ path: join(outDir, `history-altered-${lang}.png`) });
  } finally {
    await app.close();
  }
}

/** Verify PDF on a report signed twice (by this device's identity, then by a stranger), and on a forged one. */
async function captureVerify(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const app = await launchTestApp({ locale });
  const { page } = app;
  const sign = async (dataDir: string, name: string, pdf: Buffer, widgetRect: [number, number, number, number]) => {
    const store = createIdentityStore({ dataDir, now: () => FIXED_NOW });
    const summary = await store.generate({ name, organisation: 'Example Buyer GmbH', email: 'alex@example.com', passphrase: 'screenshot passphrase' });
    const identity = await store.unlock(summary.id, 'screenshot passphrase');
    return signPdf(pdf, identity, { name, reason: 'Vendor risk assessment', location: 'Berlin', contactInfo: '', signingTime: FIXED_NOW, widgetRect });
  };
  try {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.locator('[data-app-ready]').waitFor();
    const once = await sign(app.dataDir, 'Alex Example', await hostile.reportPdf(hostile.assessmentJson('Talkdesk')), [40, 40, 300, 110]);
    const twice = await sign(join(app.dataDir, '..', 'elsewhere'), 'Robin Sender', once, [320, 40, 560, 110]);
    await page.goto(`${app.origin}/index.html#/verify`);
    const choose = page.locator('input[type=file]');
    await choose.setInputFiles({ name: 'talkdesk-assessment.pdf', mimeType: 'application/pdf', buffer: twice });
    await page.locator('.verify-verdict').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, `verify-${lang}.png`), fullPage: true });
    await choose.setInputFiles({ name: 'forged.pdf', mimeType: 'application/pdf', buffer: hostile.signatureWrapping(once) });
    await page.locator('.verify-verdict[data-verdict=malformed]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, `verify-malformed-${lang}.png`), fullPage: true });
  } finally {
    await app.close();
  }
}

/** The questionnaire manager with the import preview of a questionnaire of six domains of its own, then the list. */
async function captureQuestionnaires(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const { questionnaireFileText } = await import('@shared/questionnaire/exchange');
  const { sixDomains } = await import('../fixtures/six-domain-questionnaire');
  const app = await launchTestApp({ locale });
  const { page } = app;
  try {
    await page.locator('[data-app-ready]').waitFor();
    await page.goto(`${app.origin}/index.html#/questionnaires`);
    await page.locator('tr[data-questionnaire]').first().waitFor();
    const file = { name: 'contact-centre.json', mimeType: 'application/json', buffer: Buffer.from(questionnaireFileText(sixDomains)) };
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('[data-import-preview]').waitFor();
    await page.screenshot({ path: join(outDir, `questionnaire-import-${lang}.png`) });
    await page.locator('dialog[open] button[type=submit]').click();
    await page.locator('tr[data-questionnaire="contact-centre-outsourcing@2.1.0"]').waitFor();
    await page
      .locator('.toast')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => {});
    await page.screenshot({ path: join(outDir, `questionnaires-${lang}.png`) });
  } finally {
    await app.close();
  }
}

/** The vendor exchange: the pack dialog, the import preview with a differing answer, an answer's source, CAIQ suggestions. */
async function captureVendorExchange(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const l = labels[lang];
  const { readdir, readFile } = await import('node:fs/promises');
  const { builtInQuestionnaire } = await import('@shared/questionnaire/bank');
  const { ccmReferencesOf } = await import('@shared/caiq/ccm-references');
  const { fillPack, vendorAnswer } = await import('../support/response-pack');
  const { caiqWorkbookXlsx } = await import('../support/caiq-workbook');
  const words = {
    en: {
      pack: 'Response pack for the vendor…',
      buyer: 'Your organisation',
      contact: 'Contact for questions',
      save: 'Save workbook',
      import: 'Import vendor response…',
      caiq: 'Read the vendor’s CAIQ…',
    },
    de: {
      pack: 'Antwortpaket für den Anbieter…',
      buyer: 'Ihre Organisation',
      contact: 'Ansprechpartner für Rückfragen',
      save: 'Arbeitsmappe speichern',
      import: 'Antworten des Anbieters importieren…',
      caiq: 'CAIQ des Anbieters lesen…',
    },
  }[lang];
  const app = await launchTestApp({ locale });
  const { page, dataDir } = app;
  const shot = (name: string) => page.screenshot({ path: join(outDir, `${name}-${lang}.png`) });
  try {
    await page.locator('[data-app-ready]').waitFor();
    await page.keyboard.press('Control+N');
    await page.locator('dialog input').fill('Talkdesk');
    await page.keyboard.press('Enter');
    await page.locator('dialog').waitFor({ state: 'detached' });
    await page.locator('.vendor-label', { hasText: 'Talkdesk' }).click();
    await page.getByRole('link', { name: l.newAssessment }).first().click();
    await page.getByLabel(l.service).fill(lang === 'en' ? 'Cloud contact centre' : 'Cloud-Contact-Center');
    await page.getByLabel(l.assessor).fill('Alex Example');
    await page.getByRole('button', { name: l.start }).click();
    await page.locator('.question-card').waitFor();
    // The assessor has answered two questions already; the vendor will answer one of them differently.
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Alt+ArrowRight');
      await page.waitForTimeout(150);
    }
    await page.keyboard.press('3');
    await page.waitForTimeout(600);

    await page.getByRole('button', { name: words.pack }).click();
    await page.getByLabel(words.buyer).fill('Musterbank AG');
    await page.getByLabel(words.contact).fill('Procurement, procurement@musterbank.example');
    await shot('response-pack');
    await page.getByRole('button', { name: words.save }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const saved = (await readdir(join(dataDir, 'reports'))).find((f) => f.endsWith('.xlsx'))!;
    const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, vendorAnswer(q, i)]));
    const filled = await fillPack(await readFile(join(dataDir, 'reports', saved)), builtInQuestionnaire, answers, lang);

    await page.getByRole('button', { name: words.import }).click();
    await page.locator('dialog[open] input[type=file]').setInputFiles({ name: 'talkdesk-answers.xlsx', mimeType: 'application/octet-stream', buffer: filled });
    await page.locator('[data-testid=response-preview]').waitFor();
    await shot('vendor-response-import');
    await page.locator('dialog[open] .dialog-footer .button-primary').click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    // The question on screen kept the assessor's answer; the next one is the vendor's.
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('[data-answer-source]').waitFor();
    await page
      .locator('.toast')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => {});
    await shot('answer-source');

    const controls = [
      ...new Set(
        questions
          .filter((q) => q.answer.type === 'yesNo')
          .map((q) => ccmReferencesOf(q.id)[0])
          .filter(Boolean),
      ),
    ].slice(0, 6);
    const caiq = await caiqWorkbookXlsx(
      controls.map((control, i) => ({
        id: `${control}.1`,
        answer: ['Yes', 'Yes', 'No', 'Yes', 'NA', 'Yes'][i]!,
        ownership: ['CSP-owned', 'Shared CSP and CSC', 'CSP-owned', 'CSC-owned', 'CSP-owned', '3rd-party outsourced'][i]!,
        implementation: 'Placeholder text of the vendor’s implementation description.',
      })),
    );
    await page.getByRole('button', { name: words.caiq }).click();
    await page.locator('dialog[open] input[type=file]').setInputFiles({ name: 'talkdesk-caiq.xlsx', mimeType: 'application/octet-stream', buffer: caiq });
    await page.locator('[data-testid=caiq-review]').waitFor();
    await shot('caiq-suggestions');
  } finally {
    await app.close();
  }
}

const bundleLabels = {
  en: {
    export: 'Export bundle…',
    run: 'Export bundle',
    import: 'Import bundle…',
    apply: 'Import 2 assessments',
    open: 'Open Talkdesk',
    settings: 'Settings',
    vendors: 'Vendors',
  },
  de: {
    export: 'Als Paket exportieren…',
    run: 'Paket exportieren',
    import: 'Paket importieren…',
    apply: '2 Bewertungen importieren',
    open: 'Talkdesk öffnen',
    settings: 'Einstellungen',
    vendors: 'Anbieter',
  },
};

/** A bundle exported on one machine and imported on another, the received assessment, and Settings' backups. */
async function captureBundles(locale: 'en-GB' | 'de-DE') {
  const lang = locale.slice(0, 2) as 'en' | 'de';
  const l = bundleLabels[lang];
  const sender = await launchTestApp({ locale });
  const recipient = await launchTestApp({ locale });
  try {
    let page = sender.page;
    const shot = (name: string, fullPage = false) => page.screenshot({ path: join(outDir, `${name}-${lang}.png`), fullPage });
    await page.locator('[data-app-ready]').waitFor();
    await (
      await loadPageModule(page, resolve(__dirname, '../e2e/page/bundle-checks.ts'))
    )('seedAppDatabase');
    await page.reload();
    await page.locator('.vendor-label', { hasText: 'Talkdesk' }).click();
    await page.getByRole('button', { name: l.export }).click();
    await page.locator('dialog[open]').waitFor();
    await shot('bundle-export');
    await page.getByRole('button', { name: l.run, exact: true }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const saved = (await readdir(join(sender.dataDir, 'reports'))).find((f) => f.endsWith('.assay'))!;
    const bundle = await readFile(join(sender.dataDir, 'reports', saved));

    page = recipient.page;
    await page.locator('[data-app-ready]').waitFor();
    await page.getByRole('button', { name: l.import }).click();
    await page.locator('dialog[open] input[type=file]').setInputFiles({ name: saved, mimeType: 'application/zip', buffer: bundle });
    await page.locator('[data-testid=bundle-preview]').waitFor();
    await shot('bundle-import');
    await page.getByRole('button', { name: l.apply }).click();
    await page.getByRole('link', { name: l.open }).click();
    await page.locator('.vendors-received').first().waitFor();
    await shot('vendor-received', true);
    await page.locator('.vendors-history a').first().click();
    await page.locator('.received-banner').waitFor();
    await shot('assessment-received');
    await page.locator('.sidebar nav a').first().click();
    await page.locator('.vendors-received').first().waitFor();
    await shot('vendors-received');
    // The import is backed up automatically within seconds; Settings lists it.
    await page.waitForTimeout(12_000);
    await page.getByRole('link', { name: l.settings }).click();
    await page.locator('[data-backup]').first().waitFor();
    await page.locator('[data-testid=backups]').scrollIntoViewIfNeeded();
    await shot('settings-backups', true);
    // The start screens for a lost database, one written by a newer version, and one that cannot be opened.
    await (
      await loadPageModule(page, resolve(__dirname, '../e2e/page/bundle-checks.ts'))
    )('deleteAppDatabase');
    await page.reload();
    await page.locator('.start-problem strong').waitFor();
    await shot('start-lost');
    await (
      await loadPageModule(page, resolve(__dirname, '../e2e/page/bundle-checks.ts'))
    )('raiseAppDatabaseVersion', 50);
    await page.reload();
    await page.locator('.start-problem').waitFor();
    await shot('start-newer');
    await recipient.context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (name === 'assay') throw new DOMException('The database is damaged.', 'UnknownError');
        return version === undefined ? open.call(this, name) : open.call(this, name, version);
      };
    });
    await page.reload();
    await page.locator('.start-problem strong').waitFor();
    await shot('start-unreadable');
    await page.locator('.start-problem .button-primary').click();
    await page.locator('[data-testid=restore-preview]').waitFor();
    await shot('start-unreadable-restore');
  } finally {
    await sender.close();
    await recipient.close();
  }
}

async function main() {
  await mkdir(outDir, { recursive: true });
  if (process.argv.includes('bundles')) {
    await captureBundles('en-GB');
    await captureBundles('de-DE');
    return;
  }
  if (process.argv.includes('questionnaires')) {
    await captureQuestionnaires('en-GB');
    await captureQuestionnaires('de-DE');
    return;
  }
  if (process.argv.includes('vendor-exchange')) {
    await captureVendorExchange('en-GB');
    await captureVendorExchange('de-DE');
    return;
  }
  if (process.argv.includes('history')) {
    await captureHistory('en-GB');
    await captureHistory('de-DE');
    return;
  }
  if (process.argv.includes('compare')) {
    await captureCompare('en-GB');
    await captureCompare('de-DE');
    return;
  }
  if (process.argv.includes('verify')) {
    await captureVerify('en-GB');
    await captureVerify('de-DE');
    return;
  }
  await captureVerify('en-GB');
  await captureVerify('de-DE');
  await capture('en-GB');
  await capture('de-DE');
  await captureCompare('en-GB');
  await captureCompare('de-DE');
  await captureHistory('en-GB');
  await captureHistory('de-DE');
  await captureQuestionnaires('en-GB');
  await captureQuestionnaires('de-DE');
  await captureVendorExchange('en-GB');
  await captureVendorExchange('de-DE');
  await captureBundles('en-GB');
  await captureBundles('de-DE');
  console.log(`Screenshots written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
