import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityStore, IdentityError, type IdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { cmsFromContents, verifyPdf } from '../../electron/services/signing/verify-pdf';
import { run, simplePdf } from '../support/pdf-tools';

// Signing time, to the second as PDF dates have it. The identity store uses the real clock: certificates
// made by openssl during the test are valid from the moment they are made.
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
let dir: string;
let store: IdentityStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-sign-'));
  store = createIdentityStore({ dataDir: join(dir, 'data'), now: () => new Date() });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const details = {
  name: 'Alex Example',
  reason: 'Vendor risk assessment',
  location: 'Berlin',
  contactInfo: 'alex@example.com',
  signingTime: NOW,
  widgetRect: [40, 40, 300, 110] as [number, number, number, number],
};

async function write(name: string, data: Buffer): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

async function signedWithGenerated() {
  const summary = await store.generate({ name: 'Alex Example', organisation: 'Example Buyer GmbH', email: 'alex@example.com', passphrase: 'correct horse battery' });
  const identity = await store.unlock(summary.id, 'correct horse battery');
  const signed = await signPdf(await simplePdf(), identity, details);
  return { summary, signed };
}

describe('signing identities', () => {
  it('generates a self-signed RSA identity, stores the key encrypted, and unlocks only with the passphrase', async () => {
    const summary = await store.generate({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', passphrase: 'a long passphrase' });
    expect(summary).toMatchObject({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', source: 'generated', selfSigned: true });
    expect(summary.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const raw = await readFile(join(dir, 'data', 'identities', `${summary.id}.json`), 'utf8');
    expect(raw).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(raw).not.toContain('BEGIN PRIVATE KEY');
    await expect(store.unlock(summary.id, 'wrong passphrase')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    const unlocked = await store.unlock(summary.id, 'a long passphrase');
    expect(unlocked.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect((await store.list()).map((i) => i.id)).toContain(summary.id);
  });

  it('refuses a short passphrase without writing anything', async () => {
    const before = (await store.list()).length;
    await expect(store.generate({ name: 'X', passphrase: 'short' })).rejects.toBeInstanceOf(IdentityError);
    expect((await store.list()).length).toBe(before);
  });
});

describe('PAdES signature', () => {
  it('is valid for pdfsig and covers the whole document; qpdf finds no errors', async () => {
    const { signed } = await signedWithGenerated();
    const path = await write('signed.pdf', signed);
    const sig = run('pdfsig', [path]);
    expect(sig.out).toContain('Signature Validation: Signature is Valid.');
    expect(sig.out).toContain('Total document signed');
    expect(sig.out).toContain('ETSI.CAdES.detached');
    expect(sig.out).toContain('Signer Certificate Common Name: Alex Example');
    expect(run('qpdf', ['--check', path]).code).toBe(0);
  });

  it('is reported invalid by pdfsig and by our verifier after one byte in the signed range changes', async () => {
    const { summary, signed } = await signedWithGenerated();
    const ours = verifyPdf(signed, new Set([summary.fingerprint]));
    expect(ours).toMatchObject({ status: 'valid', signatureValid: true, coversWholeFile: true, trusted: true, signer: { name: 'Alex Example', organisation: 'Example Buyer GmbH' } });
    expect(ours.signedAt).toBe(NOW.toISOString());

    const tampered = Buffer.from(signed);
    // A byte inside the first page's content stream, well inside the signed range.
    const at = signed.indexOf('stream\n') + 20;
    tampered[at] = tampered[at]! ^ 0x01;
    const path = await write('tampered.pdf', tampered);
    expect(run('pdfsig', [path]).out).toMatch(/Signature is Invalid|Digest Mismatch/);
    expect(verifyPdf(tampered, new Set([summary.fingerprint]))).toMatchObject({ status: 'invalid', signatureValid: false, problem: 'digest' });
  });

  it('notices bytes appended after signing, and unsigned or corrupt files', async () => {
    const { signed } = await signedWithGenerated();
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n%%EOF\n')]);
    expect(verifyPdf(appended, new Set())).toMatchObject({ status: 'invalid', signatureValid: true, coversWholeFile: false, trusted: false });
    expect(verifyPdf(await simplePdf(), new Set())).toMatchObject({ status: 'unsigned' });
    expect(verifyPdf(signed.subarray(0, signed.length / 2), new Set())).toMatchObject({ status: 'corrupt' });
    expect(verifyPdf(Buffer.from('hello'), new Set())).toMatchObject({ status: 'corrupt' });
  });

  it('carries the signer certificate of the identity (openssl)', async () => {
    const { summary, signed } = await signedWithGenerated();
    const text = signed.toString('latin1');
    const [, , b, c] = text.match(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)/)!.map(Number) as [number, number, number, number];
    const cms = cmsFromContents(text.slice(b + 1, c - 1));
    const cmsPath = await write('signature.der', cms);
    const certs = run('openssl', ['pkcs7', '-inform', 'DER', '-in', cmsPath, '-print_certs']);
    expect(certs.code).toBe(0);
    const certPath = await write('signer.pem', Buffer.from(certs.out));
    const fingerprint = run('openssl', ['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256']).out;
    expect(fingerprint.trim().split('=')[1]).toBe(summary.fingerprint);
    const attrs = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cmsPath]).out;
    expect(attrs).toContain('id-smime-aa-signingCertificateV2');
    expect(attrs).not.toContain('signingTime');
  });
});

describe('PKCS#12 import', () => {
  let p12Dir: string;
  beforeAll(async () => {
    p12Dir = await mkdtemp(join(tmpdir(), 'assay-p12-'));
    const key = join(p12Dir, 'key.pem');
    const cert = join(p12Dir, 'cert.pem');
    expect(run('openssl', ['req', '-x509', '-newkey', 'rsa:3072', '-nodes', '-keyout', key, '-out', cert, '-days', '365', '-subj', '/CN=Pat PKI/O=Buyer Bank AG']).code).toBe(0);
    expect(run('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', join(p12Dir, 'modern.p12'), '-passout', 'pass:p12 passphrase!']).code).toBe(0);
    expect(run('openssl', ['pkcs12', '-export', '-nokeys', '-in', cert, '-out', join(p12Dir, 'nokey.p12'), '-passout', 'pass:p12 passphrase!']).code).toBe(0);
  });
  afterAll(() => rm(p12Dir, { recursive: true, force: true }));

  it('imports a file made by openssl pkcs12 -export and signs with it', async () => {
    const summary = await store.importPkcs12(await readFile(join(p12Dir, 'modern.p12')), 'p12 passphrase!');
    expect(summary).toMatchObject({ name: 'Pat PKI', organisation: 'Buyer Bank AG', source: 'imported' });
    const identity = await store.unlock(summary.id, 'p12 passphrase!');
    const path = await write('p12-signed.pdf', await signPdf(await simplePdf(), identity, details));
    expect(run('pdfsig', [path]).out).toContain('Signature is Valid.');
  });

  it('gives clear refusals and writes nothing for a wrong passphrase, no key, an expired certificate or junk', async () => {
    const before = (await store.list()).length;
    await expect(store.importPkcs12(await readFile(join(p12Dir, 'modern.p12')), 'wrong')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await expect(store.importPkcs12(await readFile(join(p12Dir, 'nokey.p12')), 'p12 passphrase!')).rejects.toMatchObject({ code: 'no_private_key' });
    await expect(store.importPkcs12(Buffer.from('not a p12 file at all'), 'x')).rejects.toMatchObject({ code: 'invalid_file' });

    const keys = forge.pki.rsa.generateKeyPair(2048);
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date('2023-01-01T00:00:00Z');
    cert.validity.notAfter = new Date('2024-01-01T00:00:00Z');
    cert.setSubject([{ name: 'commonName', value: 'Old Signer' }]);
    cert.setIssuer([{ name: 'commonName', value: 'Old Signer' }]);
    cert.sign(keys.privateKey, forge.md.sha256.create());
    const expired = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'expired pass', { algorithm: 'aes256' })).getBytes(), 'binary');
    await expect(store.importPkcs12(expired, 'expired pass')).rejects.toMatchObject({ code: 'expired' });
    expect((await store.list()).length).toBe(before);
  });
});
