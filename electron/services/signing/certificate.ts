import { X509Certificate } from 'node:crypto';
import type { CertificateFacts } from '@shared/signing/certificate-facts';

const field = (dn: string, key: string) =>
  dn
    .split('\n')
    .find((line) => line.startsWith(`${key}=`))
    ?.slice(key.length + 1);

/** Longest name a certificate may show with: enough for any real one. */
export const MAX_SHOWN_NAME = 200;

/**
 * A certificate's text as it may be shown: without control and formatting characters (a right-to-left override
 * would make "Alex‮gpj.exe" read differently from what it is), spaces collapsed, at most MAX_SHOWN_NAME characters.
 */
export function shownName(value: string): string;
export function shownName(value: string | undefined): string | undefined;
export function shownName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const clean = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...clean];
  return characters.length > MAX_SHOWN_NAME ? `${characters.slice(0, MAX_SHOWN_NAME - 1).join('')}…` : clean;
}

/** What a person needs to know about a certificate: who, issued by whom, valid when, in text that is safe to show. */
export function certificateFacts(certificatePem: string): CertificateFacts {
  const cert = new X509Certificate(certificatePem);
  return {
    name: shownName(field(cert.subject, 'CN') ?? cert.subject),
    organisation: shownName(field(cert.subject, 'O')),
    email: shownName(field(cert.subject, 'emailAddress') ?? cert.subjectAltName?.match(/email:([^,\s]+)/)?.[1]),
    issuer: shownName(field(cert.issuer, 'CN') ?? cert.issuer),
    fingerprint: cert.fingerprint256,
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
  };
}

/** PEM of a certificate's DER, wrapped here rather than re-encoded by any parser, so the bytes stay as issued. */
export function certificateToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
