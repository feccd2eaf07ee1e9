import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { certificateFacts } from './certificate';

/** A refusal the UI can explain: `code` maps to an i18n key. */
export class IdentityError extends Error {
  constructor(
    readonly code: 'wrong_passphrase' | 'no_private_key' | 'expired' | 'not_yet_valid' | 'invalid_file' | 'not_found' | 'weak_passphrase' | 'key_mismatch',
    message: string,
  ) {
    super(message);
    this.name = 'IdentityError';
  }
}

export interface IdentitySummary {
  id: string;
  name: string;
  organisation?: string;
  email?: string;
  issuer: string;
  /** SHA-256 of the certificate (DER), colon-separated hex as certificate viewers show it. */
  fingerprint: string;
  notBefore: string;
  notAfter: string;
  source: 'generated' | 'imported';
  selfSigned: boolean;
}

interface StoredIdentity extends IdentitySummary {
  certificatePem: string;
  chainPem: string[];
  /** PKCS#8 EncryptedPrivateKeyInfo (PBES2: PBKDF2-SHA256, AES-256-CBC) under the identity passphrase. */
  encryptedKeyPem: string;
}

export interface UnlockedIdentity {
  summary: IdentitySummary;
  certificatePem: string;
  chainPem: string[];
  privateKeyPem: string;
}

export const MIN_PASSPHRASE_LENGTH = 8;

export interface IdentityStoreDeps {
  dataDir: string;
  now: () => Date;
  newId?: () => string;
}

function summarise(certificatePem: string, id: string, source: IdentitySummary['source']): IdentitySummary {
  return { id, ...certificateFacts(certificatePem), source };
}

function encryptKey(privateKeyPem: string, passphrase: string): string {
  return createPrivateKey(privateKeyPem)
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
    .toString();
}

function checkValidity(summary: IdentitySummary, now: Date): void {
  if (new Date(summary.notAfter) < now) throw new IdentityError('expired', `The certificate expired on ${summary.notAfter.slice(0, 10)}.`);
  if (new Date(summary.notBefore) > now) throw new IdentityError('not_yet_valid', `The certificate is valid only from ${summary.notBefore.slice(0, 10)}.`);
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new IdentityError('weak_passphrase', `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

/**
 * Signing identities on disk, one JSON file each in <dataDir>/identities. The
 * private key is only ever stored encrypted, and only ever decrypted here.
 */
export function createIdentityStore(deps: IdentityStoreDeps) {
  const dir = join(deps.dataDir, 'identities');
  const newId = deps.newId ?? (() => randomBytes(12).toString('hex'));
  const file = (id: string) => {
    if (!/^[a-f0-9]{24}$/.test(id)) throw new IdentityError('not_found', 'No such identity.');
    return join(dir, `${id}.json`);
  };

  async function save(identity: StoredIdentity): Promise<IdentitySummary> {
    await mkdir(dir, { recursive: true });
    const target = file(identity.id);
    // Write then rename, so a crash never leaves half a file.
    await writeFile(`${target}.tmp`, JSON.stringify(identity, null, 2), { mode: 0o600 });
    await rename(`${target}.tmp`, target);
    const { certificatePem: _c, chainPem: _ch, encryptedKeyPem: _k, ...summary } = identity;
    return summary;
  }

  async function load(id: string): Promise<StoredIdentity> {
    try {
      return JSON.parse(await readFile(file(id), 'utf8')) as StoredIdentity;
    } catch (error) {
      if (error instanceof IdentityError) throw error;
      throw new IdentityError('not_found', 'No such identity.');
    }
  }

  return {
    async list(): Promise<IdentitySummary[]> {
      let names: string[] = [];
      try {
        names = (await readdir(dir)).filter((name) => /^[a-f0-9]{24}\.json$/.test(name));
      } catch {
        return [];
      }
      const all = await Promise.all(names.map((name) => load(name.slice(0, -5))));
      return all
        .map(({ certificatePem: _c, chainPem: _ch, encryptedKeyPem: _k, ...summary }) => summary)
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    /** A new self-signed RSA 3072 identity, valid for `validityDays`. */
    async generate(input: { name: string; organisation?: string; email?: string; passphrase: string; validityDays?: number }): Promise<IdentitySummary> {
      checkPassphrase(input.passphrase);
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
      const cert = forge.pki.createCertificate();
      cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
      cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
      const now = deps.now();
      cert.validity.notBefore = new Date(now.getTime() - 60_000);
      cert.validity.notAfter = new Date(now.getTime() + (input.validityDays ?? 730) * 86_400_000);
      // UTF8String, so names such as "Weiß" survive in every certificate viewer.
      const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as number });
      const subject = [
        utf8('commonName', input.name),
        ...(input.organisation ? [utf8('organizationName', input.organisation)] : []),
        ...(input.email ? [{ name: 'emailAddress', value: input.email }] : []),
      ];
      cert.setSubject(subject);
      cert.setIssuer(subject);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
        { name: 'extKeyUsage', emailProtection: true },
        ...(input.email ? [{ name: 'subjectAltName', altNames: [{ type: 1, value: input.email }] }] : []),
        { name: 'subjectKeyIdentifier' },
      ]);
      const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      cert.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
      const certificatePem = forge.pki.certificateToPem(cert);
      const id = newId();
      return save({ ...summarise(certificatePem, id, 'generated'), certificatePem, chainPem: [], encryptedKeyPem: encryptKey(privateKeyPem, input.passphrase) });
    },

    /** Imports a PKCS#12 file from the organisation's PKI; the key is re-encrypted under the same passphrase. */
    async importPkcs12(bytes: Buffer, passphrase: string): Promise<IdentitySummary> {
      let p12: forge.pkcs12.Pkcs12Pfx;
      try {
        p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary'))), passphrase);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/mac|password|decrypt|invalid/i.test(message) && bytes.length > 64 && bytes[0] === 0x30) {
          throw new IdentityError('wrong_passphrase', 'The passphrase does not open this PKCS#12 file.');
        }
        throw new IdentityError('invalid_file', 'This is not a readable PKCS#12 (.p12 / .pfx) file.');
      }
      const bags = (type: string): forge.pkcs12.Bag[] => p12.getBags({ bagType: type })[type] ?? [];
      const oids = forge.pki.oids as Record<string, string>;
      const keyBags = [...bags(oids.pkcs8ShroudedKeyBag!), ...bags(oids.keyBag!)];
      const certBags = bags(oids.certBag!);
      const key = keyBags.find((bag) => bag.key)?.key;
      if (!key) throw new IdentityError('no_private_key', 'The PKCS#12 file holds no private key.');
      const privateKeyPem = forge.pki.privateKeyToPem(key);
      const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
      const certs: string[] = certBags.flatMap((bag) => (bag.cert ? [forge.pki.certificateToPem(bag.cert)] : []));
      const own = certs.find((pem) => new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' }).toString() === publicKeyPem);
      if (!own) throw new IdentityError('key_mismatch', 'No certificate in the file matches its private key.');
      const id = newId();
      const summary = summarise(own, id, 'imported');
      checkValidity(summary, deps.now());
      checkPassphrase(passphrase);
      return save({ ...summary, certificatePem: own, chainPem: certs.filter((pem) => pem !== own), encryptedKeyPem: encryptKey(privateKeyPem, passphrase) });
    },

    /** Decrypts the key for one signing operation; the key never leaves the Node side. */
    async unlock(id: string, passphrase: string): Promise<UnlockedIdentity> {
      const stored = await load(id);
      let privateKeyPem: string;
      try {
        privateKeyPem = createPrivateKey({ key: stored.encryptedKeyPem, format: 'pem', passphrase }).export({ type: 'pkcs8', format: 'pem' }).toString();
      } catch {
        throw new IdentityError('wrong_passphrase', 'The passphrase does not unlock this identity.');
      }
      const { certificatePem, chainPem, encryptedKeyPem: _k, ...summary } = stored;
      checkValidity(summary, deps.now());
      return { summary, certificatePem, chainPem, privateKeyPem };
    },

    /** Certificates of all local identities, to tell whether a signer is trusted on this machine. */
    async trustedFingerprints(): Promise<Set<string>> {
      return new Set((await this.list()).map((identity) => identity.fingerprint));
    },
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
