import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityStore, type IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { contract } from '@shared/ipc/contract';
import { run, simplePdf } from '../support/pdf-tools';
import { signatureParts } from '../support/signed-pdf';

const P12_PASSPHRASE = 'p12 passphrase!';
let dir: string;
let identitiesDir: string;
let store: IdentityStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-ec-'));
  identitiesDir = join(dir, 'data', 'identities');
  // The real clock: certificates made by openssl during the test are valid from the moment they are made.
  store = createIdentityStore({ dataDir: join(dir, 'data'), now: () => new Date() });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const file = (name: string) => join(dir, name);
const details = (name: string) => ({
  name,
  reason: 'Vendor risk assessment',
  location: 'Berlin',
  contactInfo: 'alex@example.com',
  signingTime: new Date(Math.floor(Date.now() / 1000) * 1000),
  widgetRect: [40, 40, 300, 110] as [number, number, number, number],
});

const storedFiles = async () => (await readdir(identitiesDir).catch(() => [] as string[])).sort();

/**
 * Signs a PDF with the identity and checks it with pdfsig and openssl; returns
 * what `openssl cms -cmsout -print` says about the CMS.
 */
async function signAndCheck(identity: UnlockedIdentity, label: string): Promise<string> {
  const signed = await signPdf(await simplePdf(), identity, details(identity.summary.name));
  writeFileSync(file(`${label}.pdf`), signed);
  const sig = run('pdfsig', [file(`${label}.pdf`)]).out;
  expect(sig).toContain('Signature Validation: Signature is Valid.');
  expect(sig).toContain('Total document signed');
  expect(sig).toContain(`Signer Certificate Common Name: ${identity.summary.name}\n`);

  const { cms, content } = signatureParts(signed);
  writeFileSync(file(`${label}.p7s`), cms);
  writeFileSync(file(`${label}.content`), content);
  const printed = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file(`${label}.p7s`)]);
  expect(printed.code).toBe(0);
  const verified = run('openssl', [
    'cms',
    '-verify',
    '-inform',
    'DER',
    '-in',
    file(`${label}.p7s`),
    '-content',
    file(`${label}.content`),
    '-binary',
    '-noverify',
    '-purpose',
    'any',
    '-out',
    '/dev/null',
  ]);
  expect(verified).toEqual({ code: 0, out: '' });
  return printed.out;
}

/** The AlgorithmIdentifier openssl prints under `label:` (digestAlgorithm, signatureAlgorithm), as "name (oid) parameter". */
function printedAlgorithms(printed: string, label: string): string[] {
  const pattern = new RegExp(`${label}:\\s*\\n\\s*algorithm: (.+)\\n\\s*parameter: (.+)`, 'g');
  return [...printed.matchAll(pattern)].map((match) => `${match[1]!.trim()} ${match[2]!.trim()}`);
}

describe('generated EC P-256 identity', () => {
  it('signs a PDF that pdfsig and openssl accept, with ecdsa-with-SHA256 and no NULL parameters', async () => {
    const summary = await store.generate({
      name: 'Dr. Katrin Weiß',
      organisation: 'Müller & Söhne GmbH',
      email: 'k.weiss@example.com',
      passphrase: 'correct horse battery',
      keyType: 'ec-p256',
    });
    expect(summary).toMatchObject({ keyAlgorithm: 'ec-p256', source: 'generated', selfSigned: true });
    expect(summary).not.toHaveProperty('keyBits');
    const identity = await store.unlock(summary.id, 'correct horse battery');

    writeFileSync(file('ec-cert.pem'), identity.certificatePem);
    const parsed = run('openssl', ['asn1parse', '-in', file('ec-cert.pem')]).out;
    expect(parsed).toMatch(/UTF8STRING\s+:Dr\. Katrin Weiß/);
    expect(parsed).toMatch(/UTF8STRING\s+:Müller & Söhne GmbH/);
    expect(parsed).toMatch(/IA5STRING\s+:k\.weiss@example\.com/);
    const text = run('openssl', ['x509', '-in', file('ec-cert.pem'), '-noout', '-text']).out;
    expect(text).toMatch(/Signature Algorithm: ecdsa-with-SHA256/);
    expect(text).toMatch(/ASN1 OID: prime256v1/);
    expect(text).toMatch(/Digital Signature, Non Repudiation/);
    expect(text).toMatch(/E-mail Protection/);
    expect(text).toContain('email:k.weiss@example.com');

    const printed = await signAndCheck(identity, 'generated-ec');
    expect(printedAlgorithms(printed, 'signatureAlgorithm')).toEqual(['ecdsa-with-SHA256 (1.2.840.10045.4.3.2) <ABSENT>']);
    expect(printedAlgorithms(printed, 'digestAlgorithm')).toEqual(['sha256 (2.16.840.1.101.3.4.2.1) <ABSENT>']);
    expect(printed).not.toContain('NULL');
  });
});

// Each RSA 3072 key takes a second or more to generate on a two-core machine.
const RSA_TIMEOUT = 30_000;

describe('generated RSA identity', () => {
  it(
    'is RSA 3072 by default and on request, with UTF8String names',
    async () => {
      const byDefault = await store.generate({ name: 'Jürgen Weiß', passphrase: 'correct horse battery' });
      const requested = await store.generate({ name: 'Jürgen Weiß', passphrase: 'correct horse battery', keyType: 'rsa-3072' });
      for (const summary of [byDefault, requested]) {
        expect(summary).toMatchObject({ keyAlgorithm: 'rsa', keyBits: 3072 });
        const identity = await store.unlock(summary.id, 'correct horse battery');
        writeFileSync(file('rsa-cert.pem'), identity.certificatePem);
        expect(run('openssl', ['asn1parse', '-in', file('rsa-cert.pem')]).out).toMatch(/UTF8STRING\s+:Jürgen Weiß/);
        expect(run('openssl', ['x509', '-in', file('rsa-cert.pem'), '-noout', '-text']).out).toMatch(/Signature Algorithm: sha256WithRSAEncryption/);
      }
      const printed = await signAndCheck(await store.unlock(requested.id, 'correct horse battery'), 'generated-rsa');
      expect(printedAlgorithms(printed, 'signatureAlgorithm')).toEqual(['rsaEncryption (1.2.840.113549.1.1.1) NULL']);
    },
    RSA_TIMEOUT,
  );

  it(
    'lists an identity saved before key algorithms were recorded, reading the algorithm from its certificate',
    async () => {
      const summary = await store.generate({ name: 'Old Identity', passphrase: 'correct horse battery' });
      const path = join(identitiesDir, `${summary.id}.json`);
      const { keyAlgorithm: _a, keyBits: _b, ...old } = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      await writeFile(path, JSON.stringify(old));
      expect((await store.list()).find((identity) => identity.id === summary.id)).toMatchObject({ keyAlgorithm: 'rsa', keyBits: 3072 });
      expect((await store.unlock(summary.id, 'correct horse battery')).summary).toMatchObject({ keyAlgorithm: 'rsa', keyBits: 3072 });
    },
    RSA_TIMEOUT,
  );

  it('offers only the key types Assay generates over IPC', () => {
    const input = { name: 'Alex', passphrase: 'correct horse battery' };
    const schema = contract['identities:generate'].input;
    expect(schema.safeParse({ ...input, keyType: 'ec-p256' }).success).toBe(true);
    expect(schema.safeParse(input).success).toBe(true);
    expect(schema.safeParse({ ...input, keyType: 'ec-p384' }).success).toBe(false);
    expect(schema.safeParse({ ...input, keyType: 'RSA 3072' }).success).toBe(false);
  });
});

describe('PKCS#12 import of EC identities', () => {
  /** A key and self-signed certificate made by openssl, exported as PKCS#12 with openssl's default or legacy encryption. */
  function opensslPkcs12(label: string, newKey: string[], encryption: 'default' | 'legacy'): string {
    const key = file(`${label}-key.pem`);
    const cert = file(`${label}-cert.pem`);
    const p12 = file(`${label}.p12`);
    const made = run('openssl', [
      'req',
      '-x509',
      ...newKey,
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '365',
      '-utf8',
      '-subj',
      '/CN=Pat Müller/O=Buyer Bank AG',
    ]);
    expect(made.code, made.out).toBe(0);
    const exported = run('openssl', [
      'pkcs12',
      '-export',
      ...(encryption === 'legacy' ? ['-legacy'] : []),
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      `pass:${P12_PASSPHRASE}`,
    ]);
    expect(exported.code, exported.out).toBe(0);
    return p12;
  }
  // openssl 3 writes PBES2/AES by default and the old RC2/3DES encryption with -legacy; 1.1 knows only the old one.
  const legacySupported = /^OpenSSL 3\./.test(run('openssl', ['version']).out);

  const cases = (
    [
      ['P-256', 'default', 'ec-p256', 'ecdsa-with-SHA256 (1.2.840.10045.4.3.2)', 'sha256 (2.16.840.1.101.3.4.2.1)'],
      ['P-256', 'legacy', 'ec-p256', 'ecdsa-with-SHA256 (1.2.840.10045.4.3.2)', 'sha256 (2.16.840.1.101.3.4.2.1)'],
      ['P-384', 'default', 'ec-p384', 'ecdsa-with-SHA384 (1.2.840.10045.4.3.3)', 'sha384 (2.16.840.1.101.3.4.2.2)'],
      ['P-384', 'legacy', 'ec-p384', 'ecdsa-with-SHA384 (1.2.840.10045.4.3.3)', 'sha384 (2.16.840.1.101.3.4.2.2)'],
    ] as const
  ).filter(([, encryption]) => encryption === 'default' || legacySupported);

  it.each(cases)(
    'imports an EC %s file (%s encryption), keeps its certificate byte for byte and signs with it',
    async (curve, encryption, keyAlgorithm, signatureAlgorithm, digestAlgorithm) => {
      const label = `ec-${curve}-${encryption}`;
      const p12 = opensslPkcs12(label, ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${curve}`], encryption);
      const summary = await store.importPkcs12(await readFile(p12), P12_PASSPHRASE);
      expect(summary).toMatchObject({ name: 'Pat Müller', organisation: 'Buyer Bank AG', source: 'imported', selfSigned: true, keyAlgorithm });
      expect(summary).not.toHaveProperty('keyBits');
      const original = new X509Certificate(await readFile(file(`${label}-cert.pem`)));
      expect(summary.fingerprint).toBe(original.fingerprint256);

      const identity = await store.unlock(summary.id, P12_PASSPHRASE);
      expect(Buffer.from(new X509Certificate(identity.certificatePem).raw).equals(Buffer.from(original.raw))).toBe(true);
      const printed = await signAndCheck(identity, label);
      expect(printedAlgorithms(printed, 'signatureAlgorithm')).toEqual([`${signatureAlgorithm} <ABSENT>`]);
      // One digest throughout: the digestAlgorithms set and the SignerInfo's digestAlgorithm.
      expect(printedAlgorithms(printed, 'digestAlgorithm')).toEqual([`${digestAlgorithm} <ABSENT>`]);
      // signing-certificate-v2 still names the certificate by its SHA-256, the attribute's default.
      expect(printed).toContain('id-smime-aa-signingCertificateV2');
      expect(printed).not.toContain('NULL');
    },
  );

  it('imports an RSA file through the same path, with its key size', async () => {
    const p12 = opensslPkcs12('rsa-2048', ['-newkey', 'rsa:2048'], 'default');
    expect(await store.importPkcs12(await readFile(p12), P12_PASSPHRASE)).toMatchObject({ keyAlgorithm: 'rsa', keyBits: 2048 });
  });

  it.each([
    ['Ed25519', ['-newkey', 'ed25519']],
    ['EC secp256k1', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp256k1']],
  ])('refuses an %s key as unsupported and writes nothing', async (label, newKey) => {
    const p12 = opensslPkcs12(label.replace(/\s/g, '-'), newKey, 'default');
    const before = await storedFiles();
    await expect(store.importPkcs12(await readFile(p12), P12_PASSPHRASE)).rejects.toMatchObject({ code: 'unsupported_key' });
    expect(await storedFiles()).toEqual(before);
  });
});
