import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { refusalCodes } from '../../renderer/src/features/identities/model';
import { signingDe, signingEn } from '@shared/i18n/signing';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { attachmentProblems, problemCodes } from '@shared/verify/report';
import { FIXED_NOW, launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';
import { pdfWithAttachment, simplePdf } from '../support/pdf-tools';

const receivedChecks = resolve(__dirname, 'page/received-checks.ts');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PASSPHRASE = 'correct horse battery staple';
const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

async function open(locale = 'en-GB'): Promise<Page> {
  app = await launchTestApp({ locale });
  await app.page.locator('[data-app-ready]').waitFor();
  return app.page;
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Signing identities', level: 2 }).waitFor();
  await page.locator('.identities-empty, .identities-list').first().waitFor();
}

async function identityFiles(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'identities'))).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

/** Every file under a folder, recursively, as text. */
async function allText(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')));
  return texts.join('\n');
}

const assessmentExport = (overrides: { questionnaireVersion?: string; answer?: unknown; source?: unknown } = {}) => ({
  format: 'assay-assessment',
  schemaVersion: 1,
  exportedAt: FIXED_NOW.toISOString(),
  vendor: { name: 'Talkdesk', website: 'https://talkdesk.com', services: ['Cloud contact centre', ' cloud  contact centre '] },
  assessment: {
    id: 'source-assessment-id',
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion: overrides.questionnaireVersion ?? builtInQuestionnaire.version,
    status: 'final',
    revision: 2,
    serviceName: 'Cloud contact centre for EU customer service',
    assessor: 'Robin Sender',
    assessmentDate: '2026-02-20',
    profile: {
      dataCategories: ['personal'],
      aiAutonomy: 'none',
      criticality: 'medium',
      regulatoryScope: ['gdpr'],
      sector: 'retail',
      requiresEuResidency: false,
    },
    domainWeights: {},
    finalisedAt: '2026-02-21T10:00:00.000Z',
  },
  answers: [
    {
      questionId: 'SEC-RBAC',
      answer: overrides.answer ?? { status: 'answered', value: 'yes' },
      note: 'Seen in the admin console.',
      ...(overrides.source ? { source: overrides.source } : {}),
    },
  ],
  evidence: [{ questionId: 'SEC-RBAC', fileName: 'rbac.png', mediaType: 'image/png', size: 1234, sha256: 'a'.repeat(64) }],
  findings: [{ findingId: 'M-1', status: 'open', manual: { title: 'Missing DPA annex', severity: 'medium', remediation: 'Sign the annex.' } }],
});

/** Signs a PDF with a new identity stored in `dataDir` (the app's own folder makes the signer trusted). */
async function signWithNewIdentity(dataDir: string, pdf: Buffer, who = { name: 'Robin Sender', organisation: 'Sender AG', email: 'robin@sender.example' }) {
  const store = createIdentityStore({ dataDir, now: () => FIXED_NOW });
  const summary = await store.generate({ ...who, passphrase: PASSPHRASE });
  const identity = await store.unlock(summary.id, PASSPHRASE);
  const signed = await signPdf(pdf, identity, {
    name: summary.name,
    reason: 'Vendor risk assessment',
    location: 'Berlin',
    contactInfo: summary.email ?? '',
    signingTime: FIXED_NOW,
    widgetRect: [40, 40, 300, 110],
  });
  return { summary, signed };
}

async function verify(page: Page, name: string, buffer: Buffer, mimeType = 'application/pdf') {
  await page.getByLabel('Choose PDF…').setInputFiles({ name, mimeType, buffer });
  await page.locator('.verify-file', { hasText: name }).waitFor();
}

describe('messages', () => {
  it('has an English and a distinct German message for every refusal, verification problem and attachment problem', () => {
    for (const code of refusalCodes) {
      expect(signingEn.identities.refusals[code]).toBeTruthy();
      expect(signingDe.identities.refusals[code]).toBeTruthy();
      expect(signingDe.identities.refusals[code]).not.toBe(signingEn.identities.refusals[code]);
    }
    for (const code of problemCodes) {
      expect(signingEn.verify.problems[code]).toBeTruthy();
      expect(signingDe.verify.problems[code]).toBeTruthy();
      expect(signingDe.verify.problems[code]).not.toBe(signingEn.verify.problems[code]);
    }
    for (const code of attachmentProblems) {
      expect(signingEn.verify.attachment.problems[code]).toBeTruthy();
      expect(signingDe.verify.attachment.problems[code]).toBeTruthy();
      expect(signingDe.verify.attachment.problems[code]).not.toBe(signingEn.verify.attachment.problems[code]);
    }
  });
});

describe('signing identities in Settings', () => {
  it('creates a self-signed identity and lists it with its fingerprint; the passphrase is kept nowhere', async () => {
    const page = await open();
    await openSettings(page);
    await expect(page.locator('.identities-empty').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Create identity' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Alex Example');
    await page.getByLabel('Organisation (optional)').fill('Example Buyer GmbH');
    await page.getByLabel('Email (optional)').fill('alex@example.com');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    const item = page.locator('.identities-item', { hasText: 'Alex Example' });
    await item.waitFor();
    await expect(item.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Example Buyer GmbH');
    expect(text).toContain('alex@example.com');
    expect(text).toContain('Self-signed');
    expect(text).toContain('2 Mar 2026');
    expect(text).toContain('1 Mar 2028');
    const fingerprint = (await item.locator('.fingerprint').textContent())!.trim();
    expect(fingerprint).toMatch(FINGERPRINT);
    await expect(item.locator('.fingerprint').evaluate((node) => getComputedStyle(node).fontFamily)).resolves.toMatch(/mono/i);
    await page.getByText('Identity “Alex Example” created.').waitFor();

    // The form is closed and, opened again, starts empty.
    await page.getByRole('button', { name: 'Create identity' }).click();
    await expect(page.getByLabel('Passphrase', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Repeat passphrase').inputValue()).resolves.toBe('');

    expect(await identityFiles(app!.dataDir)).toHaveLength(1);
    expect(await allText(app!.dataDir)).not.toContain(PASSPHRASE);
    const webStorage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(webStorage).not.toContain(PASSPHRASE);
  });

  it('shows a field error for a repeat passphrase that does not match and creates nothing', async () => {
    const page = await open();
    await openSettings(page);
    await page.getByRole('button', { name: 'Create identity' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Alex Example');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await page.getByText('The passphrases do not match.').waitFor();
    await expect(page.getByLabel('Repeat passphrase').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Passphrase', { exact: true }).getAttribute('aria-invalid')).resolves.toBeNull();
    await page.waitForTimeout(300);
    await expect(page.locator('.identities-item').count()).resolves.toBe(0);
    await expect(page.locator('.identities-empty').isVisible()).resolves.toBe(true);
    expect(await identityFiles(app!.dataDir)).toHaveLength(0);
  });

  it('refuses a junk .p12 with the invalid-file message and a file over 1 MB before sending it', async () => {
    const page = await open();
    await openSettings(page);
    await page.getByRole('button', { name: 'Import PKCS#12' }).click();
    const file = page.getByLabel('PKCS#12 file (.p12, .pfx)');
    await expect(file.getAttribute('accept')).resolves.toContain('.p12');

    await file.setInputFiles({ name: 'oversized.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.alloc(1024 * 1024 + 1, 0x30) });
    await page.getByText('This file is larger than 1 MB').waitFor();
    await expect(file.getAttribute('aria-invalid')).resolves.toBe('true');

    await file.setInputFiles({ name: 'junk.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from('this is certainly not a PKCS#12 file') });
    await expect(page.getByText('This file is larger than 1 MB').count()).resolves.toBe(0);
    await page.getByLabel('Passphrase of the file').fill('some passphrase');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('This is not a readable PKCS#12 (.p12 / .pfx) file.').waitFor();
    // Nothing else changed: the passphrase is still there to correct, and no identity was added.
    await expect(page.getByLabel('Passphrase of the file').inputValue()).resolves.toBe('some passphrase');
    await expect(page.locator('.identities-item').count()).resolves.toBe(0);
    expect(await identityFiles(app!.dataDir)).toHaveLength(0);
  });
});

/** How many assessments the app's own IndexedDB holds. */
function assessmentCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('assay');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('assessments').objectStore('assessments').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/**
 * A signature whose byte range reaches past the end of the file: the bytes it
 * claims to cover do not exist, the classic start of a signature-wrapping
 * forgery. The array keeps its width, so no offset in the file moves.
 */
function withByteRangePastEnd(signed: Buffer): Buffer {
  const text = signed.toString('latin1');
  // The array is written into a fixed-width slot: the padding after it is part of the room we may use.
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\] */g)];
  const last = matches.at(-1);
  if (!last) throw new Error('no /ByteRange in the signed file');
  const [whole, a, b, c, d] = last as unknown as [string, string, string, string, string];
  const forged = `/ByteRange [${a} ${b} ${c} ${Number(d) + 4096}]`;
  if (forged.length > whole.length) throw new Error('the forged byte range does not fit');
  const out = Buffer.from(signed);
  out.write(forged.padEnd(whole.length, ' '), last.index, 'latin1');
  return out;
}

describe('verify page', () => {
  it('says a non-PDF file is not a readable PDF and an unsigned PDF is not signed', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Verify PDF' }).click();
    await page.getByRole('heading', { name: 'Verify a signed PDF', level: 1 }).waitFor();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#/verify');

    await verify(page, 'notes.txt', Buffer.from('Just some text, not a PDF.'), 'text/plain');
    await page.getByRole('heading', { name: 'Not a readable PDF' }).waitFor();
    await expect(page.locator('.verify-verdict').getAttribute('data-verdict')).resolves.toBe('unreadable');
    await page.getByText('The file does not start and end like a PDF.').waitFor();

    await verify(page, 'unsigned.pdf', await simplePdf());
    await page.getByRole('heading', { name: 'Not signed' }).waitFor();
    await expect(page.locator('.verify-verdict').getAttribute('data-verdict')).resolves.toBe('unsigned');
    await expect(page.locator('[role=status]', { hasText: 'Not signed' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.verify-signer').count()).resolves.toBe(0);

    // Over 100 MB: refused here, before it is read or sent.
    const huge = join(app!.dataDir, '..', 'huge.pdf');
    await writeFile(huge, '%PDF-1.7\n');
    await truncate(huge, 100 * 1024 * 1024 + 1);
    await page.getByLabel('Choose PDF…').setInputFiles(huge);
    await page.getByText('“huge.pdf” is larger than 100 MB and was not checked.').waitFor();
    await expect(page.locator('.verify-verdict').count()).resolves.toBe(0);
  });

  it('speaks German', async () => {
    const page = await open('de-DE');
    await page.getByRole('link', { name: 'PDF prüfen' }).click();
    await page.getByRole('heading', { name: 'Signiertes PDF prüfen', level: 1 }).waitFor();
    await page.getByLabel('PDF auswählen …').setInputFiles({ name: 'ohne-signatur.pdf', mimeType: 'application/pdf', buffer: await simplePdf() });
    await page.getByRole('heading', { name: 'Nicht signiert' }).waitFor();

    const { signed } = await signWithNewIdentity(app!.dataDir, await simplePdf());
    await page.getByLabel('PDF auswählen …').setInputFiles({ name: 'signiert.pdf', mimeType: 'application/pdf', buffer: signed });
    await page.getByRole('heading', { name: 'Gültige Signatur, seit dem Signieren unverändert' }).waitFor();
    const text = (await page.locator('.verify-verdict').textContent()) ?? '';
    expect(text).toContain('laut Uhr des Rechners, auf dem signiert wurde');
    expect(text).toMatch(/Revision \d+ von \d+, das gesamte Dokument/);
    expect(text).toContain('Vertrauenswürdig');
  });

  it('verifies a signed report, tells trusted from untrusted signers and changed files, and imports the assessment read-only', async () => {
    const page = await open();
    const json = JSON.stringify(assessmentExport());
    const { summary, signed } = await signWithNewIdentity(app!.dataDir, await pdfWithAttachment(json));
    await page.getByRole('link', { name: 'Verify PDF' }).click();

    // Appended after signing: the signed part is intact but does not cover the file.
    await verify(page, 'appended.pdf', Buffer.concat([signed, Buffer.from('\n% appended\n%%EOF\n')]));
    await page.getByRole('heading', { name: 'Changed after signing' }).waitFor();
    await expect(page.locator('.verify-verdict').getAttribute('data-verdict')).resolves.toBe('modified');
    await page.getByText('Data was added to the file after it was signed.').first().waitFor();
    await page.locator('.verify-attachment-refusal').waitFor();
    await expect(page.locator('.verify-attachment').textContent()).resolves.toContain('assessment.json');
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);

    // One byte of the signed content changed.
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('Vendor risk assessment');
    if (at > 0) tampered[at + 1] = 'E'.charCodeAt(0);
    else tampered[200] = tampered[200]! ^ 1;
    await verify(page, 'tampered.pdf', tampered);
    await page.getByRole('heading', { name: /Changed after signing|Signature invalid/ }).waitFor();
    await expect(page.locator('.verify-verdict').getAttribute('class')).resolves.toContain('verify-tone-danger');
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);

    // Signed by someone who is not an identity on this machine.
    const stranger = await signWithNewIdentity(join(app!.dataDir, 'elsewhere'), await simplePdf());
    await verify(page, 'stranger.pdf', stranger.signed);
    await page.getByRole('heading', { name: 'Valid signature, unchanged since signing' }).waitFor();
    await page.getByText('Not one of the signing identities on this device').waitFor();

    await verify(page, 'report.pdf', signed);
    const verdict = page.locator('.verify-verdict[data-verdict=valid]');
    await verdict.waitFor();
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain('Robin Sender');
    expect(text).toContain('Sender AG');
    expect(text).toContain('robin@sender.example');
    expect(text).toContain('2 Mar 2026');
    expect(text).toContain('as recorded by the signer’s computer');
    expect(text).toContain('PAdES baseline B-B');
    expect(text).toMatch(/Revision (\d+) of \1, the whole document/);
    expect(text).toContain(summary.fingerprint);
    await expect(verdict.getByRole('heading', { name: 'Signature', exact: true, level: 3 }).count()).resolves.toBe(1);
    await expect(verdict.locator('[data-trusted]').getAttribute('data-trusted')).resolves.toBe('true');

    const attachment = page.locator('.verify-attachment');
    await expect(attachment.textContent()).resolves.toContain('assessment.json');
    await expect(attachment.textContent()).resolves.toContain('Talkdesk');
    await expect(attachment.textContent()).resolves.toContain('Cloud contact centre for EU customer service');
    await expect(attachment.textContent()).resolves.toContain('20 Feb 2026');
    // A trusted signer: no confirmation in between.
    await page.getByRole('button', { name: 'Import as received assessment' }).click();
    await page.getByText('1 evidence file was not imported').waitFor();
    await page.getByText('Received assessment of Talkdesk imported.').first().waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);
    await expect(focusedText(page)).resolves.toBe('Open the received assessment');

    await page.getByRole('link', { name: 'Open the received assessment' }).click();
    await page.getByRole('heading', { name: /Cloud contact centre for EU customer service/, level: 1 }).waitFor();
    // Marked with where it came from, who signed it and when; read-only.
    const marker = page.locator('.received-banner');
    await marker.waitFor();
    await expect(marker.textContent()).resolves.toMatch(
      /^Received assessment\. It came from Robin Sender in a signed report, signed by .+ on \d{1,2} \w{3} \d{4}\. It is read-only\. Start a revision/,
    );
    await expect(page.locator('.answer-form input:not([disabled])').count()).resolves.toBe(0);
  });

  it('lists every signature of a file signed twice, oldest first, and says the later one only added a signature', async () => {
    const page = await open();
    const first = await signWithNewIdentity(app!.dataDir, await pdfWithAttachment(JSON.stringify(assessmentExport())));
    const second = await signWithNewIdentity(join(app!.dataDir, 'elsewhere'), first.signed, {
      name: 'Kim Reviewer',
      organisation: 'Reviewer GmbH',
      email: 'kim@reviewer.example',
    });
    await page.getByRole('link', { name: 'Verify PDF' }).click();
    await verify(page, 'twice.pdf', second.signed);

    const verdict = page.locator('.verify-verdict[data-verdict=valid]');
    await verdict.waitFor();
    await page.getByRole('heading', { name: 'Valid signature, unchanged since signing' }).waitFor();
    await verdict.getByText('Every signature matches its signer’s certificate').waitFor();
    const list = page.getByRole('list', { name: 'Signatures in this file, oldest first' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);

    const older = list.getByRole('region', { name: 'Signature 1 of 2' });
    const newer = list.getByRole('region', { name: 'Signature 2 of 2' });
    const olderText = (await older.textContent()) ?? '';
    const newerText = (await newer.textContent()) ?? '';
    expect(olderText).toContain('Robin Sender');
    expect(olderText).toContain(first.summary.fingerprint);
    expect(olderText).toMatch(/Revision (\d+) of (\d+), not the whole document/);
    expect(olderText).toContain('Only signatures were added afterwards.');
    expect(newerText).toContain('Kim Reviewer');
    expect(newerText).toContain('Reviewer GmbH');
    expect(newerText).toContain(second.summary.fingerprint);
    expect(newerText).toMatch(/Revision (\d+) of \1, the whole document/);
    expect(newerText).not.toContain('Later revisions');
    await expect(older.locator('[data-trusted]').getAttribute('data-trusted')).resolves.toBe('true');
    await expect(newer.locator('[data-trusted]').getAttribute('data-trusted')).resolves.toBe('false');
    // Oldest first in the page's order too.
    await expect(list.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Signature 1 of 2', 'Signature 2 of 2']);
  });

  it('asks before importing from a signer who is not an identity on this device, with the full fingerprint', async () => {
    const page = await open();
    const stranger = await signWithNewIdentity(join(app!.dataDir, 'elsewhere'), await pdfWithAttachment(JSON.stringify(assessmentExport())));
    await page.getByRole('link', { name: 'Verify PDF' }).click();
    await verify(page, 'stranger-report.pdf', stranger.signed);
    await page.locator('.verify-verdict[data-verdict=valid]').waitFor();
    const importButton = page.getByRole('button', { name: 'Import as received assessment' });
    const dialog = page.getByRole('dialog', { name: 'Import from an unknown signer?' });

    // Escape: nothing imported, focus back on the import button.
    await importButton.click();
    await dialog.waitFor();
    const said = (await dialog.textContent()) ?? '';
    expect(said).toContain('Robin Sender');
    expect(said).toContain('is not one of the signing identities on this device');
    expect(said).toContain(stranger.summary.fingerprint);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Import as received assessment');

    // Cancel: the same.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Import as received assessment');
    await expect(page.getByText('Received assessment of Talkdesk imported.').count()).resolves.toBe(0);
    await expect(assessmentCount(page)).resolves.toBe(0);

    // Confirm: imported.
    await importButton.click();
    await dialog.getByRole('button', { name: 'Import anyway' }).click();
    await page.getByText('Received assessment of Talkdesk imported.').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect(assessmentCount(page)).resolves.toBe(1);
    await expect(focusedText(page)).resolves.toBe('Open the received assessment');
  });

  it('shows a malformed signature as malformed, a possible forgery, and offers no import', async () => {
    const page = await open();
    const { signed } = await signWithNewIdentity(app!.dataDir, await pdfWithAttachment(JSON.stringify(assessmentExport())));
    await page.getByRole('link', { name: 'Verify PDF' }).click();
    await verify(page, 'forged.pdf', withByteRangePastEnd(signed));
    await page.getByRole('heading', { name: 'Malformed signature' }).waitFor();
    await expect(page.locator('.verify-verdict').getAttribute('data-verdict')).resolves.toBe('malformed');
    await expect(page.locator('.verify-verdict').getAttribute('class')).resolves.toContain('verify-tone-danger');
    await page.locator('.verify-verdict').getByText('attempt to forge a signature').waitFor();
    await page.locator('.verify-verdict .verify-problem').waitFor();
    // Not placed in any revision: no coverage is claimed for it.
    await expect(page.locator('.verify-verdict').textContent()).resolves.not.toContain('Revision 0');
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);
  });

  it('says an attachment that is not an Assay assessment is not one, and one from a newer Assay needs an update', async () => {
    const page = await open();
    const { signed } = await signWithNewIdentity(app!.dataDir, await pdfWithAttachment(JSON.stringify({ hello: 'world' })));
    await page.getByRole('link', { name: 'Verify PDF' }).click();
    await verify(page, 'other.pdf', signed);
    await page.getByText('The attached file “assessment.json” is not an Assay assessment.').waitFor();
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);

    const future = await signWithNewIdentity(app!.dataDir, await pdfWithAttachment(JSON.stringify({ ...assessmentExport(), schemaVersion: 2 })));
    await verify(page, 'future.pdf', future.signed);
    await page.getByText('was made by a newer version of Assay; update Assay to import it.').waitFor();
    await expect(page.getByText('is not an Assay assessment').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import as received assessment' }).count()).resolves.toBe(0);
  });
});

describe('received assessments in real IndexedDB', () => {
  it('imports as a new final, received assessment, finds or creates the vendor, does not import it twice, and refuses unknown questionnaires and invalid answers without writing', async () => {
    const page = await open();
    const run = await loadPageModule(page, receivedChecks);

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const created = await run<Record<string, any>>('importsIntoNewVendor', assessmentExport());
    expect(created.result).toEqual({ assessmentId: 'id-2', vendorId: 'id-1', alreadyHere: false, skippedEvidence: 1 });
    expect(created.vendor).toMatchObject({
      name: 'Talkdesk',
      nameKey: 'talkdesk',
      website: 'https://talkdesk.com',
      contacts: [],
      services: ['Cloud contact centre'],
    });
    expect(created.assessment).toMatchObject({
      id: 'id-2',
      vendorId: 'id-1',
      status: 'final',
      revision: 2,
      serviceName: 'Cloud contact centre for EU customer service',
      assessor: 'Robin Sender',
      assessmentDate: '2026-02-20',
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      finalisedAt: '2026-02-21T10:00:00.000Z',
      createdAt: FIXED_NOW.toISOString(),
      received: {
        via: 'report',
        fileName: 'report.pdf',
        from: 'Robin Sender',
        signer: 'Robin Sender',
        receivedAt: FIXED_NOW.toISOString(),
        sourceId: assessmentExport().assessment.id,
      },
    });
    expect(created.assessment.received.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Scored as finalising would have, so the vendor list and portfolio show its figures.
    expect(['approve', 'approveWithConditions', 'reject']).toContain(created.assessment.summary.recommendation);
    expect(created.assessment.previousId).toBeUndefined();
    expect(created.answers).toEqual([
      {
        assessmentId: 'id-2',
        questionId: 'SEC-RBAC',
        answer: { status: 'answered', value: 'yes' },
        note: 'Seen in the admin console.',
        updatedAt: FIXED_NOW.toISOString(),
      },
    ]);
    expect(created.findings).toMatchObject([{ assessmentId: 'id-2', findingId: 'M-1', status: 'open', manual: { title: 'Missing DPA annex' } }]);

    // An answer the sender took from the vendor keeps saying so; a source whose answer does not fit the question is left out.
    const source = {
      kind: 'vendorResponse',
      fileName: 'talkdesk-answers.xlsx',
      size: 48_213,
      sha256: 'b'.repeat(64),
      packId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
      importedAt: '2026-02-19T08:00:00.000Z',
      vendorAnswer: { status: 'answered', value: 'partial' },
      comment: 'Rolled out to most tenants.',
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const sourced = await run<Record<string, any>>('importsIntoNewVendor', assessmentExport({ source }));
    expect(sourced.answers[0].source).toEqual(source);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const misfit = await run<Record<string, any>>(
      'importsIntoNewVendor',
      assessmentExport({ source: { ...source, vendorAnswer: { status: 'answered', value: 'maybe' } } }),
    );
    expect(misfit.answers[0].source).toBeUndefined();
    await expect(run('refuses', assessmentExport({ source: { ...source, sha256: 'not a digest' } }))).resolves.toEqual({
      outcome: 'invalid bundles.errors.document',
      counts: { vendors: 0, assessments: 0, answers: 0, findings: 0 },
    });

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const existing = await run<Record<string, any>>('importsIntoExistingVendor', assessmentExport());
    expect(existing.vendors).toHaveLength(1);
    expect(existing.vendors[0]).toMatchObject({ id: 'existing', name: 'TalkDesk', services: ['Kept'] });
    expect(existing.first).toMatchObject({ vendorId: 'existing', alreadyHere: false });
    // The same assessment a second time: known by its id and content, and not added again.
    expect(existing.second).toEqual({ assessmentId: existing.first.assessmentId, vendorId: 'existing', alreadyHere: true, skippedEvidence: 0 });
    expect(existing.assessments).toBe(1);

    const empty = { vendors: 0, assessments: 0, answers: 0, findings: 0 };
    await expect(run('refuses', assessmentExport({ questionnaireVersion: '0.0.0-unknown' }))).resolves.toEqual({
      outcome: 'invalid assessment.errors.unknownQuestionnaire',
      counts: empty,
    });
    await expect(run('refuses', assessmentExport({ answer: { status: 'answered', value: 'maybe' } }))).resolves.toEqual({
      outcome: 'invalid assessment.errors.invalidAnswer',
      counts: empty,
    });
  });
});
