import type { KeyObject } from 'node:crypto';
import type { KeyAlgorithm } from '@shared/signing/key-types';

/** What an identity's summary says about its key. */
export interface KeyFacts {
  keyAlgorithm: KeyAlgorithm;
  /** Modulus length, for RSA keys only: a curve says all there is to say about an EC key. */
  keyBits?: number;
}

/** The curves Assay signs with, by the names Node gives them. */
const CURVES = new Map<string, KeyAlgorithm>([
  ['prime256v1', 'ec-p256'],
  ['secp384r1', 'ec-p384'],
]);

/**
 * The algorithm of a public or private key, or undefined for a key Assay cannot
 * sign with: Ed25519, DSA, RSA-PSS-only keys, other curves, explicit curve parameters.
 */
export function keyFactsOf(key: KeyObject): KeyFacts | undefined {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa' && details?.modulusLength) return { keyAlgorithm: 'rsa', keyBits: details.modulusLength };
  const curve = key.asymmetricKeyType === 'ec' && details?.namedCurve ? CURVES.get(details.namedCurve) : undefined;
  return curve ? { keyAlgorithm: curve } : undefined;
}
