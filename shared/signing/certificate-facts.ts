import { z } from 'zod';

/** What a person needs to know about a certificate: who, issued by whom, valid when. One shape for identities and signers. */
export const certificateFactsSchema = z.object({
  name: z.string(),
  organisation: z.string().optional(),
  email: z.string().optional(),
  issuer: z.string(),
  /** SHA-256 of the certificate (DER), colon-separated hex as certificate viewers show it. */
  fingerprint: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  selfSigned: z.boolean(),
});
export type CertificateFacts = z.infer<typeof certificateFactsSchema>;
