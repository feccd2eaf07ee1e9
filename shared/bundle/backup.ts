import { z } from 'zod';

/**
 * The document of a backup (`backup.json`): every table of the database as rows, at the database version that wrote
 * them, and each evidence row's bytes as a file of the archive under `evidence/<sha256>`. Rows are checked here only
 * for what a restore needs to load them (objects, with the keys of their table); once loaded into a scratch database
 * of their version and upgraded to the current one, the renderer checks every row by its current schema before
 * anything replaces the database.
 */
export const BACKUP_DOCUMENT = 'backup.json';
export const BACKUP_FORMAT = 'assay-backup';
export const BACKUP_SCHEMA_VERSION = 1;
export const MAX_BACKUP_DOCUMENT_BYTES = 512 * 1024 * 1024;
export const MAX_BACKUP_ROWS = 2_000_000;

/** Where a backup that includes the signing identities keeps each one's file (its key encrypted, as stored). */
export const identityPath = (id: string) => `identities/${id}.json`;
export const IDENTITY_PATH = /^identities\/[a-f0-9]{24}\.json$/;
export const MAX_IDENTITY_FILE_BYTES = 256 * 1024;

/** Names of the two series of automatic backups in the backups folder; each is pruned on its own. */
export const ROLLING_STEM = 'Assay automatic backup';
export const DAILY_STEM = 'Assay daily backup';

export const backupTables = ['vendors', 'assessments', 'answers', 'evidence', 'findings', 'settings', 'questionnaires', 'audit'] as const;
export type BackupTable = (typeof backupTables)[number];

const row = z.record(z.string().max(100), z.unknown());
const rows = z.array(row).max(MAX_BACKUP_ROWS);

export const backupDocumentSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
    /** The database version the rows are in (AssayDatabase's verno when written). */
    databaseVersion: z.number().int().min(1).max(1000),
    exportedAt: z.iso.datetime(),
    tables: z
      .object({
        vendors: rows,
        assessments: rows,
        answers: rows,
        /** Without their bytes: each names its file by `sha256`. */
        evidence: rows,
        findings: rows.optional(),
        settings: rows,
        questionnaires: rows.optional(),
        /** Each assessment's history; a backup of a database before version 5 has none, and the upgrade starts it. */
        audit: rows.optional(),
      })
      .strict(),
  })
  .strict();
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

/** How many rows of each kind a backup holds, as Settings lists it. */
export const backupContentsSchema = z
  .object({
    vendors: z.number().int().min(0),
    assessments: z.number().int().min(0),
    evidence: z.number().int().min(0),
    evidenceBytes: z.number().int().min(0),
  })
  .strict();
export type BackupContents = z.infer<typeof backupContentsSchema>;
