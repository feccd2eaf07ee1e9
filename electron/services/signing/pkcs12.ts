import forge from 'node-forge';
import { z } from 'zod';

/** What a PKCS#12 file holds, as DER for Node's crypto to read. */
export interface Pkcs12Contents {
  /** PrivateKeyInfo (unencrypted PKCS#8) of every key bag, in file order. */
  privateKeys: Buffer[];
  /** Every X.509 certificate bag, exactly the bytes its issuer signed. */
  certificates: Buffer[];
}

type Decoder = (...args: never[]) => unknown;

/**
 * Opens a PKCS#12 file: node-forge checks its MAC and decrypts it (PBES2 with
 * AES as openssl writes today, and the legacy 3DES and RC2 schemes), and the
 * keys and certificates come back as DER.
 *
 * forge would also decode the bags into its own objects, but it only knows
 * RSA: for any other key, or a certificate over one, it keeps the decrypted
 * ASN.1 instead. So that RSA and EC take one path, and a certificate is never
 * forge's re-encoding of what the CA issued, its two decoders are switched off
 * for the duration of this synchronous call, and every bag keeps its ASN.1.
 * Throws forge's errors (wrong passphrase, unreadable file) unchanged.
 */
export function readPkcs12(bytes: Buffer, passphrase: string): Pkcs12Contents {
  const pki = forge.pki as unknown as Record<'privateKeyFromAsn1' | 'certificateFromAsn1', Decoder>;
  const decoders = { privateKeyFromAsn1: pki.privateKeyFromAsn1, certificateFromAsn1: pki.certificateFromAsn1 };
  const keepAsn1: Decoder = () => {
    throw new Error('kept as ASN.1');
  };
  let p12: forge.pkcs12.Pkcs12Pfx;
  pki.privateKeyFromAsn1 = keepAsn1;
  pki.certificateFromAsn1 = keepAsn1;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary'))), passphrase);
  } finally {
    Object.assign(pki, decoders);
  }
  const oids = forge.pki.oids as Record<string, string>;
  const der = (bag: forge.pkcs12.Bag) => (bag.asn1 ? [Buffer.from(forge.asn1.toDer(bag.asn1).getBytes(), 'binary')] : []);
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  return {
    privateKeys: [...bags(oids.pkcs8ShroudedKeyBag!), ...bags(oids.keyBag!)].flatMap(der),
    certificates: bags(oids.certBag!).flatMap(der),
  };
}

/** What opening a PKCS#12 file gives, in a form that crosses from the file worker: DER as base64, or why not. */
export const pkcs12OpeningSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), privateKeys: z.array(z.base64()).max(16), certificates: z.array(z.base64()).max(64) }).strict(),
  z.object({ ok: z.literal(false), problem: z.enum(['wrong_passphrase', 'invalid_file']) }).strict(),
]);
export type Pkcs12Opening = z.output<typeof pkcs12OpeningSchema>;

/**
 * Opens a PKCS#12 file as the file worker does (its MAC and key derivations can be made to take minutes, so never
 * on the main process): its contents, or whether the passphrase or the file is at fault.
 */
export function openPkcs12(bytes: Buffer, passphrase: string): Pkcs12Opening {
  try {
    const { privateKeys, certificates } = readPkcs12(bytes, passphrase);
    return { ok: true, privateKeys: privateKeys.map((der) => der.toString('base64')), certificates: certificates.map((der) => der.toString('base64')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // forge says "mac" or "password" when the MAC or a decryption fails: a DER file that is read but not opened.
    const wrongPassphrase = /mac|password|decrypt|invalid/i.test(message) && bytes.length > 64 && bytes[0] === 0x30;
    return { ok: false, problem: wrongPassphrase ? 'wrong_passphrase' : 'invalid_file' };
  }
}
