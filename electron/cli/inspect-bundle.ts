import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessmentsDocumentSchema } from '@shared/bundle/assessments';
import { backupDocumentSchema, IDENTITY_PATH } from '@shared/bundle/backup';
import { MANIFEST_NAME } from '@shared/bundle/manifest';
import type { BundleRefusalDto, BundleSignature } from '@shared/bundle/opened';
import { bundlesEn } from '@shared/i18n/bundles';
import { interpolate } from '@shared/i18n';
import { createBlobStore } from '../services/blobs/blob-store';
import { openBundleIntoStore } from '../services/bundles/open-into-store';
import { readManifestFacts } from '../services/bundles/read-bundle';
import { DEFAULT_ZIP_LIMITS, openZip } from '../services/zip/read-zip';

/**
 * What `inspect` makes of a bundle or a backup: the same checks as opening one in the app (every file against the
 * manifest, the document by its schema, the signature), in a scratch store that is removed afterwards. Whether its
 * signer is trusted is for the app to say: the command line knows no signing identities.
 */

export type BundleInspection =
  | { kind: 'bundle' | 'backup'; ok: false; problem: BundleRefusalDto; text: string }
  | {
      kind: 'bundle';
      ok: true;
      appVersion: string;
      creator: string;
      createdAt: string;
      signature?: Omit<BundleSignature, 'trusted'>;
      vendors: string[];
      assessments: { service: string; date: string; revision: number; status: string; evidence: number }[];
      evidence: { files: number; bytes: number };
    }
  | {
      kind: 'backup';
      ok: true;
      appVersion: string;
      createdAt: string;
      signature?: Omit<BundleSignature, 'trusted'>;
      databaseVersion: number;
      rows: Record<string, number>;
      evidence: { files: number; bytes: number };
      identities: number;
    };

/** A zip archive with a manifest: an Assay bundle or backup, whatever its name says. */
export async function isBundleFile(path: string): Promise<boolean> {
  const opened = await openZip(path, DEFAULT_ZIP_LIMITS).catch(() => undefined);
  if (!opened?.ok) return false;
  const found = opened.zip.entries.some((entry) => entry.name === MANIFEST_NAME);
  await opened.zip.close();
  return found;
}

const refusalText = (refusal: BundleRefusalDto) =>
  interpolate(bundlesEn.bundles.problems[refusal.problem], { name: refusal.name ?? '', limit: refusal.limit ?? '', size: `${refusal.limit ?? ''} bytes` });

export async function inspectBundle(path: string): Promise<BundleInspection> {
  const kind = (await readManifestFacts(path))?.kind ?? 'assessments';
  const label = kind === 'backup' ? 'backup' : 'bundle';
  const dir = await mkdtemp(join(tmpdir(), 'assay-inspect-'));
  try {
    const store = createBlobStore(dir);
    const opened = await openBundleIntoStore(path, store, kind);
    if (!opened.ok) return { kind: label, ok: false, problem: opened.refusal, text: refusalText(opened.refusal) };
    const signature = opened.signature && {
      name: opened.signature.name,
      ...(opened.signature.organisation ? { organisation: opened.signature.organisation } : {}),
      fingerprint: opened.signature.fingerprint,
    };
    const text = await readFile(store.pathOf(opened.document.sha256), 'utf8');
    const bytesOf = (files: { size: number }[]) => files.reduce((sum, file) => sum + file.size, 0);
    if (kind === 'backup') {
      const document = backupDocumentSchema.parse(JSON.parse(text));
      const evidence = opened.files.filter((file) => !IDENTITY_PATH.test(file.path));
      return {
        kind: 'backup',
        ok: true,
        appVersion: opened.appVersion,
        createdAt: opened.createdAt,
        ...(signature ? { signature } : {}),
        databaseVersion: document.databaseVersion,
        rows: Object.fromEntries(Object.entries(document.tables).map(([table, rows]) => [table, rows?.length ?? 0])),
        evidence: { files: evidence.length, bytes: bytesOf(evidence) },
        identities: opened.files.length - evidence.length,
      };
    }
    const document = assessmentsDocumentSchema.parse(JSON.parse(text));
    return {
      kind: 'bundle',
      ok: true,
      appVersion: opened.appVersion,
      creator: opened.creator,
      createdAt: opened.createdAt,
      ...(signature ? { signature } : {}),
      vendors: document.vendors.map((vendor) => vendor.name),
      assessments: document.assessments.map(({ content }) => ({
        service: content.assessment.serviceName,
        date: content.assessment.assessmentDate,
        revision: content.assessment.revision,
        status: content.assessment.status,
        evidence: content.evidence.length,
      })),
      evidence: { files: opened.files.length, bytes: bytesOf(opened.files) },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function describeBundle(file: string, inspection: BundleInspection): string[] {
  if (!inspection.ok) return [`${file}: Assay ${inspection.kind}`, 'Import: refused', `  ${inspection.text}`];
  const signed = inspection.signature
    ? `Signed by ${inspection.signature.name}${inspection.signature.organisation ? ` (${inspection.signature.organisation})` : ''}, certificate fingerprint ${inspection.signature.fingerprint}; the app says whether that is a signing identity on its device`
    : 'Not signed';
  const evidence = `Evidence: ${inspection.evidence.files} files, ${inspection.evidence.bytes} bytes`;
  if (inspection.kind === 'backup')
    return [
      `${file}: Assay backup made on ${inspection.createdAt} by Assay ${inspection.appVersion}, database version ${inspection.databaseVersion}`,
      signed,
      `Rows: ${Object.entries(inspection.rows)
        .map(([table, count]) => `${count} ${table}`)
        .join(', ')}`,
      evidence,
      `Signing identities: ${inspection.identities} (private keys encrypted)`,
      'Restore: in Settings, after every row is checked; it replaces everything on the device',
    ];
  return [
    `${file}: Assay bundle made by ${inspection.creator || 'someone who gave no name'} with Assay ${inspection.appVersion} on ${inspection.createdAt}`,
    signed,
    `Vendors (${inspection.vendors.length}): ${inspection.vendors.join(', ')}`,
    `Assessments (${inspection.assessments.length}):`,
    ...inspection.assessments.map((a) => `  ${a.service}, ${a.date}, revision ${a.revision}, ${a.status}, ${a.evidence} evidence files`),
    evidence,
    'Import: on the Vendors page, after a preview of what is new and what is here already',
  ];
}
