import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, scrypt, type KeyObject } from 'node:crypto';

/**
 * How a signing identity's private key is kept on disk: its PKCS#8 DER encrypted with AES-256-GCM under a key derived
 * from the passphrase with scrypt (N = 2^17, r = 8, p = 1: about 128 MiB and a few hundred milliseconds per guess).
 * The authenticated data binds the key to its certificate's fingerprint, so a key cannot be moved into another
 * identity's file unnoticed.
 */
export interface WrappedKey {
  format: 'assay-key-1';
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  data: string;
}

export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** The costliest parameters a file may name: a crafted file cannot make an unlock take gigabytes. */
const MAX_N = 2 ** 18;

/** Wrong passphrase, or a file changed after it was written: GCM cannot tell them apart, and neither do we. */
export class UnwrapError extends Error {
  constructor() {
    super('The passphrase does not unlock this key.');
    this.name = 'UnwrapError';
  }
}

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // libuv's thread pool does the work: the main process goes on answering while a key is derived.
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 128 * cost.N * cost.r * cost.p * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const associated = (fingerprint: string) => Buffer.from(`assay-key-1 ${fingerprint}`, 'utf8');

export async function wrapKey(privateKey: KeyObject, passphrase: string, fingerprint: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await derive(passphrase, salt, SCRYPT_COST);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associated(fingerprint));
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  der.fill(0);
  key.fill(0);
  return {
    format: 'assay-key-1',
    kdf: { name: 'scrypt', ...SCRYPT_COST, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export async function unwrapKey(wrapped: WrappedKey, passphrase: string, fingerprint: string): Promise<KeyObject> {
  const { N, r, p } = wrapped.kdf;
  const key = await derive(passphrase, Buffer.from(wrapped.kdf.salt, 'base64'), { N, r, p });
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(associated(fingerprint));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
    try {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } finally {
      der.fill(0);
    }
  } catch {
    throw new UnwrapError();
  } finally {
    key.fill(0);
  }
}

const base64 = (value: unknown, bytes?: number): boolean =>
  typeof value === 'string' &&
  value.length <= 16_384 &&
  /^[A-Za-z0-9+/]*={0,2}$/.test(value) &&
  (bytes === undefined || Buffer.from(value, 'base64').length === bytes);

/** A wrapped key as this module writes it, with parameters an unlock can afford; anything else is not one. */
export function isWrappedKey(value: unknown): value is WrappedKey {
  if (typeof value !== 'object' || value === null) return false;
  const wrapped = value as Partial<WrappedKey>;
  const kdf = wrapped.kdf as Partial<WrappedKey['kdf']> | undefined;
  return (
    wrapped.format === 'assay-key-1' &&
    wrapped.cipher === 'aes-256-gcm' &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'scrypt' &&
    Number.isInteger(kdf.N) &&
    kdf.N! >= SCRYPT_COST.N &&
    kdf.N! <= MAX_N &&
    (kdf.N! & (kdf.N! - 1)) === 0 &&
    kdf.r === SCRYPT_COST.r &&
    kdf.p === SCRYPT_COST.p &&
    base64(kdf.salt, 16) &&
    base64(wrapped.iv, 12) &&
    base64(wrapped.tag, 16) &&
    base64(wrapped.data) &&
    (wrapped.data?.length ?? 0) > 0
  );
}
