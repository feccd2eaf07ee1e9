import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import forge from 'node-forge';
import { certificateFacts } from './certificate';

export type VerificationStatus = 'valid' | 'invalid' | 'unsigned' | 'corrupt';

export interface VerificationResult {
  status: VerificationStatus;
  /** Signature math holds and the signed bytes are unchanged. */
  signatureValid: boolean;
  /** The signature covers every byte of the file but its own value: nothing was added or changed after signing. */
  coversWholeFile: boolean;
  signer?: { name: string; organisation?: string; email?: string; fingerprint: string; issuer: string; notAfter: string };
  /** From the signature dictionary (/M), as the signer's machine recorded it. */
  signedAt?: string;
  reason?: string;
  location?: string;
  /** The signer's certificate belongs to an identity on this machine. */
  trusted: boolean;
  /** Text of an embedded assessment attachment, if the PDF carries one. */
  attachment?: { fileName: string; json: string };
  problem?: string;
}

const latin1 = (buffer: Buffer) => buffer.toString('latin1');

/** The CMS inside a /Contents placeholder: its DER length says where the zero padding starts. */
export function cmsFromContents(hex: string): Buffer {
  const bytes = Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  if (bytes[0] !== 0x30) throw new Error('not a DER sequence');
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + bytes[2 + i]!;
  return bytes.subarray(0, 2 + count + length);
}

function pdfDate(raw: string | undefined): string | undefined {
  const m = raw?.match(/D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/);
  if (!m) return undefined;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function pdfString(dict: string, key: string): string | undefined {
  const m = dict.match(new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`));
  return m?.[1]?.replace(/\\([()\\])/g, '$1');
}

/** Finds an embedded JSON file (our own report attachment) and returns its text. */
export function findJsonAttachment(pdf: Buffer): { fileName: string; json: string } | undefined {
  const text = latin1(pdf);
  const spec = text.match(/\/Type\s*\/Filespec[\s\S]{0,400}?\/F\s*\(([^)]*\.json)\)/);
  const marker = /\/Type\s*\/EmbeddedFile\b/g;
  let match: RegExpExecArray | null;
  while ((match = marker.exec(text))) {
    const dictStart = text.lastIndexOf('obj', match.index);
    const streamAt = text.indexOf('stream', match.index);
    if (dictStart < 0 || streamAt < 0) continue;
    const dict = text.slice(dictStart, streamAt);
    const length = Number(dict.match(/\/Length\s+(\d+)(?!\s+\d+\s+R)/)?.[1]);
    let start = streamAt + 'stream'.length;
    if (text[start] === '\r') start += 1;
    if (text[start] === '\n') start += 1;
    if (!Number.isFinite(length)) continue;
    let body = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const json = body.toString('utf8');
    if (json.trimStart().startsWith('{')) return { fileName: spec?.[1] ?? 'assessment.json', json };
  }
  return undefined;
}

const derOf = (node: forge.asn1.Asn1) => forge.asn1.toDer(node).getBytes();

/** True when the SignerInfo's issuerAndSerialNumber equals the certificate's issuer and serial number. */
function namesCertificate(signerInfo: forge.asn1.Asn1, certificate: forge.asn1.Asn1): boolean {
  const sid = (signerInfo.value as forge.asn1.Asn1[])[1];
  const tbs = (certificate.value as forge.asn1.Asn1[])[0];
  if (!sid || !Array.isArray(sid.value) || !tbs || !Array.isArray(tbs.value)) return false;
  // An explicit version [0] comes before the serial number when present.
  const offset = tbs.value[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = tbs.value[offset];
  const issuer = tbs.value[offset + 2];
  const [sidIssuer, sidSerial] = sid.value;
  return !!serial && !!issuer && !!sidIssuer && !!sidSerial && derOf(sidIssuer) === derOf(issuer) && derOf(sidSerial) === derOf(serial);
}

/**
 * Checks the last signature of a PDF: the byte range, the SHA-256 digest in the
 * signed attributes and the RSA signature over them, against the certificate in
 * the CMS. It does not consult any trust store beyond the local identities.
 */
export function verifyPdf(pdf: Buffer, trustedFingerprints: ReadonlySet<string>): VerificationResult {
  const base = { signatureValid: false, coversWholeFile: false, trusted: false };
  const text = latin1(pdf);
  if (!text.startsWith('%PDF-') || !/%%EOF\s*$/.test(text.slice(-1024))) {
    return { ...base, status: 'corrupt', problem: 'not_a_pdf' };
  }
  const attachment = findJsonAttachment(pdf);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { ...base, status: 'unsigned', attachment };
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || c <= b || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    return { ...base, status: 'corrupt', problem: 'byte_range', attachment };
  }
  const coversWholeFile = c + d === pdf.length;
  const dictStart = text.lastIndexOf('<<', last.index);
  const dict = text.slice(dictStart, c + 200);
  const contentsHex = text.slice(b + 1, c - 1);
  const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const details = { signedAt: pdfDate(pdfString(dict, 'M')), reason: pdfString(dict, 'Reason'), location: pdfString(dict, 'Location'), attachment };

  let message: forge.pkcs7.PkcsSignedData;
  try {
    const cms = cmsFromContents(contentsHex);
    message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(cms.toString('binary')))) as forge.pkcs7.PkcsSignedData;
  } catch {
    return { ...base, coversWholeFile, status: 'corrupt', problem: 'cms', ...details };
  }
  const raw = (message as unknown as { rawCapture: { signerInfos: forge.asn1.Asn1[]; certificates?: forge.asn1.Asn1 } }).rawCapture;
  const rawSigner = raw.signerInfos[0];
  const certificateNodes = (raw.certificates?.value ?? []) as forge.asn1.Asn1[];
  if (certificateNodes.length === 0 || !rawSigner) return { ...base, coversWholeFile, status: 'corrupt', problem: 'cms', ...details };
  // The signer is the embedded certificate whose issuer and serial number the SignerInfo names, byte for byte.
  const signerNode = certificateNodes.find((node) => namesCertificate(rawSigner, node));
  if (!signerNode) return { ...base, coversWholeFile, status: 'invalid', problem: 'signer_certificate', ...details };
  const certificate = forge.pki.certificateFromAsn1(signerNode);

  const certificatePem = forge.pki.certificateToPem(certificate);
  const x509 = new X509Certificate(certificatePem);
  const { name, organisation, email, fingerprint, issuer, notAfter } = certificateFacts(certificatePem);
  const signer = { name, organisation, email, fingerprint, issuer, notAfter };

  const parts = rawSigner.value as forge.asn1.Asn1[];
  const signedAttrs = parts.find((node) => node.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === 0);
  const signature = Buffer.from(parts[parts.length - 1]!.value as string, 'binary');
  if (!signedAttrs) return { ...base, coversWholeFile, status: 'invalid', signer, trusted: false, problem: 'no_signed_attributes', ...details };

  const attributes = signedAttrs.value as forge.asn1.Asn1[];
  const digestAttr = attributes.find((attr) => forge.asn1.derToOid((attr.value as forge.asn1.Asn1[])[0]!.value as string) === forge.pki.oids.messageDigest);
  const claimed = digestAttr ? Buffer.from(((digestAttr.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as string, 'binary') : Buffer.alloc(0);
  const actual = createHash('sha256').update(signedBytes).digest();
  const setDer = Buffer.from(forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes)).getBytes(), 'binary');
  let mathOk = false;
  try {
    mathOk = verifySignature('sha256', setDer, x509.publicKey, signature);
  } catch {
    mathOk = false;
  }
  const signatureValid = mathOk && claimed.equals(actual);
  const trusted = trustedFingerprints.has(signer.fingerprint);
  return {
    status: signatureValid && coversWholeFile ? 'valid' : 'invalid',
    signatureValid,
    coversWholeFile,
    signer,
    trusted,
    problem: !mathOk ? 'signature' : !claimed.equals(actual) ? 'digest' : !coversWholeFile ? 'modified_after_signing' : undefined,
    ...details,
  };
}
