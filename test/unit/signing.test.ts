import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityStore, IdentityError, type IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { verifyPdfBytes } from '../../electron/services/verify/verify-pdf';
import { run, simplePdf } from '../support/pdf-tools';
import { signatureParts } from '../support/signed-pdf';

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
  const summary = await store.generate({
    name: 'Alex Example',
    organisation: 'Example Buyer GmbH',
    email: 'alex@example.com',
    passphrase: 'correct horse battery',
  });
  const identity = await store.unlock(summary.id, 'correct horse battery');
  const signed = await signPdf(await simplePdf(), identity, details);
  return { summary, signed };
}

/** One DER element: its tag byte and where its contents start and end inside `der`. */
interface Element {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

function element(der: Buffer, start: number): Element {
  const tag = der[start]!;
  const first = der[start + 1]!;
  let length = first;
  let contentStart = start + 2;
  if (first >= 0x80) {
    length = 0;
    for (let i = 0; i < (first & 0x7f); i += 1) length = length * 256 + der[start + 2 + i]!;
    contentStart += first & 0x7f;
  }
  return { tag, start, contentStart, end: contentStart + length };
}

function children(der: Buffer, parent: Element): Element[] {
  const out: Element[] = [];
  for (let at = parent.contentStart; at < parent.end; at = out.at(-1)!.end) out.push(element(der, at));
  return out;
}

const bytes = (der: Buffer, node: Element) => der.subarray(node.start, node.end).toString('hex');

/** The issuer Name and serial number of a certificate, exactly as encoded in it. */
function certificateIssuerSerial(certificatePem: string) {
  const der = Buffer.from(new X509Certificate(certificatePem).raw);
  const tbs = children(der, element(der, 0))[0]!;
  const fields = children(der, tbs).filter((node) => node.tag !== 0xa0);
  return { issuer: bytes(der, fields[2]!), serial: bytes(der, fields[0]!) };
}

const OID_SIGNING_CERTIFICATE_V2 = '060b2a864886f70d010910022f';

/** The issuer and serial a CMS SignedData names its signer by: in the SignerInfo sid and in ESS signing-certificate-v2. */
function cmsSignerIds(cms: Buffer) {
  const contentInfo = children(cms, element(cms, 0));
  const signedData = children(cms, children(cms, contentInfo[1]!)[0]!);
  const signerInfo = children(cms, children(cms, signedData.at(-1)!)[0]!);
  const [sidIssuer, sidSerial] = children(cms, signerInfo[1]!);
  const signedAttrs = children(
    cms,
    signerInfo.find((node) => node.tag === 0xa0)!,
  );
  const ess = signedAttrs.find((attr) => bytes(cms, children(cms, attr)[0]!) === OID_SIGNING_CERTIFICATE_V2)!;
  const essCertIdV2 = children(cms, children(cms, children(cms, children(cms, children(cms, ess)[1]!)[0]!)[0]!)[0]!);
  const issuerSerial = children(
    cms,
    essCertIdV2.find((node) => node.tag === 0x30)!,
  );
  const generalName = children(cms, children(cms, issuerSerial[0]!)[0]!)[0]!;
  return {
    sid: { issuer: bytes(cms, sidIssuer!), serial: bytes(cms, sidSerial!) },
    ess: { issuer: bytes(cms, generalName), serial: bytes(cms, issuerSerial[1]!) },
  };
}

/**
 * Checks a signed PDF the way third-party tools do, which find the signer's
 * certificate by the issuer and serial number the CMS names it by.
 */
async function expectFoundByThirdParties(signed: Buffer, identity: UnlockedIdentity, label: string) {
  const path = await write(`${label}.pdf`, signed);
  const sig = run('pdfsig', [path]).out;
  expect(sig).toContain('Signature Validation: Signature is Valid.');
  expect(sig).toContain('Total document signed');
  expect(sig).toContain(`Signer Certificate Common Name: ${identity.summary.name}\n`);

  const { cms, content } = signatureParts(signed);
  const expected = certificateIssuerSerial(identity.certificatePem);
  const ids = cmsSignerIds(cms);
  expect(ids.sid).toEqual(expected);
  expect(ids.ess).toEqual(expected);

  const cmsPath = await write(`${label}.p7s`, cms);
  const contentPath = await write(`${label}.content`, content);
  const printed = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cmsPath]);
  expect(printed.code).toBe(0);
  expect(printed.out).not.toMatch(/\\xC3\\x83|\\xC3\\x82/);
  // openssl looks the signer up by issuer and serial too; -noverify skips only the chain.
  const verified = run('openssl', [
    'cms',
    '-verify',
    '-inform',
    'DER',
    '-in',
    cmsPath,
    '-content',
    contentPath,
    '-binary',
    '-noverify',
    '-purpose',
    'any',
    '-out',
    '/dev/null',
  ]);
  expect(verified).toEqual({ code: 0, out: '' });
}

describe('signing identities', () => {
  it('generates a self-signed RSA identity, stores the key encrypted, and unlocks only with the passphrase', async () => {
    const summary = await store.generate({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', passphrase: 'a long passphrase' });
    expect(summary).toMatchObject({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', source: 'generated', selfSigned: true });
    expect(summary.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const raw = await readFile(join(dir, 'data', 'identities', `${summary.id}.json`), 'utf8');
    expect(JSON.parse(raw)).toMatchObject({ wrappedKey: { format: 'assay-key-1', cipher: 'aes-256-gcm', kdf: { name: 'scrypt' } } });
    expect(raw).not.toMatch(/PRIVATE KEY/);
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
    const ours = await verifyPdfBytes(signed, new Set([summary.fingerprint]));
    expect(ours).toMatchObject({ verdict: 'valid', wholeDocument: true });
    expect(ours.signatures[0]).toMatchObject({
      valid: true,
      trusted: true,
      time: NOW.toISOString(),
      signer: { name: 'Alex Example', organisation: 'Example Buyer GmbH' },
    });

    const tampered = Buffer.from(signed);
    // A byte inside the first page's content stream, well inside the signed range.
    const at = signed.indexOf('stream\n') + 20;
    tampered[at] = tampered[at]! ^ 0x01;
    const path = await write('tampered.pdf', tampered);
    expect(run('pdfsig', [path]).out).toMatch(/Signature is Invalid|Digest Mismatch/);
    const changed = await verifyPdfBytes(tampered, new Set([summary.fingerprint]));
    expect(changed.verdict).toBe('invalid');
    expect(changed.signatures[0]).toMatchObject({ valid: false, problem: 'digest_mismatch' });
  });

  it('refuses a signature that names no embedded certificate as its signer', async () => {
    const { summary, signed } = await signedWithGenerated();
    const { certificatePem } = await store.unlock(summary.id, 'correct horse battery');
    const serial = new X509Certificate(certificatePem).serialNumber.toLowerCase();
    const text = signed.toString('latin1');
    const contents = text.slice(text.lastIndexOf('/Contents <') + 11);
    const lower = contents.toLowerCase();
    // The serial appears in the certificate, then in the SignerInfo's issuerAndSerialNumber: change the second.
    const first = lower.indexOf(serial);
    const second = lower.indexOf(serial, first + serial.length);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const at = text.lastIndexOf('/Contents <') + 11 + second + serial.length - 1;
    const forged = Buffer.from(signed);
    forged[at] = forged[at] === 0x30 ? 0x31 : 0x30;
    const result = await verifyPdfBytes(forged, new Set([summary.fingerprint]));
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]).toMatchObject({ valid: false, problem: 'signer_certificate' });
  });

  it('notices bytes appended after signing, and unsigned or corrupt files', async () => {
    const { signed } = await signedWithGenerated();
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n%%EOF\n')]);
    const later = await verifyPdfBytes(appended, new Set());
    expect(later.verdict).toBe('modified');
    expect(later.signatures[0]).toMatchObject({ valid: true, wholeDocument: false, trusted: false });
    await expect(verifyPdfBytes(await simplePdf(), new Set())).resolves.toMatchObject({ verdict: 'unsigned' });
    await expect(verifyPdfBytes(signed.subarray(0, signed.length / 2), new Set())).resolves.toMatchObject({ verdict: 'unreadable' });
    await expect(verifyPdfBytes(Buffer.from('hello'), new Set())).resolves.toMatchObject({ verdict: 'unreadable' });
  });

  it('names a signer with umlauts and ß by the exact issuer of their certificate, so pdfsig and openssl find it', async () => {
    const summary = await store.generate({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', passphrase: 'correct horse battery' });
    const identity = await store.unlock(summary.id, 'correct horse battery');
    const certPath = await write('weiss.pem', Buffer.from(identity.certificatePem));
    const subject = run('openssl', ['x509', '-in', certPath, '-noout', '-subject', '-issuer', '-nameopt', 'utf8,sep_comma_plus,sname']).out;
    expect(subject).toContain('subject=CN=Dr. Katrin Weiß,O=Müller & Söhne GmbH');
    expect(subject).toContain('issuer=CN=Dr. Katrin Weiß,O=Müller & Söhne GmbH');
    expect(run('openssl', ['asn1parse', '-in', certPath]).out).toMatch(/UTF8STRING\s+:Dr\. Katrin Weiß/);

    const signed = await signPdf(await simplePdf(), identity, { ...details, name: 'Dr. Katrin Weiß' });
    await expectFoundByThirdParties(signed, identity, 'weiss');
    // pdfsig prints the names as UTF-8.
    expect(run('pdfsig', [join(dir, 'weiss.pdf')]).out).toContain('Signer full Distinguished Name: O=Müller & Söhne GmbH,CN=Dr. Katrin Weiß\n');
    const result = await verifyPdfBytes(signed, new Set([summary.fingerprint]));
    expect(result.verdict).toBe('valid');
    expect(result.signatures[0]).toMatchObject({ trusted: true, signer: { name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH' } });
  });

  it('carries the signer certificate of the identity (openssl)', async () => {
    const { summary, signed } = await signedWithGenerated();
    const { cms } = signatureParts(signed);
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
    expect(
      run('openssl', ['req', '-x509', '-newkey', 'rsa:3072', '-nodes', '-keyout', key, '-out', cert, '-days', '365', '-subj', '/CN=Pat PKI/O=Buyer Bank AG'])
        .code,
    ).toBe(0);
    expect(run('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', join(p12Dir, 'modern.p12'), '-passout', 'pass:p12 passphrase!']).code).toBe(
      0,
    );
    expect(run('openssl', ['pkcs12', '-export', '-nokeys', '-in', cert, '-out', join(p12Dir, 'nokey.p12'), '-passout', 'pass:p12 passphrase!']).code).toBe(0);
    // Signer certificates with a UTF8String subject, each issued by a CA with umlauts in its name: one CA named
    // in UTF8String, one in openssl's legacy default mask (PrintableString, T61String for Latin-1, BMPString beyond).
    const issued = (label: string, stringMask: string, caSubject: string) => {
      const file = (name: string) => join(p12Dir, `${label}-${name}`);
      writeFileSync(
        file('ca.cnf'),
        `[req]\ndistinguished_name = dn\nstring_mask = ${stringMask}\n[dn]\n[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = keyCertSign\n`,
      );
      const ca = ['-utf8', '-config', file('ca.cnf'), '-extensions', 'ca', '-subj', caSubject];
      expect(
        run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca-key.pem'), '-out', file('ca.pem'), '-days', '365', ...ca]).code,
      ).toBe(0);
      expect(
        run('openssl', [
          'req',
          '-new',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          file('key.pem'),
          '-out',
          file('csr.pem'),
          '-utf8',
          '-subj',
          '/CN=Jürgen Weiß/O=Müller & Söhne GmbH',
        ]).code,
      ).toBe(0);
      expect(
        run('openssl', [
          'x509',
          '-req',
          '-in',
          file('csr.pem'),
          '-CA',
          file('ca.pem'),
          '-CAkey',
          file('ca-key.pem'),
          '-set_serial',
          '0x00f1e2d3c4b5a69788',
          '-days',
          '365',
          '-out',
          file('cert.pem'),
        ]).code,
      ).toBe(0);
      expect(
        run('openssl', [
          'pkcs12',
          '-export',
          '-inkey',
          file('key.pem'),
          '-in',
          file('cert.pem'),
          '-certfile',
          file('ca.pem'),
          '-out',
          join(p12Dir, `${label}.p12`),
          '-passout',
          'pass:p12 passphrase!',
        ]).code,
      ).toBe(0);
    };
    issued('utf8-ca', 'utf8only', '/C=DE/O=Prüfstelle Süd e.V./CN=Qualitäts-CA Weißenburg');
    issued('legacy-ca', 'default', '/C=DE/O=Prüfstelle Süd e.V./CN=Qualitäts-CA Łódź');
  });
  afterAll(() => rm(p12Dir, { recursive: true, force: true }));

  it('imports a file made by openssl pkcs12 -export and signs with it', async () => {
    const summary = await store.importPkcs12(await readFile(join(p12Dir, 'modern.p12')), 'p12 passphrase!');
    expect(summary).toMatchObject({ name: 'Pat PKI', organisation: 'Buyer Bank AG', source: 'imported' });
    const identity = await store.unlock(summary.id, 'p12 passphrase!');
    const path = await write('p12-signed.pdf', await signPdf(await simplePdf(), identity, details));
    expect(run('pdfsig', [path]).out).toContain('Signature is Valid.');
  });

  it.each([
    ['utf8-ca', 'Qualitäts-CA Weißenburg', ['UTF8STRING\\s+:Qualitäts-CA Weißenburg']],
    ['legacy-ca', 'Qualitäts-CA Łódź', ['PRINTABLESTRING\\s+:DE', 'T61STRING', 'BMPSTRING']],
  ])('signs with an imported certificate with umlauts from a CA with umlauts (%s), naming the issuer byte for byte', async (label, caName, issuerTypes) => {
    const summary = await store.importPkcs12(await readFile(join(p12Dir, `${label}.p12`)), 'p12 passphrase!');
    expect(summary).toMatchObject({ name: 'Jürgen Weiß', organisation: 'Müller & Söhne GmbH', issuer: caName, source: 'imported', selfSigned: false });
    const identity = await store.unlock(summary.id, 'p12 passphrase!');
    expect(identity.chainPem).toHaveLength(1);
    // Stored exactly as issued, so its fingerprint is the one the PKI knows.
    const original = new X509Certificate(await readFile(join(p12Dir, `${label}-cert.pem`)));
    expect(Buffer.from(new X509Certificate(identity.certificatePem).raw).equals(Buffer.from(original.raw))).toBe(true);
    expect(summary.fingerprint).toBe(original.fingerprint256);
    const parsed = run('openssl', ['asn1parse', '-in', await write(`${label}-signer.pem`, Buffer.from(identity.certificatePem))]).out;
    for (const type of issuerTypes) expect(parsed).toMatch(new RegExp(type));
    expect(parsed).toMatch(/UTF8STRING\s+:Jürgen Weiß/);
    const signed = await signPdf(await simplePdf(), identity, { ...details, name: 'Jürgen Weiß' });
    await expectFoundByThirdParties(signed, identity, label);
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
    const expired = Buffer.from(
      forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'expired pass', { algorithm: 'aes256' })).getBytes(),
      'binary',
    );
    await expect(store.importPkcs12(expired, 'expired pass')).rejects.toMatchObject({ code: 'expired' });
    expect((await store.list()).length).toBe(before);
  });
});
