import type { BundleKind } from '@shared/bundle/manifest';
import type { BackupContents } from '@shared/bundle/backup';
import { evidencePath } from '@shared/bundle/assessments';
import { call } from '../../app/api';
import { sendFile, sendFiles, TransferError, type Progress } from '../../app/transfer';

export interface BundleToSave {
  kind: BundleKind;
  fileName: string;
  creator: string;
  /** The document's name in the archive and its content. */
  document: { path: string; value: unknown };
  /** Evidence files by digest; each is stored as evidence/<sha256>. */
  evidence: ReadonlyMap<string, Blob>;
  place?: 'choose' | 'backups';
  contents?: BackupContents;
  keep?: number;
  /** A backup only: with the signing identities' files. */
  includeIdentities?: boolean;
  /** Sign the manifest with this identity. */
  signing?: { identityId: string; passphrase: string };
}

/**
 * Writes a bundle or a backup: the document and the evidence files the Node side does not hold yet go to it in
 * chunks, then it writes the archive (where the user chooses, or into the backups folder). Its copies are released
 * afterwards, whatever happens.
 */
export async function saveBundle(bundle: BundleToSave, onProgress?: Progress): Promise<{ path: string; signed: boolean } | { cancelled: true }> {
  const sent: string[] = [];
  try {
    const documentSha = await sendFile(new Blob([JSON.stringify(bundle.document.value)], { type: 'application/json' }));
    sent.push(documentSha);
    await sendFiles(bundle.evidence, onProgress);
    sent.push(...bundle.evidence.keys());
    const result = await call('bundles:save', {
      kind: bundle.kind,
      fileName: bundle.fileName,
      creator: bundle.creator,
      ...(bundle.place ? { place: bundle.place } : {}),
      ...(bundle.contents ? { contents: bundle.contents } : {}),
      ...(bundle.keep ? { keep: bundle.keep } : {}),
      ...(bundle.signing ?? {}),
      ...(bundle.includeIdentities ? { includeIdentities: true } : {}),
      files: [{ path: bundle.document.path, sha256: documentSha }, ...[...bundle.evidence.keys()].map((sha256) => ({ path: evidencePath(sha256), sha256 }))],
    });
    if ('refused' in result) throw new TransferError(result.refused);
    return result;
  } finally {
    if (sent.length > 0) void call('blobs:release', { sha256s: sent }).catch(() => undefined);
  }
}

/** A file name stamped with the local date and time, e.g. "Assay backup 2026-12-07 19-58-03.assay". */
export function stampedFileName(stem: string, at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
  return `${stem} ${date} ${time}.assay`;
}
