import { X509Certificate } from 'node:crypto';
import type { CertificateFacts } from '@shared/signing/certificate-facts';

const field = (dn: string, key: string) =>
  dn
    .split('\n')
    .find((line) => line.startsWith(`${key}=`))
    ?.slice(key.length + 1);

/** What a person needs to know about a certificate: who, issued by whom, valid when. */
export function certificateFacts(certificatePem: string): CertificateFacts {
  const cert = new X509Certificate(certificatePem);
  return {
    name: field(cert.subject, 'CN') ?? cert.subject,
    organisation: field(cert.subject, 'O'),
    email: field(cert.subject, 'emailAddress') ?? cert.subjectAltName?.match(/email:([^,\s]+)/)?.[1],
    issuer: field(cert.issuer, 'CN') ?? cert.issuer,
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
