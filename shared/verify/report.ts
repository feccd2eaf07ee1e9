import { z } from 'zod';
import { certificateFactsSchema } from '../signing/certificate-facts';

/**
 * What a PDF verification finds, as one schema for the Node verifier, the IPC
 * channel, the command-line verifier's JSON and the Verify page.
 */

/** The document's verdict, worst first when several signatures disagree. */
export const verdicts = ['unreadable', 'malformed', 'invalid', 'modified', 'unsigned', 'valid'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * Why a file or a signature is not valid, named precisely. `unreadable` codes
 * are about the file, `malformed` codes about one signature's structure,
 * `invalid` codes about its cryptography, `modified` codes about what happened after signing.
 */
export const problemCodes = [
  // unreadable: the file as a whole
  'empty_file',
  'file_too_large',
  'not_a_pdf',
  'no_xref',
  'broken_xref',
  'too_complex',
  'timeout',
  // malformed: one signature's structure
  'signature_not_dictionary',
  'signature_syntax',
  'byte_range_missing',
  'byte_range_invalid',
  'byte_range_not_contents',
  'contents_missing',
  'contents_not_hex',
  'contents_padding',
  'revision_end',
  'signature_outside_revision',
  'cms_unreadable',
  'cms_unsupported',
  // invalid: one signature's cryptography
  'digest_mismatch',
  'signature_mismatch',
  'signer_certificate',
  'signing_certificate_hash',
  'content_type',
  'unsupported_algorithm',
  // modified: after signing
  'content_changed_after_signing',
  'bytes_after_signature',
  'signature_removed',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** What a later revision touched, relative to a signed one. */
export const changedParts = ['pages', 'annotations', 'attachments', 'form', 'catalog', 'other'] as const;
export type ChangedPart = (typeof changedParts)[number];

export const signerSchema = certificateFactsSchema;
export type Signer = z.infer<typeof signerSchema>;

export const signatureReportSchema = z.object({
  /** The form field's name (/T), as the PDF names it. */
  field: z.string().optional(),
  status: z.enum(['valid', 'invalid', 'malformed']),
  problem: z.enum(problemCodes).optional(),
  /** The cryptography holds: digest, signature value and the certificate it names. */
  valid: z.boolean(),
  signer: signerSchema.optional(),
  fingerprint: z.string().optional(),
  /** e.g. "ECDSA P-256 with SHA-256", "RSA-PSS with SHA-384". */
  algorithm: z.string().optional(),
  /** From the signature dictionary (/M), as the signer's machine recorded it. */
  time: z.string().optional(),
  reason: z.string().optional(),
  location: z.string().optional(),
  subFilter: z.string().optional(),
  padesLevel: z.enum(['B-B', 'CMS']).optional(),
  /** 1-based number of the revision this signature covers. */
  revision: z.number().int().nonnegative(),
  /** Bytes from the start of the file that the signature covers (its value excepted). */
  coversBytes: z.number().int().nonnegative(),
  /** Covers every byte of the file but its own value. */
  wholeDocument: z.boolean(),
  /** What later revisions did: nothing, only added signatures or signature data, or changed content. */
  laterChanges: z.enum(['none', 'signatures', 'content']),
  changedParts: z.array(z.enum(changedParts)),
  /** The signer's certificate belongs to a signing identity on this machine. */
  trusted: z.boolean(),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

export const attachmentProblems = ['not_in_signed_revision', 'changed_after_signing', 'too_large', 'unreadable', 'not_signed'] as const;
export type AttachmentProblem = (typeof attachmentProblems)[number];

/** Largest PDF Verify PDF accepts. */
export const MAX_VERIFY_PDF_BYTES = 100 * 1024 * 1024;

/** Largest attachment we read: an assessment or comparison far beyond any real one. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const attachmentReportSchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  /** Read from the catalog of the revision the last signature covers. */
  fromSignedRevision: z.boolean(),
  /** Offered for import: from a valid whole-document signature, byte-identical in the final revision. */
  importable: z.boolean(),
  problem: z.enum(attachmentProblems).optional(),
  /** The attachment's text, only when it is importable. */
  json: z.string().optional(),
});
export type AttachmentReport = z.infer<typeof attachmentReportSchema>;

export const verificationReportSchema = z.object({
  verdict: z.enum(verdicts),
  /** For unreadable files: why. */
  problem: z.enum(problemCodes).optional(),
  /** The last signature covers the whole file and verifies. */
  wholeDocument: z.boolean(),
  revisions: z.number().int().nonnegative(),
  /** Oldest first, by the bytes each covers; malformed ones, which cover no known revision, after them. */
  signatures: z.array(signatureReportSchema),
  attachment: attachmentReportSchema.optional(),
});
export type VerificationReport = z.infer<typeof verificationReportSchema>;
