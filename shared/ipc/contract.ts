import { z } from 'zod';
import { databaseIdSchema } from './database-id';
import { certificateFactsSchema } from '../signing/certificate-facts';
import { comparisonModelSchema } from '../compare/model';
import { reportModelSchema } from '../report/model';
import { generatedKeyTypes, keyAlgorithms } from '../signing/key-types';
import { MAX_VERIFY_PDF_BYTES, verificationReportSchema, type VerificationReport } from '../verify/report';
import { responsePackSchema } from '../response-pack/format';
import { MAX_SPREADSHEET_BYTES } from '../spreadsheet/limits';
import { sheetsToWriteSchema, workbookReadingSchema } from '../spreadsheet/reading';
import { bundleKinds, MAX_BUNDLE_FILES } from '../bundle/manifest';
import { backupListingSchema, openedBundleSchema } from '../bundle/opened';
import { backupContentsSchema } from '../bundle/backup';

/**
 * The one list of IPC channels between the renderer and the Node side.
 * The preload builds its client from this table and the main process registers
 * its handlers from it; a channel that is not listed here does not exist.
 */

const noInput = z.object({}).strict();

export const launcherSchema = z.enum(['electron', 'chromium']);
export type Launcher = z.infer<typeof launcherSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** BCP 47 tag of the operating system's preferred language, e.g. "de-DE". */
  locale: z.string(),
  platform: z.string(),
  dataDir: z.string(),
  launcher: launcherSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const logEntrySchema = z
  .object({
    level: z.enum(['info', 'warn', 'error']),
    message: z.string().trim().min(1).max(4000),
    context: z.record(z.string().max(64), z.string().max(2000)).optional(),
  })
  .strict();
export type LogEntry = z.infer<typeof logEntrySchema>;

export const identitySummarySchema = certificateFactsSchema.extend({
  id: z.string(),
  source: z.enum(['generated', 'imported']),
  keyAlgorithm: z.enum(keyAlgorithms),
  /** RSA modulus length; absent for EC keys, whose curve is in keyAlgorithm. */
  keyBits: z.number().int().positive().optional(),
});
export type IdentitySummaryDto = z.infer<typeof identitySummarySchema>;

const identityId = z.string().regex(/^[a-f0-9]{24}$/);
const passphrase = z.string().min(1).max(1024);
/**
 * Base64 text: only its alphabet, and padding only at its end. Searched for a character outside the alphabet rather
 * than matched whole, which is several times faster on the megabytes of a file's chunk.
 */
export function isBase64(text: string): boolean {
  if (/[^A-Za-z0-9+/=]/.test(text)) return false;
  const padding = text.indexOf('=');
  return (
    padding === -1 ||
    (padding >= text.length - 2 &&
      text
        .slice(padding)
        .split('')
        .every((c) => c === '='))
  );
}

/** Files travel as base64 text: the same over Electron IPC and the browser launcher's binding. */
const base64File = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3) + 4, 'file_too_large')
    .refine(isBase64, 'not_base64');

export const MAX_PKCS12_BYTES = 1024 * 1024;
export { MAX_VERIFY_PDF_BYTES } from '../verify/report';

/** A refusal from a signing or report service, with a code the renderer turns into a message. */
export const serviceRefusalSchema = z.object({ refused: z.string(), message: z.string() });

/** What Verify PDF reports: one schema with the command-line verifier (shared/verify/report.ts). */
export const verificationSchema = verificationReportSchema;
export type VerificationDto = VerificationReport;

/** Where a file export went: written (and whether signed), cancelled in the save dialog, or refused. */
const exportResultSchema = z.union([
  z.object({ path: z.string(), bytes: z.number(), signed: z.boolean() }),
  z.object({ cancelled: z.literal(true) }),
  serviceRefusalSchema,
]);

/** Files cross in chunks of at most this size, each one message (electron/services/blobs/blob-store.ts). */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024 * 1024;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const uploadId = z.string().regex(/^[a-f0-9]{24}$/);
const byteOffset = z.number().int().min(0).max(MAX_UPLOAD_BYTES);

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': channel(noInput, appInfoSchema),
  'diagnostics:log': channel(logEntrySchema, z.object({ written: z.literal(true) })),
  'identities:list': channel(noInput, z.array(identitySummarySchema)),
  'identities:generate': channel(
    z
      .object({
        name: z.string().trim().min(1).max(120),
        organisation: z.string().trim().max(120).optional(),
        email: z.email().max(200).optional(),
        passphrase,
        keyType: z.enum(generatedKeyTypes).optional(),
      })
      .strict(),
    z.union([identitySummarySchema, serviceRefusalSchema]),
  ),
  'identities:import': channel(
    z.object({ fileName: z.string().max(260), data: base64File(MAX_PKCS12_BYTES), passphrase }).strict(),
    z.union([identitySummarySchema, serviceRefusalSchema]),
  ),
  'reports:export': channel(
    z
      .object({
        model: reportModelSchema,
        /** The machine-readable assessment embedded in the PDF. */
        assessmentJson: z.string().max(20 * 1024 * 1024),
        identityId: identityId.optional(),
        passphrase: passphrase.optional(),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.pdf$/i),
      })
      .strict(),
    exportResultSchema,
  ),
  'compare:export': channel(
    z
      .object({
        model: comparisonModelSchema,
        format: z.enum(['pdf', 'xlsx']),
        /** PDF only: sign with this identity. */
        identityId: identityId.optional(),
        passphrase: passphrase.optional(),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.(pdf|xlsx)$/i),
      })
      .strict()
      .refine((input) => input.fileName.toLowerCase().endsWith(`.${input.format}`), { message: 'file name does not match the format', path: ['fileName'] })
      .refine((input) => input.format === 'pdf' || input.identityId === undefined, { message: 'only a PDF can be signed', path: ['identityId'] }),
    exportResultSchema,
  ),
  /** An untrusted workbook read into plain rows in the file worker; the renderer decides what they mean. */
  'spreadsheets:read': channel(z.object({ fileName: z.string().max(260), data: base64File(MAX_SPREADSHEET_BYTES) }).strict(), workbookReadingSchema),
  'responsePacks:export': channel(
    z
      .object({
        pack: responsePackSchema,
        /** A workbook for Excel or LibreOffice, or one offline HTML form that saves a JSON answers file. */
        format: z.enum(['xlsx', 'html']),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.(xlsx|html)$/i),
      })
      .strict()
      .refine((input) => input.fileName.toLowerCase().endsWith(`.${input.format}`), { message: 'file name does not match the format', path: ['fileName'] }),
    exportResultSchema,
  ),
  /** A questionnaire as a workbook of one row per question (shared/questionnaire/exchange/sheet-format.ts). */
  'questionnaires:exportXlsx': channel(
    z
      .object({
        model: z.object({ title: z.string().trim().min(1).max(300), created: z.iso.datetime(), sheets: sheetsToWriteSchema }).strict(),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.xlsx$/i),
      })
      .strict(),
    exportResultSchema,
  ),
  /** Which of these files the Node side's store holds already, so they need not be sent again. */
  'blobs:has': channel(z.object({ sha256s: z.array(sha256).max(MAX_BUNDLE_FILES) }).strict(), z.object({ present: z.array(sha256) })),
  /** A file sent to the Node side in chunks, in order; it is kept under its SHA-256 once complete. */
  'blobs:begin': channel(z.object({ size: byteOffset }).strict(), z.union([z.object({ uploadId }), serviceRefusalSchema])),
  'blobs:append': channel(
    z.object({ uploadId, offset: byteOffset, data: base64File(MAX_CHUNK_BYTES) }).strict(),
    z.union([z.object({ received: z.number().int().min(0) }), serviceRefusalSchema]),
  ),
  'blobs:finish': channel(z.object({ uploadId }).strict(), z.union([z.object({ sha256, size: z.number().int().min(0) }), serviceRefusalSchema])),
  'blobs:discard': channel(z.object({ uploadId }).strict(), z.object({ discarded: z.literal(true) })),
  /** A chunk of a stored file, for the renderer to read a file back. */
  'blobs:read': channel(
    z.object({ sha256, offset: byteOffset, length: z.number().int().min(1).max(MAX_CHUNK_BYTES) }).strict(),
    z.union([z.object({ data: z.string() }), serviceRefusalSchema]),
  ),
  'blobs:release': channel(z.object({ sha256s: z.array(sha256).max(MAX_BUNDLE_FILES) }).strict(), z.object({ released: z.literal(true) })),
  /** A bundle of stored files: its manifest lists each with its SHA-256 and size (shared/bundle/manifest.ts). */
  'bundles:save': channel(
    z
      .object({
        kind: z.enum(bundleKinds),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.assay$/i),
        creator: z.string().max(200),
        /** Where the user chooses, or (a backup only) the backups folder of the data folder, without asking. */
        place: z.enum(['choose', 'backups']).optional(),
        contents: backupContentsSchema.optional(),
        /** With place "backups": keep only this many backups whose names start as this one's does. */
        keep: z.number().int().min(1).max(1000).optional(),
        /** A backup only: with the signing identities' files, their keys encrypted as stored. */
        includeIdentities: z.boolean().optional(),
        /** Sign the manifest (a detached CMS written beside it) with this identity. */
        identityId: identityId.optional(),
        passphrase: passphrase.optional(),
        files: z
          .array(z.object({ path: z.string().min(1).max(255), sha256 }).strict())
          .min(1)
          .max(MAX_BUNDLE_FILES),
      })
      .strict()
      .refine((input) => input.place !== 'backups' || input.kind === 'backup', { message: 'only a backup goes to the backups folder', path: ['place'] })
      .refine((input) => !input.includeIdentities || (input.kind === 'backup' && input.place !== 'backups'), {
        message: 'identities go only into a backup the user saves',
        path: ['includeIdentities'],
      }),
    exportResultSchema,
  ),
  /** A stored bundle or backup opened and checked in the file worker; its files are then in the store. */
  'bundles:open': channel(z.object({ sha256, kind: z.enum(bundleKinds) }).strict(), z.union([openedBundleSchema, serviceRefusalSchema])),
  /** A restored backup's identity files (opened into the store and checked there) put back; identities here are kept. */
  'backups:restoreIdentities': channel(
    z.object({ sha256s: z.array(sha256).max(1000) }).strict(),
    z.union([z.object({ added: z.number().int().min(0) }), serviceRefusalSchema]),
  ),
  /** The id of the database the data folder was last used with (electron/services/database-marker.ts), or null. */
  'database:marker': channel(noInput, z.object({ id: databaseIdSchema.nullable() })),
  /** Remembers the id of the database in use. */
  'database:setMarker': channel(z.object({ id: databaseIdSchema }).strict(), z.object({ written: z.literal(true) })),
  /** Where backups are kept without asking, and whether this host has a folder dialog to choose another. */
  'backups:folder': channel(noInput, z.object({ folder: z.string(), isDefault: z.boolean(), canChoose: z.boolean() })),
  /** The system's folder dialog; backups go to the chosen folder from now on. */
  'backups:chooseFolder': channel(
    noInput,
    z.union([z.object({ folder: z.string(), isDefault: z.boolean() }), z.object({ cancelled: z.literal(true) }), serviceRefusalSchema]),
  ),
  'backups:resetFolder': channel(noInput, z.object({ folder: z.string(), isDefault: z.literal(true) })),
  /** The backups kept in the data folder, newest first. */
  'backups:list': channel(noInput, z.array(backupListingSchema)),
  /** A backup of the data folder's backups, copied into the store to be opened. */
  'backups:stage': channel(
    z
      .object({
        name: z
          .string()
          .min(1)
          .max(255)
          .regex(/^[^/\\:*?"<>|]+\.assay$/i),
      })
      .strict(),
    z.union([z.object({ sha256, size: z.number().int().min(0) }), serviceRefusalSchema]),
  ),
  'reports:verify': channel(z.object({ fileName: z.string().max(260), data: base64File(MAX_VERIFY_PDF_BYTES) }).strict(), verificationSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export const ipcErrorCodes = ['invalid_input', 'unknown_channel', 'forbidden_sender', 'handler_failed', 'invalid_output'] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** Field-level problems for invalid_input, as "path: message". */
  issues?: string[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(ipcErrorCodes), message: z.string(), issues: z.array(z.string()).optional() }),
  }),
]);
