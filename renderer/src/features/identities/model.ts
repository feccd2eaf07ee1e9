import { z } from 'zod';
import { MAX_PKCS12_BYTES, type IdentitySummaryDto } from '@shared/ipc/contract';
import { generatedKeyTypes } from '@shared/signing/key-types';
import type { Message } from '../../ui/message';

/** The passphrase length the identity store insists on. */
export const MIN_PASSPHRASE = 8;
const MAX_PASSPHRASE = 1024;
const emailSchema = z.email();

/** The create form; messages are i18n keys. */
export const createIdentitySchema = z
  .object({
    name: z.string().trim().min(1, 'identities.errors.nameRequired').max(120, 'identities.errors.nameTooLong'),
    organisation: z.string().trim().max(120, 'identities.errors.organisationTooLong'),
    email: z
      .string()
      .trim()
      .max(200, 'identities.errors.emailInvalid')
      .refine((value) => value === '' || emailSchema.safeParse(value).success, 'identities.errors.emailInvalid'),
    passphrase: z.string().min(MIN_PASSPHRASE, 'identities.errors.passphraseShort').max(MAX_PASSPHRASE, 'identities.errors.passphraseTooLong'),
    repeat: z.string(),
    keyType: z.enum(generatedKeyTypes),
  })
  .refine((values) => values.passphrase === values.repeat, { message: 'identities.errors.passphraseMismatch', path: ['repeat'] });
export type CreateIdentityValues = z.input<typeof createIdentitySchema>;

/** The import form: one .p12/.pfx file of at most 1 MB, refused here before it is read or sent. */
export const importIdentitySchema = z.object({
  file: z.custom<FileList | null | undefined>().superRefine((files, ctx) => {
    const file = files?.[0];
    if (!file) ctx.addIssue({ code: 'custom', message: 'identities.errors.fileRequired' });
    else if (file.size > MAX_PKCS12_BYTES) ctx.addIssue({ code: 'custom', message: 'identities.errors.fileTooLarge' });
  }),
  passphrase: z.string().min(1, 'identities.errors.passphraseRequired').max(MAX_PASSPHRASE, 'identities.errors.passphraseTooLong'),
});
export type ImportIdentityValues = z.input<typeof importIdentitySchema>;

export const refusalCodes = [
  'wrong_passphrase',
  'no_private_key',
  'unsupported_key',
  'expired',
  'not_yet_valid',
  'invalid_file',
  'not_found',
  'weak_passphrase',
  'key_mismatch',
  'too_complex',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export function isKnownRefusal(code: string): code is RefusalCode {
  return (refusalCodes as readonly string[]).includes(code);
}

/** A refusal from a signing service: `refused` is a code the UI turns into a message. */
export interface Refusal {
  refused: string;
  message: string;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value && typeof (value as Refusal).refused === 'string';
}

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export type Validity = { state: 'valid' } | { state: 'expiring'; days: number } | { state: 'expired' } | { state: 'notYetValid' };

/** Where a certificate stands today: expired, expiring within 30 days, not yet valid, or valid. */
export function validityOf(identity: Pick<IdentitySummaryDto, 'notBefore' | 'notAfter'>, now: number = Date.now()): Validity {
  const notAfter = Date.parse(identity.notAfter);
  const notBefore = Date.parse(identity.notBefore);
  if (notAfter <= now) return { state: 'expired' };
  if (notBefore > now) return { state: 'notYetValid' };
  const days = Math.max(1, Math.floor((notAfter - now) / DAY_MS));
  return days <= EXPIRY_WARNING_DAYS ? { state: 'expiring', days } : { state: 'valid' };
}

/** The key of an identity in words, e.g. "RSA, 3072 bits" or "ECDSA P-256". */
export function keyDescription(identity: Pick<IdentitySummaryDto, 'keyAlgorithm' | 'keyBits'>): Message {
  if (identity.keyAlgorithm !== 'rsa') return { key: `identities.keyAlgorithms.${identity.keyAlgorithm}` };
  return identity.keyBits ? { key: 'identities.keyAlgorithms.rsa', params: { bits: identity.keyBits } } : { key: 'identities.keyAlgorithms.rsaUnsized' };
}
