import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityStore, type IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { verifyPdfBytes } from '../../electron/services/verify/verify-pdf';
import { pdfWithAttachment, run, simplePdf } from '../support/pdf-tools';

const PASSPHRASE = 'correct horse battery';
const details = {
  name: 'Alex Example',
  reason: 'Vendor risk assessment',
  location: 'Berlin',
  contactInfo: 'alex@example.com',
  signingTime: new Date(Math.floor(Date.now() / 1000) * 1000),
  widgetRect: [40, 40, 300, 110] as [number, number, number, number],
};

let dir: string;
let store: IdentityStore;
let alex: UnlockedIdentity;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-verify-'));
  store = createIdentityStore({ dataDir: join(dir, 'data'), now: () => new Date() });
  const summary = await store.generate({ name: 'Alex Example', organisation: 'Example Buyer GmbH', email: 'alex@example.com', passphrase: PASSPHRASE });
  alex = await store.unlock(summary.id, PASSPHRASE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function pdfsig(pdf: Buffer, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return run('pdfsig', [path]).out;
}

describe('verifying our own signed reports', () => {
  it('finds the signature through the form, verifies it, and offers the embedded assessment from the signed revision', async () => {
    const json = JSON.stringify({ format: 'assay-assessment', vendor: { name: 'Five9' } });
    const signed = await signPdf(await pdfWithAttachment(json), alex, details);
    const report = await verifyPdfBytes(signed, new Set([alex.summary.fingerprint]));
    expect(report).toMatchObject({ verdict: 'valid', wholeDocument: true, revisions: 2 });
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({
      status: 'valid',
      valid: true,
      revision: 2,
      wholeDocument: true,
      laterChanges: 'none',
      trusted: true,
      padesLevel: 'B-B',
      algorithm: 'RSA 3072 PKCS#1 v1.5 with SHA-256',
      subFilter: 'ETSI.CAdES.detached',
      time: details.signingTime.toISOString(),
      reason: 'Vendor risk assessment',
      location: 'Berlin',
      signer: { name: 'Alex Example', organisation: 'Example Buyer GmbH', fingerprint: alex.summary.fingerprint },
    });
    expect(report.attachment).toMatchObject({ name: 'assessment.json', fromSignedRevision: true, importable: true, json });
    expect(pdfsig(signed, 'own.pdf')).toContain('Signature is Valid.');
  });

  it('says invalid when one signed byte changes, and modified when bytes are appended', async () => {
    const signed = await signPdf(await simplePdf(), alex, details);
    const tampered = Buffer.from(signed);
    const at = signed.indexOf('stream\n') + 20;
    tampered[at] = tampered[at]! ^ 1;
    const changed = await verifyPdfBytes(tampered, new Set());
    expect(changed).toMatchObject({ verdict: 'invalid', wholeDocument: false });
    expect(changed.signatures[0]).toMatchObject({ status: 'invalid', problem: 'digest_mismatch', trusted: false });

    const appended = await verifyPdfBytes(Buffer.concat([signed, Buffer.from('\n% appended\n%%EOF\n')]), new Set());
    expect(appended).toMatchObject({ verdict: 'modified', wholeDocument: false });
    expect(appended.signatures[0]).toMatchObject({ status: 'valid', problem: 'bytes_after_signature', wholeDocument: false });
  });

  it('reports both signatures of a file signed twice: the first followed only by a signature', async () => {
    const once = await signPdf(await simplePdf(), alex, details);
    const twice = await signPdf(once, alex, { ...details, widgetRect: [320, 40, 560, 110] });
    const report = await verifyPdfBytes(twice, new Set());
    expect(report.verdict).toBe('valid');
    expect(report.revisions).toBe(3);
    expect(report.signatures.map((s) => [s.status, s.revision, s.wholeDocument, s.laterChanges])).toEqual([
      ['valid', 2, false, 'signatures'],
      ['valid', 3, true, 'none'],
    ]);
  });

  it('calls unsigned files unsigned and unreadable ones unreadable', async () => {
    await expect(verifyPdfBytes(await simplePdf(), new Set())).resolves.toMatchObject({ verdict: 'unsigned', signatures: [] });
    await expect(verifyPdfBytes(Buffer.alloc(0), new Set())).resolves.toMatchObject({ verdict: 'unreadable', problem: 'empty_file' });
    await expect(verifyPdfBytes(Buffer.from('hello'), new Set())).resolves.toMatchObject({ verdict: 'unreadable', problem: 'not_a_pdf' });
  });
});

describe('the signature dictionary we write', () => {
  it('holds names with umlauts and beyond Latin-1 as valid PDF text strings, read back whole by qpdf and by us', async () => {
    const long = 'Prüfstelle für Informationssicherheit und Datenschutz, Abteilung Lieferantenbewertung, Weißenburg in Bayern';
    const signed = await signPdf(await simplePdf(), alex, { ...details, name: 'Dr. Jürgen Weiß', reason: long, location: 'Łódź – Büro Süd' });
    const path = join(dir, 'names.pdf');
    writeFileSync(path, signed);
    const qpdf = run('qpdf', ['--json=2', '--json-key=qpdf', path]);
    expect(qpdf.code, qpdf.out).toBe(0);
    const objects = Object.values(JSON.parse(qpdf.out).qpdf[1]) as { value?: Record<string, unknown> }[];
    const signature = objects.find((object) => object.value?.['/Type'] === '/Sig')!.value!;
    // qpdf writes text strings it decoded as "u:…"; bytes that are not a valid text string would come out as "b:…".
    expect(signature['/Name']).toBe('u:Dr. Jürgen Weiß');
    expect(signature['/Location']).toBe('u:Łódź – Büro Süd');
    expect(signature['/Reason']).toBe(`u:${long}`);
    const report = await verifyPdfBytes(signed, new Set());
    expect(report.signatures[0]).toMatchObject({ reason: long, location: 'Łódź – Büro Süd' });
    expect(pdfsig(signed, 'names-check.pdf')).toContain('Signature is Valid.');
  });
});

describe('signatures with EC keys', () => {
  it('verifies a report signed with a generated ECDSA P-256 identity, as pdfsig does', async () => {
    const summary = await store.generate({ name: 'Eve Curve', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    const identity = await store.unlock(summary.id, PASSPHRASE);
    const signed = await signPdf(await simplePdf(), identity, details);
    const report = await verifyPdfBytes(signed, new Set([summary.fingerprint]));
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]).toMatchObject({ valid: true, trusted: true, padesLevel: 'B-B', algorithm: 'ECDSA P-256 with SHA-256' });
    expect(pdfsig(signed, 'ec.pdf')).toContain('Signature is Valid.');
  });
});
