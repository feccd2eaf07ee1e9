import { createHash, createPublicKey, sign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { KeyAlgorithm } from '@shared/signing/key-types';
import { keyFactsOf } from './key-algorithm';

export interface SelfSignedRequest {
  name: string;
  organisation?: string;
  email?: string;
  privateKey: KeyObject;
  /** Big-endian, positive (first byte below 0x80) and without leading zero bytes. */
  serialNumber: Buffer;
  notBefore: Date;
  notAfter: Date;
}

const OID = {
  commonName: '2.5.4.3',
  organizationName: '2.5.4.10',
  emailAddress: '1.2.840.113549.1.9.1',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  emailProtection: '1.3.6.1.5.5.7.3.4',
};

/**
 * The certificate's signature algorithm for each kind of key. RSA's has NULL
 * parameters (RFC 4055 requires them), ECDSA's none at all (RFC 5758).
 */
const SIGNATURES: Record<KeyAlgorithm, { oid: string; digest: string; nullParameters: boolean }> = {
  rsa: { oid: '1.2.840.113549.1.1.11', digest: 'sha256', nullParameters: true },
  'ec-p256': { oid: '1.2.840.10045.4.3.2', digest: 'sha256', nullParameters: false },
  'ec-p384': { oid: '1.2.840.10045.4.3.3', digest: 'sha384', nullParameters: false },
};

/**
 * A Name with one attribute per RDN, as certificate authorities write them.
 * pkijs would put all attributes into one multi-valued RDN, so the Name is
 * encoded here and read back, and pkijs then keeps these bytes.
 */
function distinguishedName(request: SelfSignedRequest): pkijs.RelativeDistinguishedNames {
  const attribute = (type: string, value: pkijs.AttributeValueType) => new pkijs.AttributeTypeAndValue({ type, value });
  const attributes = [
    // UTF8String, so names such as "Weiß" survive in every certificate viewer.
    attribute(OID.commonName, new asn1js.Utf8String({ value: request.name })),
    ...(request.organisation ? [attribute(OID.organizationName, new asn1js.Utf8String({ value: request.organisation }))] : []),
    // PKCS#9 defines emailAddress as an IA5String.
    ...(request.email ? [attribute(OID.emailAddress, new asn1js.IA5String({ value: request.email }))] : []),
  ];
  const name = new asn1js.Sequence({ value: attributes.map((item) => new asn1js.Set({ value: [item.toSchema()] })) });
  return pkijs.RelativeDistinguishedNames.fromBER(name.toBER(false));
}

/** UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5), to the second. */
function certificateTime(date: Date): pkijs.Time {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return new pkijs.Time({ type: value.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime, value });
}

const extension = (extnID: string, value: asn1js.BaseBlock) => new pkijs.Extension({ extnID, extnValue: value.toBER(false) });

/** The extensions of a signing certificate: an end entity for document signatures and e-mail protection. */
function extensions(request: SelfSignedRequest, publicKey: pkijs.PublicKeyInfo): pkijs.Extension[] {
  // RFC 5280 method 1: SHA-1 over the subjectPublicKey BIT STRING's bits.
  const keyIdentifier = createHash('sha1').update(publicKey.subjectPublicKey.valueBlock.valueHexView).digest();
  return [
    extension(OID.basicConstraints, new pkijs.BasicConstraints({ cA: false }).toSchema()),
    // digitalSignature (bit 0) and nonRepudiation (bit 1): 11000000 with six unused bits.
    extension(OID.keyUsage, new asn1js.BitString({ valueHex: new Uint8Array([0xc0]), unusedBits: 6 })),
    extension(OID.extKeyUsage, new pkijs.ExtKeyUsage({ keyPurposes: [OID.emailProtection] }).toSchema()),
    ...(request.email
      ? [extension(OID.subjectAltName, new pkijs.AltName({ altNames: [new pkijs.GeneralName({ type: 1, value: request.email })] }).toSchema())]
      : []),
    extension(OID.subjectKeyIdentifier, new asn1js.OctetString({ valueHex: keyIdentifier })),
  ];
}

/**
 * A self-signed X.509 v3 certificate (DER) for a signing identity, built with
 * pkijs for RSA and EC keys alike. Node's crypto signs the tbsCertificate
 * (an ECDSA signature comes out as the DER Ecdsa-Sig-Value X.509 wants), so
 * the key never has to be imported into WebCrypto, and the algorithm
 * identifier is the one written above rather than pkijs's, which drops RSA's
 * NULL parameters.
 */
export function selfSignedCertificate(request: SelfSignedRequest): Buffer {
  const facts = keyFactsOf(request.privateKey);
  if (!facts) throw new Error(`Assay cannot certify a ${request.privateKey.asymmetricKeyType ?? 'unknown'} key.`);
  const scheme = SIGNATURES[facts.keyAlgorithm];
  const algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: scheme.oid, ...(scheme.nullParameters ? { algorithmParams: new asn1js.Null() } : {}) });
  const publicKey = pkijs.PublicKeyInfo.fromBER(createPublicKey(request.privateKey).export({ type: 'spki', format: 'der' }));

  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: request.serialNumber }),
    signature: algorithm,
    issuer: distinguishedName(request),
    subject: distinguishedName(request),
    notBefore: certificateTime(request.notBefore),
    notAfter: certificateTime(request.notAfter),
    subjectPublicKeyInfo: publicKey,
    extensions: extensions(request, publicKey),
    signatureAlgorithm: algorithm,
  });
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER(false));
  certificate.signatureValue = new asn1js.BitString({ valueHex: sign(scheme.digest, certificate.tbsView, request.privateKey) });
  return Buffer.from(certificate.toSchema().toBER(false));
}
