import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { FIXED_NOW, launchTestApp, type TestApp } from '../support/app';
import { pdfWithAttachment } from '../support/pdf-tools';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PASSPHRASE = 'correct horse battery staple';

const assessmentJson = JSON.stringify({
  format: 'assay-assessment',
  schemaVersion: 1,
  exportedAt: FIXED_NOW.toISOString(),
  vendor: { name: 'Five9', services: ['Cloud contact centre'] },
  assessment: {
    id: 'source-assessment-id',
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion: builtInQuestionnaire.version,
    status: 'final',
    revision: 1,
    serviceName: 'Cloud contact centre',
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
  answers: [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' } }],
  evidence: [],
  findings: [],
});

/** Signs with a new identity kept in the app's own data folder, so the signer counts as trusted there. */
async function signAsTrusted(dataDir: string, pdf: Buffer, name: string): Promise<Buffer> {
  const store = createIdentityStore({ dataDir, now: () => FIXED_NOW });
  const summary = await store.generate({ name, organisation: 'Sender AG', passphrase: PASSPHRASE });
  const identity = await store.unlock(summary.id, PASSPHRASE);
  return signPdf(pdf, identity, {
    name,
    reason: 'Vendor risk assessment',
    location: 'Berlin',
    contactInfo: '',
    signingTime: FIXED_NOW,
    widgetRect: [40, 40, 300, 110],
  });
}

/** The signed bytes with one character of the document's /Producer changed: same length, same structure, a digest that no longer matches. */
function withSignedByteChanged(signed: Buffer): Buffer {
  const out = Buffer.from(signed);
  const at = out.indexOf('/Producer');
  if (at < 0) throw new Error('no /Producer in the signed file');
  const open = out.indexOf('(', at);
  out[open + 1] = out[open + 1] === 0x58 ? 0x59 : 0x58;
  return out;
}

const appended = (signed: Buffer) => Buffer.concat([signed, Buffer.from('\n% appended after signing\n%%EOF\n')]);

async function verify(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel(/Choose PDF…|PDF auswählen …/).setInputFiles({ name, mimeType: 'application/pdf', buffer });
  await page.locator('.verify-file', { hasText: name }).waitFor();
}

/**
 * Every element of the verify page drawn in green, by its computed text,
 * background or border colour: a hue between yellow-green and cyan-green with
 * visible saturation (the page's green #1d7a4d and its soft tint #e6f4ec both
 * count; the greys, blue, amber and red of the page do not).
 */
function greenElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isGreen = (value: string) => {
      const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(value);
      if (!match) return false;
      const [r, g, b] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (match[4] !== undefined && Number(match[4]) === 0) return false;
      const max = Math.max(r, g, b);
      const chroma = max - Math.min(r, g, b);
      if (max !== g || chroma < 10) return false;
      const hue = 60 * ((b - r) / chroma + 2);
      return hue >= 80 && hue <= 180;
    };
    const found: string[] = [];
    for (const element of document.querySelectorAll('.verify-page, .verify-page *')) {
      const style = getComputedStyle(element);
      const colours = [style.color, style.backgroundColor, style.borderTopColor, style.borderLeftColor];
      if (colours.some(isGreen))
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${(element.textContent ?? '').trim().slice(0, 100)}`);
    }
    return found;
  });
}

describe('verify page trust badges', () => {
  it('shows nothing in green for a file changed after signing or with an invalid signature, and says the signer’s trust is only stated in the file', async () => {
    app = await launchTestApp();
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();
    const signed = await signAsTrusted(app.dataDir, await pdfWithAttachment(assessmentJson), 'Robin Sender');
    const twice = await signAsTrusted(app.dataDir, signed, 'Kim Reviewer');
    await page.getByRole('link', { name: 'Verify PDF' }).click();

    await verify(page, 'appended.pdf', appended(signed));
    await page.locator('.verify-verdict[data-verdict=modified]').waitFor();
    await page.locator('[data-trusted=true]').waitFor();
    await expect(greenElements(page)).resolves.toEqual([]);
    await expect(page.locator('[data-trusted=true]').textContent()).resolves.toContain('Stated in the file, not verified');

    await verify(page, 'tampered.pdf', withSignedByteChanged(signed));
    await page.locator('.verify-verdict[data-verdict=invalid]').waitFor();
    await page.locator('[data-trusted=true]').waitFor();
    await expect(greenElements(page)).resolves.toEqual([]);
    await expect(page.locator('[data-trusted=true]').textContent()).resolves.toContain('Stated in the file, not verified');

    // Two signatures that each hold for their own revision, then bytes added: no signature is shown as a green "Valid".
    await verify(page, 'twice-appended.pdf', appended(twice));
    await page.locator('.verify-verdict[data-verdict=modified]').waitFor();
    await expect(page.locator('.verify-signer[data-status=valid]').count()).resolves.toBe(2);
    await expect(greenElements(page)).resolves.toEqual([]);

    // The same report untouched: its verdict, the trusted signer and the final assessment are green.
    await verify(page, 'report.pdf', signed);
    await page.locator('.verify-verdict[data-verdict=valid]').waitFor();
    await page.locator('.verify-attachment[data-attachment=assessment]').waitFor();
    const green = await greenElements(page);
    expect(green.some((line) => line.includes('verify-verdict'))).toBe(true);
    expect(green.some((line) => line.includes('Trusted: the signer is one of the signing identities on this device.'))).toBe(true);
    expect(green.some((line) => line.includes('verify-badge') && line.endsWith(': Final'))).toBe(true);
    await expect(page.locator('[data-trusted=true]').textContent()).resolves.not.toContain('not verified');
  });

  it('says in German that the trust of a changed file is only stated in it', async () => {
    app = await launchTestApp({ locale: 'de-DE' });
    const { page } = app;
    await page.locator('[data-app-ready]').waitFor();
    const signed = await signAsTrusted(app.dataDir, await pdfWithAttachment(assessmentJson), 'Robin Sender');
    await page.getByRole('link', { name: 'PDF prüfen' }).click();
    await verify(page, 'geaendert.pdf', appended(signed));
    await page.locator('.verify-verdict[data-verdict=modified]').waitFor();
    await expect(page.locator('[data-trusted=true]').textContent()).resolves.toContain('Laut Datei, nicht geprüft');
    await expect(greenElements(page)).resolves.toEqual([]);
  });
});
