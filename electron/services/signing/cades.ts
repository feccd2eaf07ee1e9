import { createHash, sign as rsaSign } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

export interface SignerMaterial {
  certificatePem: string;
  chainPem: string[];
  privateKeyPem: string;
}

const der = (node: forge.asn1.Asn1) => asn1.toDer(node).getBytes();

/**
 * ESS signing-certificate-v2 (RFC 5035) naming the signer's certificate by its
 * SHA-256 hash and issuer/serial, as PAdES baseline B-B requires.
 */
function signingCertificateV2(certificatePem: string): forge.asn1.Asn1 {
  const cert = forge.pki.certificateFromPem(certificatePem);
  const certDer = Buffer.from(der(forge.pki.certificateToAsn1(cert)), 'binary');
  const certHash = createHash('sha256').update(certDer).digest().toString('binary');
  const issuerName = forge.pki.distinguishedNameToAsn1(cert.issuer);
  const issuerSerial = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [issuerName])]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(cert.serialNumber)),
  ]);
  const essCertIdV2 = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, certHash),
    issuerSerial,
  ]);
  const value = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [essCertIdV2])]);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(OID_SIGNING_CERTIFICATE_V2).getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [value]),
  ]);
}

/**
 * A detached CMS SignedData over `content` (SHA-256, RSA), with content-type,
 * message-digest and signing-certificate-v2 signed attributes and no
 * signing-time attribute (PAdES puts the time in the signature dictionary).
 */
export function createCadesSignature(content: Buffer, material: SignerMaterial): Buffer {
  const certificate = forge.pki.certificateFromPem(material.certificatePem);
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  p7.addCertificate(certificate);
  for (const pem of material.chainPem) p7.addCertificate(forge.pki.certificateFromPem(pem));
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(material.privateKeyPem) as forge.pki.rsa.PrivateKey,
    certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [{ type: forge.pki.oids.contentType!, value: forge.pki.oids.data! }, { type: forge.pki.oids.messageDigest! }],
  });
  p7.sign({ detached: true });

  // Add signing-certificate-v2 to the signed attributes, then sign them again.
  const root = p7.toAsn1();
  // ContentInfo: SEQUENCE { contentType, [0] EXPLICIT SignedData }
  const explicit = (root.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[];
  const signedData = explicit[0]!.value as forge.asn1.Asn1[];
  const signerInfos = signedData[signedData.length - 1]!.value as forge.asn1.Asn1[];
  const signerInfo = signerInfos[0]!.value as forge.asn1.Asn1[];
  const signedAttrs = signerInfo.find((node) => node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === 0)!;
  const attributes = [...(signedAttrs.value as forge.asn1.Asn1[]), signingCertificateV2(material.certificatePem)];
  // DER orders the members of a SET OF by their encoding.
  attributes.sort((a, b) => Buffer.compare(Buffer.from(der(a), 'binary'), Buffer.from(der(b), 'binary')));
  signedAttrs.value = attributes;
  const toSign = Buffer.from(der(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes)), 'binary');
  const signature = rsaSign('sha256', toSign, material.privateKeyPem);
  const signatureNode = signerInfo[signerInfo.length - 1]!;
  signatureNode.value = signature.toString('binary');
  return Buffer.from(der(root), 'binary');
}
