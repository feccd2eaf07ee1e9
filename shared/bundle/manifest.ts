import { z } from 'zod';
import { backupContentsSchema } from './backup';

/**
 * The manifest of an assessment bundle or a backup: what the archive holds, file by file, with each file's SHA-256
 * and size, so that a reader can check every byte against it before anything is imported. It is the archive's
 * `manifest.json`, and what a bundle's signature covers.
 */
export const BUNDLE_FORMAT = 'assay-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A signed bundle's detached CMS signature over the manifest's bytes: the one file the manifest cannot list. */
export const SIGNATURE_NAME = 'manifest.p7s';
export const MAX_SIGNATURE_BYTES = 256 * 1024;
export const MAX_BUNDLE_FILES = 10_000;

export const bundleKinds = ['assessments', 'backup'] as const;
export type BundleKind = (typeof bundleKinds)[number];

const fileSchema = z
  .object({
    path: z.string().min(1).max(255),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type BundleFile = z.infer<typeof fileSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    kind: z.enum(bundleKinds),
    appVersion: z.string().max(40),
    creator: z.string().max(200),
    createdAt: z.iso.datetime(),
    /** A backup's counts of vendors, assessments and evidence, so a list of backups need not read their documents. */
    contents: backupContentsSchema.optional(),
    files: z.array(fileSchema).max(MAX_BUNDLE_FILES),
  })
  .strict();
export type BundleManifest = z.infer<typeof manifestSchema>;
