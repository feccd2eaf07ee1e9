import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_GENERATED_KEY_TYPE, type GeneratedKeyType } from '@shared/signing/key-types';
import { certificateFacts, certificateToPem, shownName } from './certificate';
import { keyFactsOf, type KeyFacts } from './key-algorithm';
import { openPkcs12, type Pkcs12Contents, type Pkcs12Opening } from './pkcs12';
import { selfSignedCertificate } from './self-signed';
import { writeFileAtomic } from '../atomic-write';
import { isWrappedKey, unwrapKey, wrapKey, type WrappedKey } from './key-wrap';
import { passphraseWeakness } from './passphrase-strength';

/** A refusal the UI can explain: `code` maps to an i18n key. */
export class IdentityError extends Error {
  constructor(
    readonly code:
      | 'wrong_passphrase'
      | 'no_private_key'
      | 'unsupported_key'
      | 'expired'
      | 'not_yet_valid'
      | 'invalid_file'
      | 'not_found'
      | 'weak_passphrase'
      | 'key_mismatch'
      | 'too_complex',
    message: string,
  ) {
    super(message);
    this.name = 'IdentityError';
  }
}

export interface IdentitySummary extends KeyFacts {
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
  /** The private key under the identity passphrase (./key-wrap.ts). */
  wrappedKey?: WrappedKey;
  /**
   * How keys were kept before: PKCS#8 EncryptedPrivateKeyInfo (PBES2 with PBKDF2 at 2,048 iterations). Read to unlock
   * an identity written then, which is wrapped anew at that unlock.
   */
  encryptedKeyPem?: string;
}

/** What the UI may see of an identity: never its key, in any form. */
function summaryOf(stored: StoredIdentity): IdentitySummary {
  const { certificatePem: _c, chainPem: _ch, wrappedKey: _w, encryptedKeyPem: _k, ...summary } = stored;
  // Identities saved before names were cleaned are shown cleaned too.
  return {
    ...summary,
    name: shownName(summary.name),
    organisation: shownName(summary.organisation),
    email: shownName(summary.email),
    issuer: shownName(summary.issuer),
  };
}

const LEGACY_KEY_PEM = /^-----BEGIN ENCRYPTED PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END ENCRYPTED PRIVATE KEY-----\s*$/;

/** Wait after the n-th wrong passphrase in a row for one identity: half a second, doubling, at most 30 seconds. */
export function wrongPassphraseDelayMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(500 * 2 ** (failures - 1), 30_000);
}

export interface UnlockedIdentity {
  summary: IdentitySummary;
  certificatePem: string;
  chainPem: string[];
  privateKeyPem: string;
}

export interface IdentityStoreDeps {
  dataDir: string;
  now: () => Date;
  newId?: () => string;
  /**
   * Opens a PKCS#12 file: the desktop app does it in the file worker, under a deadline (undefined when it ran out).
   * In-process when not given.
   */
  openPkcs12?: (bytes: Buffer, passphrase: string) => Promise<Pkcs12Opening | undefined>;
  /** How the store waits after a wrong passphrase (tests record it). */
  sleep?: (ms: number) => Promise<void>;
}

/** The kinds of key `generate` makes. */
const KEY_PAIRS: Record<GeneratedKeyType, () => KeyObject> = {
  'rsa-3072': () => generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey,
  'ec-p256': () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
};

function unsupportedKey(key: KeyObject): IdentityError {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const kind = `${key.asymmetricKeyType ?? 'unknown'}${curve ? ` (${curve})` : ''}`;
  return new IdentityError('unsupported_key', `Assay signs with RSA and ECDSA P-256 or P-384 keys, not with a ${kind} key.`);
}

/** The key facts of a certificate's public key; refuses one Assay cannot sign with. */
function certificateKeyFacts(certificatePem: string): KeyFacts {
  const publicKey = new X509Certificate(certificatePem).publicKey;
  const facts = keyFactsOf(publicKey);
  if (!facts) throw unsupportedKey(publicKey);
  return facts;
}

function summarise(certificatePem: string, id: string, source: IdentitySummary['source']): IdentitySummary {
  return { id, ...certificateFacts(certificatePem), ...certificateKeyFacts(certificatePem), source };
}

/** The key of a PKCS#12 file and the certificate that goes with it, the rest of its certificates as the chain. */
function pkcs12Identity(contents: Pkcs12Contents): { privateKey: KeyObject; certificatePem: string; chainPem: string[] } {
  const keyDer = contents.privateKeys[0];
  if (!keyDer) throw new IdentityError('no_private_key', 'The PKCS#12 file holds no private key.');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: keyDer, format: 'der', type: 'pkcs8' });
  } catch {
    throw new IdentityError('unsupported_key', 'The private key in the PKCS#12 file is of a kind Assay cannot read.');
  }
  if (!keyFactsOf(privateKey)) throw unsupportedKey(privateKey);
  const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
  const publicKey = spki(createPublicKey(privateKey));
  const certificates = contents.certificates.map((der) => {
    try {
      return { pem: certificateToPem(der), publicKey: spki(new X509Certificate(der).publicKey) };
    } catch {
      throw new IdentityError('invalid_file', 'A certificate in the PKCS#12 file cannot be read.');
    }
  });
  const own = certificates.find((certificate) => certificate.publicKey.equals(publicKey));
  if (!own) throw new IdentityError('key_mismatch', 'No certificate in the file matches its private key.');
  return { privateKey, certificatePem: own.pem, chainPem: certificates.filter((certificate) => certificate !== own).map((certificate) => certificate.pem) };
}

function checkValidity(summary: IdentitySummary, now: Date): void {
  if (new Date(summary.notAfter) < now) throw new IdentityError('expired', `The certificate expired on ${summary.notAfter.slice(0, 10)}.`);
  if (new Date(summary.notBefore) > now) throw new IdentityError('not_yet_valid', `The certificate is valid only from ${summary.notBefore.slice(0, 10)}.`);
}

/** Refuses a passphrase that would not protect the key: too short, or guessable (also from the identity's own name). */
function checkPassphrase(passphrase: string, identity: { name?: string; organisation?: string; email?: string }): void {
  const weakness = passphraseWeakness(
    passphrase,
    [identity.name, identity.organisation, identity.email].filter((part) => part !== undefined),
  );
  if (weakness) throw new IdentityError('weak_passphrase', `The passphrase is ${weakness === 'short' ? 'too short' : 'too easy to guess'}.`);
}

/**
 * An identity file as Assay writes it, or undefined: an id of its form, a certificate whose fingerprint it states, and
 * a private key only in its encrypted form. Never a plain key, whatever a crafted backup holds.
 */
export function parseIdentityFile(bytes: Buffer): StoredIdentity | undefined {
  if (bytes.length > 256 * 1024) return undefined;
  let parsed: Partial<StoredIdentity>;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as Partial<StoredIdentity>;
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, certificatePem, wrappedKey, encryptedKeyPem, chainPem, name, fingerprint } = parsed;
  if (typeof id !== 'string' || !/^[a-f0-9]{24}$/.test(id) || typeof name !== 'string' || typeof fingerprint !== 'string') return undefined;
  if (typeof certificatePem !== 'string' || !Array.isArray(chainPem) || !chainPem.every((pem) => typeof pem === 'string')) return undefined;
  // Exactly one encrypted key, in either form; never a plain one.
  const wrapped = wrappedKey !== undefined && isWrappedKey(wrappedKey);
  const legacy = typeof encryptedKeyPem === 'string' && encryptedKeyPem.length <= 65_536 && LEGACY_KEY_PEM.test(encryptedKeyPem);
  if (wrapped === legacy || (wrapped && encryptedKeyPem !== undefined) || (legacy && wrappedKey !== undefined)) return undefined;
  try {
    const summary = summarise(certificatePem, id, parsed.source === 'imported' ? 'imported' : 'generated');
    if (summary.fingerprint !== fingerprint) return undefined;
    // Rebuilt from the checked parts only: certificates as their own PEM, the key in its one form, and nothing else
    // the file carried (a plain key in a field of its own, or after a certificate, stays behind).
    const { format, kdf, cipher, iv, tag, data } = wrappedKey ?? ({} as WrappedKey);
    return {
      ...summary,
      certificatePem: new X509Certificate(certificatePem).toString(),
      chainPem: chainPem.map((pem) => new X509Certificate(pem).toString()),
      ...(wrapped
        ? { wrappedKey: { format, kdf: { name: kdf.name, N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt }, cipher, iv, tag, data } }
        : { encryptedKeyPem }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Signing identities on disk, one JSON file each in <dataDir>/identities. The
 * private key is only ever stored encrypted, and only ever decrypted here.
 */
export function createIdentityStore(deps: IdentityStoreDeps) {
  const dir = join(deps.dataDir, 'identities');
  const newId = deps.newId ?? (() => randomBytes(12).toString('hex'));
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resume) => setTimeout(resume, ms)));
  /** Wrong passphrases in a row per identity, and the chain that makes attempts on one identity wait their turn. */
  const attempts = new Map<string, { failures: number; turn: Promise<unknown> }>();
  const file = (id: string) => {
    if (!/^[a-f0-9]{24}$/.test(id)) throw new IdentityError('not_found', 'No such identity.');
    return join(dir, `${id}.json`);
  };

  async function save(identity: StoredIdentity): Promise<IdentitySummary> {
    // Only this user may list or read the keys: the folder 700 (also one made before), each file 600.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    const target = file(identity.id);
    await writeFileAtomic(target, JSON.stringify(identity, null, 2), { mode: 0o600 });
    return summaryOf(identity);
  }

  /** The identity's key under `passphrase`; an identity kept the old way is wrapped anew and saved. */
  async function openKey(stored: StoredIdentity, passphrase: string): Promise<KeyObject> {
    if (stored.wrappedKey) return unwrapKey(stored.wrappedKey, passphrase, stored.fingerprint);
    const key = createPrivateKey({ key: stored.encryptedKeyPem ?? '', format: 'pem', passphrase });
    const { encryptedKeyPem: _old, ...rest } = stored;
    await save({ ...rest, wrappedKey: await wrapKey(key, passphrase, stored.fingerprint) });
    return key;
  }

  async function load(id: string): Promise<StoredIdentity> {
    let stored: StoredIdentity;
    try {
      stored = JSON.parse(await readFile(file(id), 'utf8')) as StoredIdentity;
    } catch (error) {
      if (error instanceof IdentityError) throw error;
      throw new IdentityError('not_found', 'No such identity.');
    }
    // Identities saved before the key algorithm was recorded: their certificate says it.
    return stored.keyAlgorithm ? stored : { ...stored, ...certificateKeyFacts(stored.certificatePem) };
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
      return all.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name));
    },

    /** A new self-signed identity (RSA 3072 unless `keyType` says otherwise), valid for `validityDays`. */
    async generate(input: {
      name: string;
      organisation?: string;
      email?: string;
      passphrase: string;
      keyType?: GeneratedKeyType;
      validityDays?: number;
    }): Promise<IdentitySummary> {
      checkPassphrase(input.passphrase, input);
      const privateKey = KEY_PAIRS[input.keyType ?? DEFAULT_GENERATED_KEY_TYPE]();
      const now = deps.now();
      const certificate = selfSignedCertificate({
        name: input.name,
        organisation: input.organisation,
        email: input.email,
        privateKey,
        // 16 bytes starting 0x01: positive, never zero, 120 random bits.
        serialNumber: Buffer.concat([Buffer.from([0x01]), randomBytes(15)]),
        notBefore: new Date(now.getTime() - 60_000),
        notAfter: new Date(now.getTime() + (input.validityDays ?? 730) * 86_400_000),
      });
      const certificatePem = certificateToPem(certificate);
      const summary = summarise(certificatePem, newId(), 'generated');
      return save({ ...summary, certificatePem, chainPem: [], wrappedKey: await wrapKey(privateKey, input.passphrase, summary.fingerprint) });
    },

    /** Imports a PKCS#12 file from the organisation's PKI; the key is re-encrypted under the same passphrase. */
    async importPkcs12(bytes: Buffer, passphrase: string): Promise<IdentitySummary> {
      const opening = await (deps.openPkcs12 ?? (async (file: Buffer, secret: string) => openPkcs12(file, secret)))(bytes, passphrase);
      if (!opening) throw new IdentityError('too_complex', 'Opening this PKCS#12 file takes too long.');
      if (!opening.ok) {
        if (opening.problem === 'wrong_passphrase') throw new IdentityError('wrong_passphrase', 'The passphrase does not open this PKCS#12 file.');
        throw new IdentityError('invalid_file', 'This is not a readable PKCS#12 (.p12 / .pfx) file.');
      }
      const contents: Pkcs12Contents = {
        privateKeys: opening.privateKeys.map((der) => Buffer.from(der, 'base64')),
        certificates: opening.certificates.map((der) => Buffer.from(der, 'base64')),
      };
      const { privateKey, certificatePem, chainPem } = pkcs12Identity(contents);
      const id = newId();
      const summary = summarise(certificatePem, id, 'imported');
      checkValidity(summary, deps.now());
      checkPassphrase(passphrase, summary);
      return save({ ...summary, certificatePem, chainPem, wrappedKey: await wrapKey(privateKey, passphrase, summary.fingerprint) });
    },

    /**
     * Decrypts the key for one signing operation; the key never leaves the Node side. Attempts on one identity take
     * turns, and each wrong passphrase in a row makes the answer wait longer (wrongPassphraseDelayMs).
     */
    async unlock(id: string, passphrase: string): Promise<UnlockedIdentity> {
      const stored = await load(id);
      const state = attempts.get(id) ?? { failures: 0, turn: Promise.resolve() };
      attempts.set(id, state);
      const attempt = state.turn.then(async () => {
        let key: KeyObject;
        try {
          key = await openKey(stored, passphrase);
        } catch {
          state.failures += 1;
          await sleep(wrongPassphraseDelayMs(state.failures));
          throw new IdentityError('wrong_passphrase', 'The passphrase does not unlock this identity.');
        }
        state.failures = 0;
        return key;
      });
      state.turn = attempt.catch(() => undefined);
      const key = await attempt;
      const summary = summaryOf(stored);
      checkValidity(summary, deps.now());
      return {
        summary,
        certificatePem: stored.certificatePem,
        chainPem: stored.chainPem,
        privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      };
    },

    /** Each identity's file as stored (its private key encrypted under its passphrase), for a backup that asks for them. */
    async files(): Promise<{ id: string; bytes: Buffer }[]> {
      const summaries = await this.list();
      return Promise.all(summaries.map(async ({ id }) => ({ id, bytes: await readFile(file(id)) })));
    },

    /**
     * An identity file from a backup, put back unless an identity of its id is here: checked first to be one Assay
     * writes (its certificate readable and its fingerprint, its key encrypted). Says whether it was added.
     */
    async restoreFile(bytes: Buffer): Promise<boolean> {
      const identity = parseIdentityFile(bytes);
      if (!identity) throw new IdentityError('invalid_file', 'Not an identity file.');
      const present = await readFile(file(identity.id)).then(
        () => true,
        () => false,
      );
      if (present) return false;
      await save(identity);
      return true;
    },

    /** Certificates of all local identities, to tell whether a signer is trusted on this machine. */
    async trustedFingerprints(): Promise<Set<string>> {
      return new Set((await this.list()).map((identity) => identity.fingerprint));
    },
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
