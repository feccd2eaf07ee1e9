import { createHash } from 'node:crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_NAME,
  MAX_MANIFEST_BYTES,
  MAX_SIGNATURE_BYTES,
  SIGNATURE_NAME,
  manifestSchema,
  type BundleFile,
  type BundleManifest,
} from '@shared/bundle/manifest';
import type { ZipEntry } from '../zip/directory';
import { nameKey } from '../zip/entry-names';
import { DEFAULT_ZIP_LIMITS, openZip, type OpenZip, type ZipLimits, type ZipRefusal } from '../zip/read-zip';

/**
 * Opening a bundle someone sent: the archive is judged by the zip reader, its manifest read under a size limit and
 * checked by its schema, every file of the archive must be listed exactly once and every listed file be there, and
 * then every file's bytes are streamed and checked against the manifest's SHA-256 and size. Only a bundle that
 * passes all of it is handed on; nothing is imported from one that does not.
 */

export type BundleRefusal =
  | { problem: 'archive'; refusal: ZipRefusal }
  | { problem: 'noManifest' }
  | { problem: 'manifestTooLarge'; limit: number }
  | { problem: 'manifestNotJson' }
  | { problem: 'notBundle' }
  | { problem: 'newerFormat'; version: number }
  | { problem: 'manifestInvalid'; path: string }
  | { problem: 'listedTwice'; path: string }
  | { problem: 'notListed'; path: string }
  | { problem: 'missing'; path: string }
  | { problem: 'sizeDiffers'; path: string }
  | { problem: 'hashDiffers'; path: string }
  | { problem: 'damaged'; path: string }
  | { problem: 'signatureTooLarge'; limit: number };

export interface VerifiedBundle {
  manifest: BundleManifest;
  /** The manifest's own bytes, as a signature covers them. */
  manifestBytes: Buffer;
  zip: OpenZip;
  /** The archive entry of each listed file, by its path. */
  files: ReadonlyMap<string, ZipEntry>;
  /** A signed bundle's detached signature over `manifestBytes`, not yet verified. */
  signature?: Buffer;
}

/** The manifest, parsed and checked, or why it cannot be used. */
function readManifest(bytes: Buffer): BundleManifest | BundleRefusal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: 'manifestNotJson' };
  }
  const header = parsed as { format?: unknown; formatVersion?: unknown } | null;
  if (header?.format !== BUNDLE_FORMAT) return { problem: 'notBundle' };
  if (typeof header.formatVersion === 'number' && header.formatVersion > BUNDLE_FORMAT_VERSION)
    return { problem: 'newerFormat', version: header.formatVersion };
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) return { problem: 'manifestInvalid', path: manifest.error.issues[0]?.path.join('.') || 'manifest' };
  return manifest.data;
}

/** Where the files of a bundle go as they are checked, so that a bundle is read once: kept only if they pass. */
export interface BundleSink {
  open(file: BundleFile): Promise<{ write(chunk: Buffer): Promise<void>; close(passed: boolean): Promise<void> }>;
}

/** Streams a file of the archive and checks it against its manifest line. */
async function checkFile(zip: OpenZip, entry: ZipEntry, listed: BundleFile, sink: BundleSink | undefined): Promise<BundleRefusal | undefined> {
  if (entry.size !== listed.size) return { problem: 'sizeDiffers', path: listed.path };
  const hash = createHash('sha256');
  const out = await sink?.open(listed);
  let problem: BundleRefusal | undefined;
  try {
    for await (const chunk of zip.stream(entry)) {
      hash.update(chunk as Buffer);
      await out?.write(chunk as Buffer);
    }
    if (hash.digest('hex') !== listed.sha256) problem = { problem: 'hashDiffers', path: listed.path };
  } catch {
    problem = { problem: 'damaged', path: listed.path };
  }
  await out?.close(problem === undefined);
  return problem;
}

export async function openBundle(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  sink?: BundleSink,
): Promise<{ ok: true; bundle: VerifiedBundle } | { ok: false; refusal: BundleRefusal }> {
  const opened = await openZip(path, limits);
  if (!opened.ok) return { ok: false, refusal: { problem: 'archive', refusal: opened.refusal } };
  const { zip } = opened;
  const refuse = async (refusal: BundleRefusal) => {
    await zip.close();
    return { ok: false as const, refusal };
  };
  const manifestEntry = zip.entries.find((entry) => entry.name === MANIFEST_NAME);
  if (!manifestEntry) return refuse({ problem: 'noManifest' });
  if (manifestEntry.size > MAX_MANIFEST_BYTES) return refuse({ problem: 'manifestTooLarge', limit: MAX_MANIFEST_BYTES });
  let manifestBytes: Buffer;
  try {
    manifestBytes = (await zip.bytes(manifestEntry)).data;
  } catch {
    return refuse({ problem: 'damaged', path: MANIFEST_NAME });
  }
  const manifest = readManifest(manifestBytes);
  if ('problem' in manifest) return refuse(manifest);

  // The signature cannot be listed in the manifest it signs; a manifest that lists a file of its name is not one Assay wrote.
  if (manifest.files.some((file) => nameKey(file.path) === nameKey(SIGNATURE_NAME))) return refuse({ problem: 'manifestInvalid', path: SIGNATURE_NAME });
  const signatureEntry = zip.entries.find((entry) => entry.name === SIGNATURE_NAME);
  if (signatureEntry && signatureEntry.size > MAX_SIGNATURE_BYTES) return refuse({ problem: 'signatureTooLarge', limit: MAX_SIGNATURE_BYTES });
  let signature: Buffer | undefined;
  try {
    signature = signatureEntry && (await zip.bytes(signatureEntry)).data;
  } catch {
    return refuse({ problem: 'damaged', path: SIGNATURE_NAME });
  }

  const entries = new Map(zip.entries.map((entry) => [nameKey(entry.name), entry]));
  const files = new Map<string, ZipEntry>();
  const listedKeys = new Set<string>([nameKey(MANIFEST_NAME), nameKey(SIGNATURE_NAME)]);
  for (const listed of manifest.files) {
    const key = nameKey(listed.path);
    if (listedKeys.has(key)) return refuse({ problem: 'listedTwice', path: listed.path });
    listedKeys.add(key);
    const entry = entries.get(key);
    if (!entry || entry.name !== listed.path) return refuse({ problem: 'missing', path: listed.path });
    files.set(listed.path, entry);
  }
  for (const entry of zip.entries) {
    if (entry.name !== MANIFEST_NAME && entry.name !== SIGNATURE_NAME && !files.has(entry.name)) return refuse({ problem: 'notListed', path: entry.name });
  }
  for (const listed of manifest.files) {
    const problem = await checkFile(zip, files.get(listed.path)!, listed, sink);
    if (problem) return refuse(problem);
  }
  return { ok: true, bundle: { manifest, manifestBytes, zip, files, ...(signature ? { signature } : {}) } };
}

/** A bundle's manifest alone, checked by its schema, without reading its other files: for listing backups. */
export async function readManifestFacts(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<BundleManifest | undefined> {
  const opened = await openZip(path, limits);
  if (!opened.ok) return undefined;
  try {
    const entry = opened.zip.entries.find((candidate) => candidate.name === MANIFEST_NAME);
    if (!entry || entry.size > MAX_MANIFEST_BYTES) return undefined;
    const manifest = readManifest((await opened.zip.bytes(entry)).data);
    return 'problem' in manifest ? undefined : manifest;
  } catch {
    return undefined;
  } finally {
    await opened.zip.close();
  }
}
