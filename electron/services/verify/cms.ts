import { createHash, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { ProblemCode } from '@shared/verify/report';

/** What the CMS of one PDF signature says, checked by pkijs against the signed bytes. */
export interface CmsVerdict {
  valid: boolean;
  problem?: ProblemCode;
  certificate?: X509Certificate;
  algorithm?: string;
  padesLevel?: 'B-B' | 'CMS';
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  rsaPss: '1.2.840.113549.1.1.10',
} as const;

/** Digests we accept; SHA-1 and MD5 are refused: PDF collisions have been made with both. */
const DIGESTS: Record<string, { node: string; label: string }> = {
  '2.16.840.1.101.3.4.2.1': { node: 'sha256', label: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { node: 'sha384', label: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { node: 'sha512', label: 'SHA-512' },
};

const SIGNATURE_ALGORITHMS: Record<string, 'rsa' | 'rsa-pss' | 'ecdsa'> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.113549.1.1.11': 'rsa',
  '1.2.840.113549.1.1.12': 'rsa',
  '1.2.840.113549.1.1.13': 'rsa',
  [OID.rsaPss]: 'rsa-pss',
  '1.2.840.10045.2.1': 'ecdsa',
  '1.2.840.10045.4.3.2': 'ecdsa',
  '1.2.840.10045.4.3.3': 'ecdsa',
  '1.2.840.10045.4.3.4': 'ecdsa',
};

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

const bytesOf = (view: ArrayBuffer | Uint8Array) => Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));

function describeAlgorithm(kind: 'rsa' | 'rsa-pss' | 'ecdsa', digest: string, certificate: X509Certificate): string {
  const details = certificate.publicKey.asymmetricKeyDetails;
  if (kind === 'ecdsa') return `ECDSA ${CURVES[details?.namedCurve ?? ''] ?? details?.namedCurve ?? ''} with ${digest}`.replace('  ', ' ');
  const bits = details?.modulusLength ? ` ${details.modulusLength}` : '';
  return kind === 'rsa-pss' ? `RSA-PSS${bits} with ${digest}` : `RSA${bits} PKCS#1 v1.5 with ${digest}`;
}

/** The certHash of an ESS signing-certificate(-v2) attribute's first ESSCertID, and its hash algorithm. */
function essCertHash(attribute: pkijs.Attribute, v2: boolean): { hash: Buffer; algorithm: string } | undefined {
  const value = attribute.values[0] as asn1js.Sequence | undefined;
  const certs = value?.valueBlock.value[0] as asn1js.Sequence | undefined;
  const first = certs?.valueBlock.value[0] as asn1js.Sequence | undefined;
  if (!first) return undefined;
  const fields = first.valueBlock.value;
  if (!v2) {
    const hash = fields[0];
    return hash instanceof asn1js.OctetString ? { hash: bytesOf(hash.valueBlock.valueHexView), algorithm: 'sha1' } : undefined;
  }
  // ESSCertIDv2: hashAlgorithm (default SHA-256) may be left out.
  let algorithm = 'sha256';
  let index = 0;
  if (fields[0] instanceof asn1js.Sequence) {
    const oid = fields[0].valueBlock.value[0];
    if (!(oid instanceof asn1js.ObjectIdentifier)) return undefined;
    const known = DIGESTS[oid.valueBlock.toString()];
    if (!known) return undefined;
    algorithm = known.node;
    index = 1;
  }
  const hash = fields[index];
  return hash instanceof asn1js.OctetString ? { hash: bytesOf(hash.valueBlock.valueHexView), algorithm } : undefined;
}

/** The SignedData of a CMS ContentInfo, or a malformed-signature code. */
function parseSignedData(der: Buffer): pkijs.SignedData | ProblemCode {
  const asn1 = asn1js.fromBER(new Uint8Array(der));
  if (asn1.offset === -1 || asn1.offset !== der.length) return 'cms_unreadable';
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) return 'cms_unreadable';
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return 'cms_unreadable';
  }
}

/**
 * Verifies a detached CMS over the signed bytes: the signer certificate the
 * SignerInfo names, the message digest (when signed attributes are present),
 * the content type, the ESS signing-certificate hash and the signature value.
 * RSA PKCS#1 v1.5, RSA-PSS and ECDSA with SHA-256/384/512, by pkijs.
 */
export async function verifyCms(der: Buffer, signedBytes: Buffer, subFilter: string | undefined): Promise<CmsVerdict> {
  const signedData = parseSignedData(der);
  if (typeof signedData === 'string') return { valid: false, problem: signedData };
  if (signedData.signerInfos.length !== 1 || signedData.encapContentInfo.eContent) return { valid: false, problem: 'cms_unsupported' };
  const signerInfo = signedData.signerInfos[0]!;
  const digest = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  const kind = SIGNATURE_ALGORITHMS[signerInfo.signatureAlgorithm.algorithmId];

  // The signer is the certificate the SignerInfo names (pkijs matches issuer and serial, or the key id).
  let result: pkijs.SignedDataVerifyResult | undefined;
  let failure: pkijs.SignedDataVerifyError | undefined;
  try {
    result = await signedData.verify({ signer: 0, data: new Uint8Array(signedBytes).buffer, extendedMode: true, checkChain: false });
  } catch (error) {
    if (!(error instanceof pkijs.SignedDataVerifyError)) return { valid: false, problem: 'cms_unreadable' };
    failure = error;
  }
  const signerCertificate = result?.signerCertificate ?? failure?.signerCertificate;
  if (!signerCertificate) return { valid: false, problem: failure?.code === 2 || failure?.code === 3 ? 'signer_certificate' : 'cms_unreadable' };
  const certificateDer = bytesOf(signerCertificate.toSchema().toBER(false));
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificateDer);
  } catch {
    return { valid: false, problem: 'signer_certificate' };
  }
  // A refused algorithm (SHA-1, MD5, DSA …) still names its signer; pkijs's own answer does not count.
  if (!digest || !kind) return { valid: false, problem: 'unsupported_algorithm', certificate };
  const algorithm = describeAlgorithm(kind, digest.label, certificate);
  const base = { certificate, algorithm };

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const find = (type: string) => attributes.find((attribute) => attribute.type === type);
  if (signerInfo.signedAttrs) {
    const claimed = find(OID.messageDigest)?.values[0];
    const actual = createHash(digest.node).update(signedBytes).digest();
    if (!(claimed instanceof asn1js.OctetString) || !bytesOf(claimed.valueBlock.valueHexView).equals(actual)) {
      return { ...base, valid: false, problem: 'digest_mismatch' };
    }
    const contentType = find(OID.contentType)?.values[0];
    if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== signedData.encapContentInfo.eContentType) {
      return { ...base, valid: false, problem: 'content_type' };
    }
  }
  if (failure || !result?.signatureVerified) {
    return { ...base, valid: false, problem: failure?.code === 7 ? 'unsupported_algorithm' : 'signature_mismatch' };
  }

  // ESS signing-certificate(-v2) binds the signature to one certificate: it must be the one that verified.
  const ess = find(OID.signingCertificateV2) ?? find(OID.signingCertificate);
  if (ess) {
    const named = essCertHash(ess, ess.type === OID.signingCertificateV2);
    if (!named || !createHash(named.algorithm).update(certificateDer).digest().equals(named.hash)) {
      return { ...base, valid: false, problem: 'signing_certificate_hash' };
    }
  }
  const padesLevel = subFilter === 'ETSI.CAdES.detached' && signerInfo.signedAttrs && ess ? 'B-B' : 'CMS';
  return { ...base, valid: true, padesLevel };
}
