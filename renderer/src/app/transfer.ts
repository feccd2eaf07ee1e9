import { MAX_CHUNK_BYTES } from '@shared/ipc/contract';
import { readAsBase64 } from '../ui/read-file';
import { call } from './api';

/**
 * Files between the renderer and the Node side's store (electron/services/blobs/blob-store.ts), a chunk per message:
 * a file of hundreds of MB never crosses as one. The store names each file by its SHA-256.
 */

/** Why a transfer stopped: the store refused a chunk, or the file changed or vanished while it was read. */
export class TransferError extends Error {
  constructor(readonly problem: string) {
    super(`transfer: ${problem}`);
    this.name = 'TransferError';
  }
}

const refused = (value: object): value is { refused: string; message: string } => 'refused' in value;

export type Progress = (done: number, total: number) => void;

/** Sends a file to the store in chunks; resolves to its SHA-256 as the store computed it. */
export async function sendFile(file: Blob, onProgress?: Progress): Promise<string> {
  const begun = await call('blobs:begin', { size: file.size });
  if (refused(begun)) throw new TransferError(begun.refused);
  const { uploadId } = begun;
  try {
    for (let offset = 0; offset < file.size; offset += MAX_CHUNK_BYTES) {
      const data = await readAsBase64(file.slice(offset, Math.min(file.size, offset + MAX_CHUNK_BYTES)));
      const appended = await call('blobs:append', { uploadId, offset, data });
      if (refused(appended)) throw new TransferError(appended.refused);
      onProgress?.(appended.received, file.size);
    }
    const finished = await call('blobs:finish', { uploadId });
    if (refused(finished)) throw new TransferError(finished.refused);
    return finished.sha256;
  } catch (error) {
    await call('blobs:discard', { uploadId }).catch(() => undefined);
    throw error;
  }
}

/** Sends the files the store does not hold yet (by their known SHA-256); `progress` counts bytes over all of them. */
export async function sendFiles(files: ReadonlyMap<string, Blob>, onProgress?: Progress): Promise<void> {
  const { present } = await call('blobs:has', { sha256s: [...files.keys()] });
  const held = new Set(present);
  const missing = [...files].filter(([sha256]) => !held.has(sha256));
  const total = missing.reduce((sum, [, blob]) => sum + blob.size, 0);
  let done = 0;
  for (const [sha256, blob] of missing) {
    const stored = await sendFile(blob, (sent) => onProgress?.(done + sent, total));
    if (stored !== sha256) throw new TransferError('changed');
    done += blob.size;
  }
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Reads a stored file back in chunks, as a Blob the engine may keep on disk. */
export async function receiveFile(sha256: string, size: number, type = 'application/octet-stream', onProgress?: Progress): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < size;) {
    const read = await call('blobs:read', { sha256, offset, length: Math.min(MAX_CHUNK_BYTES, size - offset) });
    if (refused(read)) throw new TransferError(read.refused);
    const bytes = fromBase64(read.data);
    if (bytes.length === 0) throw new TransferError('truncated');
    parts.push(bytes);
    offset += bytes.length;
    onProgress?.(offset, size);
  }
  return new Blob(parts, { type });
}

/** Reads a stored text file (a bundle's document) whole. */
export async function receiveText(sha256: string, size: number): Promise<string> {
  return (await receiveFile(sha256, size, 'application/json')).text();
}
