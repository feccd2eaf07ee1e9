/**
 * The public-key algorithms a signing identity can have: the ones Assay signs
 * with (RSA, ECDSA on P-256 or P-384). An identity's algorithm is read from
 * its certificate, so imported identities have one too.
 */
export const keyAlgorithms = ['rsa', 'ec-p256', 'ec-p384'] as const;
export type KeyAlgorithm = (typeof keyAlgorithms)[number];

/** The keys Assay generates for a new self-signed identity; RSA 3072 signs for the widest range of readers. */
export const generatedKeyTypes = ['rsa-3072', 'ec-p256'] as const;
export type GeneratedKeyType = (typeof generatedKeyTypes)[number];
export const DEFAULT_GENERATED_KEY_TYPE: GeneratedKeyType = 'rsa-3072';
