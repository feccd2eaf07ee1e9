import Dexie from 'dexie';
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupDocumentSchema, backupTables, type BackupContents, type BackupDocument } from '@shared/bundle/backup';
import { ASSESSMENTS_FORMAT, ASSESSMENTS_SCHEMA_VERSION, type AssessmentsDocument } from '@shared/bundle/assessments';
import { buildAssessmentExport } from '@shared/report/assessment-export';
import { vendorNameKey } from '@shared/domain/vendor';
import { vendorDetailsSchema } from '@shared/domain/vendor-details';
import { questionnaireSchema } from '@shared/questionnaire/schema';
import { auditEntrySchema } from '@shared/audit/schema';
import { answerSourceSchema } from '@shared/response-pack/source';
import { createBundleRepository } from './bundles';
import { AssayDatabase, DATABASE_VERSION, databaseAt, type AssessmentRow, type EvidenceRow, type VendorRow } from './database';
import { RepositoryError } from './errors';
import { COUNTS_FROM_KEY } from './settings';
import { createQuestionnaireRepository } from './questionnaire-store';

/**
 * Backups of the whole database, and restoring one. A restore never writes into the database until the backup has
 * passed everything: its rows are loaded into a scratch database of the version that wrote them, upgraded there by
 * the app's own migrations, and every upgraded row is checked by its current schema (assessments as a bundle's
 * assessments are: answers by their questions, weights by the questionnaire's domains). Only then does one
 * transaction replace every table; a refused backup leaves the database as it was.
 */

/** The tables of the database, in the order a restore fills them. */
const TABLES = backupTables;

const text = (max: number) => z.string().max(max);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.string().max(40);

const rowSchemas = {
  vendors: z
    .object({ id: text(100), name: z.string().trim().min(1).max(120), nameKey: text(200), createdAt: instant, updatedAt: instant })
    .extend(vendorDetailsSchema.shape)
    .strict()
    .refine((row) => row.nameKey === vendorNameKey(row.name)),
  // The content of an assessment is checked as a bundle's is (answers, findings, weights); these are the fields the store keeps beside it.
  assessments: z
    .object({
      id: text(100),
      vendorId: text(100),
      previousId: text(100).optional(),
      lastQuestionId: text(100).optional(),
      summary: z
        .object({
          score: z.number().nullable(),
          conservativeScore: z.number(),
          inherentTier: z.enum(['low', 'medium', 'high', 'critical']),
          residualRisk: z.enum(['low', 'medium', 'high', 'critical']),
          recommendation: z.enum(['approve', 'approveWithConditions', 'reject']),
          knockouts: z.number().int().min(0),
          openFindings: z.record(z.enum(['low', 'medium', 'high', 'critical']), z.number().int().min(0)).optional(),
          accepted: z
            .array(z.object({ severity: z.enum(['low', 'medium', 'high', 'critical']), until: text(10) }).strict())
            .max(5_000)
            .optional(),
          certifications: z
            .array(z.object({ questionId: text(100), name: text(300), status: text(40), validUntil: text(10).optional() }).strict())
            .max(500)
            .optional(),
        })
        .strict()
        .optional(),
      audit: z
        .object({ head: hex64, entries: z.number().int().min(1) })
        .strict()
        .optional(),
      received: z
        .object({
          via: z.enum(['bundle', 'report']),
          fileName: text(260),
          from: text(200),
          signer: text(300).optional(),
          sentAt: instant,
          receivedAt: instant,
          sourceId: text(100),
          contentHash: z.string().regex(/^[0-9a-f]{64}$/),
        })
        .strict()
        .optional(),
      createdAt: instant,
      updatedAt: instant,
    })
    .loose(),
  answers: z
    .object({
      assessmentId: text(100),
      questionId: text(100),
      draft: z.record(text(100), z.union([text(10_000), z.boolean(), z.array(text(200)).max(100), z.record(text(100), text(10_000))])).optional(),
      source: answerSourceSchema.optional(),
      updatedAt: instant,
    })
    .loose(),
  evidence: z
    .object({
      id: text(100),
      assessmentId: text(100),
      questionId: text(100),
      fileName: text(260),
      mediaType: text(200),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      addedAt: instant,
    })
    .loose(),
  findings: z.object({ assessmentId: text(100), findingId: text(100), updatedAt: instant }).loose(),
  settings: z.object({ key: text(100), value: z.unknown() }).strict(),
  questionnaires: z
    .object({
      id: text(100),
      version: text(20),
      questionnaire: questionnaireSchema,
      fileName: text(260),
      sha256: text(64),
      importedAt: instant,
      retiredAt: instant.optional(),
    })
    .strict(),
  audit: auditEntrySchema,
};

/** Rows of every table, as a restore reads them from the scratch database. */
type Tables = Record<(typeof TABLES)[number], Record<string, unknown>[]>;

export interface PreparedRestore {
  contents: BackupContents;
  exportedAt: string;
  databaseVersion: number;
  /** The upgraded, checked rows that will replace the database's. */
  tables: Tables;
}

const countsOf = (tables: { vendors: unknown[]; assessments: unknown[]; evidence: { size?: unknown }[] }): BackupContents => ({
  vendors: tables.vendors.length,
  assessments: tables.assessments.length,
  evidence: tables.evidence.length,
  evidenceBytes: tables.evidence.reduce<number>((sum, row) => sum + (typeof row.size === 'number' ? row.size : 0), 0),
});

/** Every assessment's answers, findings and weights held to its questionnaire, as receiving it in a bundle would. */
async function checkContent(scratch: AssayDatabase, tables: Tables): Promise<void> {
  const rowsOf = (table: 'answers' | 'evidence' | 'findings', id: string) => tables[table].filter((row) => row.assessmentId === id) as never[];
  const vendors = new Map(tables.vendors.map((row) => [row.id as string, row as unknown as VendorRow]));
  let document: AssessmentsDocument;
  try {
    document = {
      format: ASSESSMENTS_FORMAT,
      schemaVersion: ASSESSMENTS_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      vendors: [...vendors.values()].map(({ id, name, services, contacts, website }) => ({ id, name, services, contacts, ...(website ? { website } : {}) })),
      questionnaires: [],
      assessments: tables.assessments.map((row) => {
        const assessment = row as unknown as AssessmentRow;
        return {
          vendorId: assessment.vendorId,
          content: buildAssessmentExport({
            exportedAt: assessment.updatedAt,
            vendor: vendors.get(assessment.vendorId),
            assessment,
            answers: rowsOf('answers', assessment.id),
            evidence: rowsOf('evidence', assessment.id),
            findings: rowsOf('findings', assessment.id),
          }),
        };
      }),
    };
  } catch {
    throw damaged('assessments');
  }
  await createBundleRepository(scratch, undefined, createQuestionnaireRepository(scratch)).plan(document);
}

const damaged = (detail: string) => new RepositoryError('invalid', 'backups.errors.damaged', { detail: detail.slice(0, 200) });

export function createBackupRepository(db: AssayDatabase) {
  const replace = async (prepared: PreparedRestore): Promise<void> => {
    await db.transaction(
      'rw',
      TABLES.map((name) => db.table(name)),
      async () => {
        for (const table of TABLES) await db.table(table).clear();
        for (const table of TABLES) await db.table(table).bulkAdd(prepared.tables[table]);
        // The counts are now the backup's: automatic backups made before this one are not held against them.
        await db.settings.put({ key: COUNTS_FROM_KEY, value: new Date().toISOString() });
      },
    );
  };
  return {
    /** Every table's rows, and the evidence files by digest: what a backup holds. */
    async collect(exportedAt = new Date().toISOString()): Promise<{ document: BackupDocument; evidence: Map<string, Blob>; contents: BackupContents }> {
      return db.transaction(
        'r',
        TABLES.map((name) => db.table(name)),
        async () => {
          const evidence = new Map<string, Blob>();
          const evidenceRows = (await db.evidence.toArray()).map(({ blob, ...row }) => {
            evidence.set(row.sha256, blob);
            return row;
          });
          const tables = {
            vendors: await db.vendors.toArray(),
            assessments: await db.assessments.toArray(),
            answers: await db.answers.toArray(),
            evidence: evidenceRows,
            findings: await db.findings.toArray(),
            settings: await db.settings.toArray(),
            questionnaires: await db.questionnaires.toArray(),
            audit: await db.audit.toArray(),
          };
          const document = backupDocumentSchema.parse({
            format: BACKUP_FORMAT,
            schemaVersion: BACKUP_SCHEMA_VERSION,
            databaseVersion: db.verno || DATABASE_VERSION,
            exportedAt,
            tables,
          });
          return { document, evidence, contents: countsOf(tables) };
        },
      );
    },

    /**
     * Loads a backup into a scratch database, upgrades it and checks every row; writes nothing to this database.
     * `evidence` holds the backup's files by digest.
     */
    async prepare(input: BackupDocument, evidence: ReadonlyMap<string, Blob>): Promise<PreparedRestore> {
      const parsed = backupDocumentSchema.safeParse(input);
      if (!parsed.success) throw damaged('document');
      const document = parsed.data;
      if (document.databaseVersion > DATABASE_VERSION) throw new RepositoryError('invalid', 'backups.errors.newer');

      const name = `assay-restore-${crypto.randomUUID()}`;
      try {
        const scratch = await databaseAt(name, document.databaseVersion);
        try {
          await scratch.transaction('rw', scratch.tables, async () => {
            for (const table of TABLES) {
              const rows = document.tables[table] ?? [];
              if (rows.length === 0) continue;
              if (!scratch.tables.some((t) => t.name === table)) throw damaged(table);
              const withBlobs =
                table === 'evidence'
                  ? rows.map((row) => {
                      const blob = typeof row.sha256 === 'string' ? evidence.get(row.sha256) : undefined;
                      if (!blob || blob.size !== row.size)
                        throw new RepositoryError('invalid', 'backups.errors.evidenceMissing', { file: String(row.fileName ?? '') });
                      return { ...row, blob };
                    })
                  : rows;
              await scratch.table(table).bulkAdd(withBlobs);
            }
          });
        } catch (error) {
          if (error instanceof RepositoryError) throw error;
          // A key twice, a key missing: rows this app could not have written.
          throw damaged(error instanceof Error ? error.name : 'rows');
        } finally {
          scratch.close();
        }

        // Opened as the app's database, the scratch copy runs every migration since the backup's version.
        const upgraded = new AssayDatabase(name);
        try {
          await upgraded.open();
          const tables = {} as Tables;
          for (const table of TABLES) tables[table] = await upgraded.table(table).toArray();
          for (const table of TABLES) {
            const schema = rowSchemas[table];
            for (const [index, row] of tables[table].entries()) {
              const { blob: _blob, ...fields } = row as { blob?: unknown };
              if (!schema.safeParse(fields).success) throw damaged(`${table}.${index}`);
            }
          }
          const vendorIds = new Set(tables.vendors.map((row) => row.id as string));
          const assessmentIds = new Set(tables.assessments.map((row) => row.id as string));
          if (tables.assessments.some((row) => !vendorIds.has(row.vendorId as string))) throw damaged('assessments.vendorId');
          for (const table of ['answers', 'evidence', 'findings', 'audit'] as const)
            if (tables[table].some((row) => !assessmentIds.has(row.assessmentId as string))) throw damaged(`${table}.assessmentId`);
          for (const row of tables.evidence as unknown as EvidenceRow[]) if (row.blob.size !== row.size) throw damaged('evidence.size');

          // Each assessment's content, as a bundle's would be checked: by its questionnaire, here or in the backup.
          if (assessmentIds.size > 0) await checkContent(upgraded, tables);
          return { contents: countsOf(tables as never), exportedAt: document.exportedAt, databaseVersion: document.databaseVersion, tables };
        } finally {
          upgraded.close();
        }
      } finally {
        await Dexie.delete(name);
      }
    },

    /** Replaces every table with the prepared rows, in one transaction: all of it or nothing. */
    replace,

    /**
     * Replaces a database that cannot be opened: it is deleted and made anew from the prepared rows. Only for a
     * database nothing can be read from; a readable one is kept as a backup and replaced in one transaction.
     */
    async replaceUnreadable(prepared: PreparedRestore): Promise<void> {
      db.close();
      await Dexie.delete(db.name);
      await db.open();
      await replace(prepared);
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
