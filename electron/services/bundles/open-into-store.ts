import { readFile, rm } from 'node:fs/promises';
import {
  ASSESSMENTS_DOCUMENT,
  ASSESSMENTS_FORMAT,
  ASSESSMENTS_SCHEMA_VERSION,
  MAX_ASSESSMENTS_DOCUMENT_BYTES,
  assessmentsDocumentSchema,
  evidencePath,
  issuePath,
} from '@shared/bundle/assessments';
import type { BundleFile, BundleKind } from '@shared/bundle/manifest';
import {
  BACKUP_DOCUMENT,
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  IDENTITY_PATH,
  MAX_BACKUP_DOCUMENT_BYTES,
  MAX_IDENTITY_FILE_BYTES,
  backupDocumentSchema,
} from '@shared/bundle/backup';
import { parseIdentityFile } from '../signing/identities';
import type { BundleRefusalDto, BundleSignature, OpenedBundle } from '@shared/bundle/opened';
import { certificateFacts } from '../signing/certificate';
import { verifyCms } from '../verify/cms';
import type { BlobStore } from '../blobs/blob-store';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip/read-zip';
import { openBundle, type BundleRefusal, type BundleSink } from './read-bundle';

/**
 * Opening a bundle or a backup into the store: every file is checked against the manifest as it is copied out of
 * the archive (read-bundle.ts), then the document is read by its schema and every evidence file it names must be
 * the archive's file of that digest, and every file of the archive must be one it names. Runs in the file worker;
 * on any refusal the files it copied are released again.
 */

const cut = (name: string) => name.slice(0, 300);

function flatten(refusal: BundleRefusal): BundleRefusalDto {
  if (refusal.problem === 'archive') {
    const inner = refusal.refusal;
    return {
      problem: inner.problem,
      ...('name' in inner ? { name: cut(inner.name) } : {}),
      ...('why' in inner ? { why: inner.why } : {}),
      ...('limit' in inner ? { limit: inner.limit } : {}),
    };
  }
  if (refusal.problem === 'damaged') return { problem: 'fileDamaged', name: cut(refusal.path) };
  if (refusal.problem === 'newerFormat') return { problem: 'newerFormat', version: refusal.version };
  if (refusal.problem === 'manifestTooLarge' || refusal.problem === 'signatureTooLarge') return { problem: refusal.problem, limit: refusal.limit };
  if ('path' in refusal) return { problem: refusal.problem, name: cut(refusal.path) };
  return { problem: refusal.problem };
}

/** What each kind of bundle holds: its document, how large it may be, its format, and the evidence files it names. */
const documents: Record<BundleKind, DocumentRule> = {
  assessments: {
    name: ASSESSMENTS_DOCUMENT,
    maxBytes: MAX_ASSESSMENTS_DOCUMENT_BYTES,
    format: ASSESSMENTS_FORMAT,
    schemaVersion: ASSESSMENTS_SCHEMA_VERSION,
    read: (parsed) => {
      const document = assessmentsDocumentSchema.safeParse(parsed);
      if (!document.success) return { problem: issuePath(document.error) };
      return { evidence: document.data.assessments.flatMap(({ content }) => content.evidence) };
    },
  },
  backup: {
    name: BACKUP_DOCUMENT,
    others: { path: IDENTITY_PATH, maxBytes: MAX_IDENTITY_FILE_BYTES, check: (bytes) => parseIdentityFile(bytes) !== undefined },
    maxBytes: MAX_BACKUP_DOCUMENT_BYTES,
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    read: (parsed) => {
      const document = backupDocumentSchema.safeParse(parsed);
      if (!document.success) return { problem: issuePath(document.error) };
      const evidence: NamedEvidence[] = [];
      for (const [index, row] of document.data.tables.evidence.entries()) {
        const { sha256, size, fileName } = row;
        if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256) || typeof size !== 'number' || typeof fileName !== 'string')
          return { problem: `tables.evidence.${index}` };
        evidence.push({ sha256, size, fileName });
      }
      return { evidence };
    },
  },
};

interface NamedEvidence {
  sha256: string;
  size: number;
  fileName: string;
}

interface DocumentRule {
  name: string;
  /** Files a bundle of this kind may hold besides its document and the evidence it names, each checked by `check`. */
  others?: { path: RegExp; maxBytes: number; check: (bytes: Buffer) => boolean };
  maxBytes: number;
  format: string;
  schemaVersion: number;
  /** The evidence files a document names, or where it is invalid. */
  read(parsed: unknown): { evidence: NamedEvidence[] } | { problem: string };
}

/** Reads a bundle's document and holds it to the files of the bundle. */
async function checkDocument(rule: DocumentRule, bytes: Buffer, files: readonly BundleFile[], store: BlobStore): Promise<BundleRefusalDto | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: 'documentNotJson', name: rule.name };
  }
  const header = parsed as { format?: unknown; schemaVersion?: unknown } | null;
  if (header?.format === rule.format && typeof header.schemaVersion === 'number' && header.schemaVersion > rule.schemaVersion)
    return { problem: 'newerDocument', version: header.schemaVersion };
  const document = rule.read(parsed);
  if ('problem' in document) return { problem: 'documentInvalid', name: cut(document.problem) };

  const byPath = new Map(files.map((file) => [file.path, file]));
  const named = new Set<string>([rule.name]);
  for (const evidence of document.evidence) {
    const path = evidencePath(evidence.sha256);
    const file = byPath.get(path);
    // The file under an evidence file's name must be the bytes of that digest, whatever the manifest says.
    if (!file || file.size !== evidence.size || file.sha256 !== evidence.sha256) return { problem: 'evidenceMissing', name: cut(evidence.fileName) };
    named.add(path);
  }
  for (const file of files) {
    if (named.has(file.path)) continue;
    const other = rule.others;
    if (!other || !other.path.test(file.path)) return { problem: 'unexpectedFile', name: cut(file.path) };
    if (file.size > other.maxBytes || !other.check(await readFile(store.pathOf(file.sha256)))) return { problem: 'documentInvalid', name: cut(file.path) };
  }
  return undefined;
}

/** A signature over the manifest, checked as Verify PDF checks a report's: the CMS holds, and whether its signer is an identity here. */
async function checkSignature(signature: Buffer, manifest: Buffer, trusted: ReadonlySet<string>): Promise<BundleSignature | BundleRefusalDto> {
  const verdict = await verifyCms(signature, manifest, undefined);
  if (!verdict.valid || !verdict.certificate) return { problem: 'signatureInvalid', ...(verdict.problem ? { name: verdict.problem } : {}) };
  const facts = certificateFacts(verdict.certificate.toString());
  return {
    name: facts.name.slice(0, 300),
    ...(facts.organisation ? { organisation: facts.organisation.slice(0, 300) } : {}),
    fingerprint: facts.fingerprint,
    trusted: trusted.has(facts.fingerprint),
  };
}

export async function openBundleIntoStore(
  path: string,
  store: BlobStore,
  kind: BundleKind,
  trusted: ReadonlySet<string> = new Set(),
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<OpenedBundle> {
  const kept: string[] = [];
  const sink: BundleSink = {
    async open(file) {
      const { path: temp, handle } = await store.tempFile();
      return {
        write: async (chunk) => {
          await handle.write(chunk);
        },
        close: async (passed) => {
          if (passed) await handle.sync();
          await handle.close();
          if (passed) {
            const existed = await store.has(file.sha256);
            await store.adopt(temp, file.sha256);
            if (!existed) kept.push(file.sha256);
          } else await rm(temp, { force: true });
        },
      };
    },
  };
  const refuse = async (refusal: BundleRefusalDto): Promise<OpenedBundle> => {
    await store.release(kept);
    return { ok: false, refusal };
  };

  const opened = await openBundle(path, limits, sink);
  if (!opened.ok) return refuse(flatten(opened.refusal));
  const { manifest, manifestBytes, zip, signature: signatureBytes } = opened.bundle;
  await zip.close();
  const signature = signatureBytes ? await checkSignature(signatureBytes, manifestBytes, trusted) : undefined;
  if (signature && 'problem' in signature) return refuse(signature);

  if (manifest.kind !== kind) return refuse({ problem: 'wrongKind' });
  const rule = documents[kind];
  const document = manifest.files.find((file) => file.path === rule.name);
  if (!document) return refuse({ problem: 'noDocument', name: rule.name });
  if (document.size > rule.maxBytes) return refuse({ problem: 'documentTooLarge', limit: rule.maxBytes });
  const problem = await checkDocument(rule, await readFile(store.pathOf(document.sha256)), manifest.files, store);
  if (problem) return refuse(problem);

  return {
    ok: true,
    kind: manifest.kind,
    appVersion: manifest.appVersion,
    creator: manifest.creator,
    createdAt: manifest.createdAt,
    document,
    files: manifest.files.filter((file) => file !== document),
    ...(signature ? { signature } : {}),
  };
}
