import { z } from 'zod';
import { bundleKinds } from './manifest';
import { backupContentsSchema } from './backup';

/**
 * What opening a bundle tells the renderer: the manifest's facts and where its checked files now are (the Node
 * side's store, by SHA-256), or the one problem that stopped it, named so that a message can explain it. The
 * same answer crosses from the file worker to the main process and from there to the renderer, checked both times.
 */

/** Every reason a bundle is refused: of the archive, of the manifest and its files, and of the document inside. */
export const bundleProblems = [
  // The archive (electron/services/zip/read-zip.ts).
  'empty',
  'notZip',
  'damaged',
  'zip64',
  'encrypted',
  'tooManyEntries',
  'badName',
  'duplicate',
  'link',
  'method',
  'entryTooLarge',
  'tooLarge',
  'bomb',
  // The manifest and the files it lists (electron/services/bundles/read-bundle.ts).
  'noManifest',
  'manifestTooLarge',
  'manifestNotJson',
  'notBundle',
  'newerFormat',
  'manifestInvalid',
  'listedTwice',
  'notListed',
  'missing',
  'sizeDiffers',
  'hashDiffers',
  'fileDamaged',
  'signatureTooLarge',
  'signatureInvalid',
  // The document (shared/bundle/assessments.ts).
  'wrongKind',
  'noDocument',
  'documentTooLarge',
  'documentNotJson',
  'newerDocument',
  'documentInvalid',
  'evidenceMissing',
  'unexpectedFile',
  // The file worker gave up.
  'tooComplex',
] as const;
export type BundleProblem = (typeof bundleProblems)[number];

export const nameProblems = ['absolute', 'driveLetter', 'traversal', 'backslash', 'emptySegment', 'controlCharacter', 'tooLong'] as const;

export const bundleRefusalSchema = z
  .object({
    problem: z.enum(bundleProblems),
    /** The file or field it concerns, as the bundle names it (cut to a length a message can show). */
    name: z.string().max(300).optional(),
    why: z.enum(nameProblems).optional(),
    limit: z.number().int().min(0).optional(),
    version: z.number().int().optional(),
  })
  .strict();
export type BundleRefusalDto = z.infer<typeof bundleRefusalSchema>;

const digest = z.string().regex(/^[0-9a-f]{64}$/);

/** Who signed a bundle's manifest, when its signature holds; `trusted` when the signer is a signing identity on this device. */
export const bundleSignatureSchema = z
  .object({ name: z.string().max(300), organisation: z.string().max(300).optional(), fingerprint: z.string().max(200), trusted: z.boolean() })
  .strict();
export type BundleSignature = z.infer<typeof bundleSignatureSchema>;
const storedFile = z.object({ path: z.string().max(255), sha256: digest, size: z.number().int().min(0) }).strict();

export const openedBundleSchema = z.union([
  z
    .object({
      ok: z.literal(true),
      kind: z.enum(bundleKinds),
      appVersion: z.string().max(40),
      creator: z.string().max(200),
      createdAt: z.iso.datetime(),
      /** The checked document, to be read from the store. */
      document: storedFile,
      /** The other files, each checked against the manifest and kept in the store under its digest. */
      files: z.array(storedFile).max(10_000),
      signature: bundleSignatureSchema.optional(),
    })
    .strict(),
  z.object({ ok: z.literal(false), refusal: bundleRefusalSchema }).strict(),
]);
export type OpenedBundle = z.infer<typeof openedBundleSchema>;

/** A manifest's facts, read without opening the rest of the archive: what a list of backups shows. */
export const manifestFactsSchema = z.union([
  z
    .object({
      ok: z.literal(true),
      kind: z.enum(bundleKinds),
      appVersion: z.string().max(40),
      createdAt: z.iso.datetime(),
      contents: backupContentsSchema.optional(),
    })
    .strict(),
  z.object({ ok: z.literal(false) }).strict(),
]);

export const backupListingSchema = z
  .object({
    name: z.string().max(255),
    size: z.number().int().min(0),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(40),
    contents: backupContentsSchema.optional(),
  })
  .strict();
export type BackupListing = z.infer<typeof backupListingSchema>;
