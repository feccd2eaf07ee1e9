import { createHash, createPrivateKey, sign, X509Certificate } from 'node:crypto';
import type { KeyAlgorithm } from '@shared/signing/key-types';
import { keyFactsOf } from './key-algorithm';

export interface SignerMaterial {
  certificatePem: string;
  chainPem: string[];
  privateKeyPem: string;
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

// DER writing. Everything that comes from a certificate (its issuer name, its
// serial number, the certificate itself) is copied in as the bytes it was
// encoded with, never decoded and encoded again: a name must match the
// certificate's byte for byte for verifiers to find the signer's certificate,
// whatever string types the issuing CA chose.

function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  let length = [body.length];
  if (body.length >= 0x80) {
    length = [];
    for (let rest = body.length; rest > 0; rest = Math.floor(rest / 256)) length.unshift(rest % 256);
    length.unshift(0x80 | length.length);
  }
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

const sequence = (...contents: Buffer[]) => tlv(0x30, ...contents);
const set = (...contents: Buffer[]) => tlv(0x31, ...contents);
const octetString = (bytes: Buffer) => tlv(0x04, bytes);
const smallInteger = (value: number) => tlv(0x02, Buffer.from([value]));
const explicit = (tagNumber: number, ...contents: Buffer[]) => tlv(0xa0 | tagNumber, ...contents);
const NULL = tlv(0x05);

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const base128 = [arc % 128];
    for (let high = Math.floor(arc / 128); high > 0; high = Math.floor(high / 128)) base128.unshift(0x80 | (high % 128));
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

const attribute = (type: string, ...values: Buffer[]) => sequence(oid(type), set(...values));

// DER reading, just enough to find fields of a certificate.

interface Element {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

function readElement(der: Buffer, start: number, limit: number): Element {
  const tag = der[start];
  const first = der[start + 1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f || first === 0x80) throw new Error('The certificate is not DER encoded.');
  let length = first;
  let contentStart = start + 2;
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4 || contentStart + count > limit) throw new Error('The certificate is not DER encoded.');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + der[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error('The certificate is not DER encoded.');
  return { tag, start, contentStart, end };
}

function childrenOf(der: Buffer, parent: Element): Element[] {
  const children: Element[] = [];
  for (let at = parent.contentStart; at < parent.end; at = children[children.length - 1]!.end) children.push(readElement(der, at, parent.end));
  return children;
}

/** A certificate's DER with its issuer Name and serialNumber INTEGER exactly as encoded in its tbsCertificate. */
function certificateIdentifiers(certificatePem: string): { der: Buffer; issuer: Buffer; serialNumber: Buffer } {
  const der = Buffer.from(new X509Certificate(certificatePem).raw);
  const [tbsCertificate] = childrenOf(der, readElement(der, 0, der.length));
  if (!tbsCertificate) throw new Error('The certificate has no tbsCertificate.');
  // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, ...
  const fields = childrenOf(der, tbsCertificate);
  const [serialNumber, , issuer] = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  if (serialNumber?.tag !== 0x02 || issuer?.tag !== 0x30) throw new Error('The certificate has no serial number or issuer.');
  const bytes = (element: Element) => der.subarray(element.start, element.end);
  return { der, issuer: bytes(issuer), serialNumber: bytes(serialNumber) };
}

/**
 * ESS signing-certificate-v2 (RFC 5035) naming the signer's certificate by its
 * SHA-256 hash (the default hash algorithm, so not written) and issuer/serial,
 * as PAdES baseline B-B requires.
 */
function signingCertificateV2(signer: ReturnType<typeof certificateIdentifiers>): Buffer {
  const certHash = createHash('sha256').update(signer.der).digest();
  // IssuerSerial: GeneralNames holding one directoryName ([4], explicit because Name is a CHOICE).
  const issuerSerial = sequence(sequence(explicit(4, signer.issuer)), signer.serialNumber);
  const essCertIdV2 = sequence(octetString(certHash), issuerSerial);
  return attribute(OID.signingCertificateV2, sequence(sequence(essCertIdV2)));
}

/** How a key signs: the digest of the content and the attributes, and the two AlgorithmIdentifiers naming them. */
interface SignatureScheme {
  digest: 'sha256' | 'sha384';
  digestAlgorithm: Buffer;
  signatureAlgorithm: Buffer;
}

const SCHEMES: Record<KeyAlgorithm, SignatureScheme> = {
  // With NULL parameters, as RSA signatures from here have always been written (RFC 4055 wants NULL for
  // rsaEncryption; verifiers accept it on SHA-2 too, RFC 5754 section 2).
  rsa: { digest: 'sha256', digestAlgorithm: sequence(oid(OID.sha256), NULL), signatureAlgorithm: sequence(oid(OID.rsaEncryption), NULL) },
  // ECDSA signature and SHA-2 digest identifiers have no parameters at all, not even NULL (RFC 5758 3.2,
  // RFC 5754 2). The digest matches the curve, so a P-384 key is not held back by a 256-bit hash.
  'ec-p256': { digest: 'sha256', digestAlgorithm: sequence(oid(OID.sha256)), signatureAlgorithm: sequence(oid(OID.ecdsaWithSha256)) },
  'ec-p384': { digest: 'sha384', digestAlgorithm: sequence(oid(OID.sha384)), signatureAlgorithm: sequence(oid(OID.ecdsaWithSha384)) },
};

/**
 * A detached CMS SignedData over `content` (RSA with SHA-256, ECDSA with SHA-256 on
 * P-256 or SHA-384 on P-384, as the key decides), with content-type,
 * message-digest and signing-certificate-v2 signed attributes and no
 * signing-time attribute (PAdES puts the time in the signature dictionary).
 */
export function createCadesSignature(content: Buffer, material: SignerMaterial): Buffer {
  const privateKey = createPrivateKey(material.privateKeyPem);
  const keyAlgorithm = keyFactsOf(privateKey)?.keyAlgorithm;
  if (!keyAlgorithm) throw new Error(`Assay cannot sign with a ${privateKey.asymmetricKeyType ?? 'unknown'} key.`);
  const scheme = SCHEMES[keyAlgorithm];
  const signer = certificateIdentifiers(material.certificatePem);
  const chain = material.chainPem.map((pem) => Buffer.from(new X509Certificate(pem).raw));

  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(createHash(scheme.digest).update(content).digest())),
    signingCertificateV2(signer),
  ];
  // DER orders the members of a SET OF by their encoding.
  attributes.sort(Buffer.compare);
  // The signature covers the attributes as a SET; in the SignerInfo they are [0] IMPLICIT.
  // For an EC key Node returns the DER Ecdsa-Sig-Value that CMS carries.
  const signature = sign(scheme.digest, set(...attributes), privateKey);

  const signerInfo = sequence(
    smallInteger(1),
    sequence(signer.issuer, signer.serialNumber),
    scheme.digestAlgorithm,
    tlv(0xa0, ...attributes),
    scheme.signatureAlgorithm,
    octetString(signature),
  );
  const signedData = sequence(
    smallInteger(1),
    set(scheme.digestAlgorithm),
    sequence(oid(OID.data)),
    // [0] IMPLICIT certificates, the signer's first.
    tlv(0xa0, signer.der, ...chain),
    set(signerInfo),
  );
  return sequence(oid(OID.signedData), explicit(0, signedData));
}
