import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signPdfWith, type SignatureDetails } from '../../electron/services/signing/sign-pdf';
import { run } from './pdf-tools';

/*
 * PDFs signed by someone else's software: the CMS is made by `openssl cms -sign` over the signed bytes our
 * placeholder writer hands out, with keys and self-signed certificates openssl made. A verifier that only
 * understands the CMS our own signer writes (RSA PKCS#1 v1.5, SHA-256, our attribute order) fails these.
 */

export interface ForeignKind {
  label: string;
  /** How the verifier should name the algorithm (the key size may be named too). */
  algorithm: RegExp;
  /** openssl req -newkey arguments. */
  newKey: string[];
  /** Extra openssl cms -sign arguments. */
  signArgs: string[];
  subFilter: NonNullable<SignatureDetails['subFilter']>;
  /** The CMS carries signed attributes (contentType, messageDigest, signingTime, signingCertificateV2). */
  signedAttributes: boolean;
}

export const foreignKinds: readonly ForeignKind[] = [
  {
    label: 'ecdsa-p256-sha256',
    algorithm: /^ECDSA P-256 with SHA-256$/,
    newKey: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-sha256'],
    signArgs: ['-md', 'sha256', '-cades'],
    subFilter: 'ETSI.CAdES.detached',
    signedAttributes: true,
  },
  {
    label: 'ecdsa-p384-sha384',
    algorithm: /^ECDSA P-384 with SHA-384$/,
    newKey: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-sha384'],
    signArgs: ['-md', 'sha384', '-cades'],
    subFilter: 'ETSI.CAdES.detached',
    signedAttributes: true,
  },
  {
    label: 'rsa-pss-sha256',
    algorithm: /^RSA-PSS\b.* with SHA-256$/,
    newKey: ['-newkey', 'rsa:2048', '-sha256'],
    signArgs: ['-md', 'sha256', '-keyopt', 'rsa_padding_mode:pss', '-cades'],
    subFilter: 'ETSI.CAdES.detached',
    signedAttributes: true,
  },
  {
    label: 'rsa-sha384',
    algorithm: /^RSA\b(?!-PSS).* with SHA-384$/,
    newKey: ['-newkey', 'rsa:3072', '-sha256'],
    signArgs: ['-md', 'sha384', '-cades'],
    subFilter: 'ETSI.CAdES.detached',
    signedAttributes: true,
  },
  {
    label: 'rsa-noattr',
    algorithm: /^RSA\b(?!-PSS).* with SHA-256$/,
    newKey: ['-newkey', 'rsa:2048', '-sha256'],
    signArgs: ['-md', 'sha256', '-noattr'],
    subFilter: 'adbe.pkcs7.detached',
    signedAttributes: false,
  },
];

export interface ForeignSigner extends ForeignKind {
  certificatePem: string;
  /** SHA-256 of the certificate, colon-separated upper-case hex, as the report names it. */
  fingerprint: string;
  /** Signs `pdf` with openssl, through our placeholder writer. */
  sign(pdf: Buffer, details: SignatureDetails): Promise<Buffer>;
}

function openssl(args: string[]): void {
  const result = run('openssl', args);
  if (result.code !== 0) throw new Error(`openssl ${args[0]} failed: ${result.out}`);
}

/** A key and a self-signed certificate made by openssl in `dir`, and a signer that uses them. */
export function createForeignSigner(dir: string, kind: ForeignKind, subject = `/CN=Foreign ${kind.label}/O=Other Vendor Ltd`): ForeignSigner {
  const file = (name: string) => join(dir, `${kind.label}-${name}`);
  openssl(['req', '-x509', ...kind.newKey, '-nodes', '-keyout', file('key.pem'), '-out', file('cert.pem'), '-days', '30', '-subj', subject]);
  const certificatePem = readFileSync(file('cert.pem'), 'utf8');
  let count = 0;
  return {
    ...kind,
    certificatePem,
    fingerprint: new X509Certificate(certificatePem).fingerprint256,
    sign: (pdf, details) =>
      signPdfWith(
        pdf,
        async (signedBytes) => {
          count += 1;
          const content = file(`content-${count}.bin`);
          const der = file(`cms-${count}.der`);
          writeFileSync(content, signedBytes);
          openssl([
            'cms',
            '-sign',
            '-binary',
            '-outform',
            'DER',
            '-in',
            content,
            '-signer',
            file('cert.pem'),
            '-inkey',
            file('key.pem'),
            '-out',
            der,
            ...kind.signArgs,
          ]);
          return readFileSync(der);
        },
        { ...details, subFilter: kind.subFilter },
      ),
  };
}
