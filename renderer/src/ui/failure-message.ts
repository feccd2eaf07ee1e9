import { RepositoryError } from '../db/errors';
import { IpcCallError } from '../app/api';
import { logError } from '../app/error-log';
import type { Translate } from './use-t';

export type FailureKind = 'storageFull' | 'diskFull' | 'noPermission' | 'readOnly' | 'notFound' | 'failed';

const NODE_KINDS: Record<string, FailureKind> = { disk_full: 'diskFull', no_permission: 'noPermission', read_only: 'readOnly', not_found: 'notFound' };

/**
 * What kind of failure an error is: the browser's storage full (IndexedDB's QuotaExceededError, which Dexie may
 * wrap in an AbortError), or a failure the Node side named by kind (electron/services/ipc-dispatch.ts).
 */
export function failureKind(error: unknown): FailureKind {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; depth += 1) {
    if ((cause as { name?: unknown }).name === 'QuotaExceededError') return 'storageFull';
    cause = (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause;
  }
  if (error instanceof IpcCallError && error.detail.code === 'handler_failed') return NODE_KINDS[error.detail.message] ?? 'failed';
  return 'failed';
}

/**
 * A failure in the user's words, never an exception's text: a refusal the store explains, a kind of failure the
 * user can act on (full storage, a place Assay may not write to), or else that the details are in the log file,
 * where this writes them.
 */
export function failureMessage(t: Translate, error: unknown): string {
  if (error instanceof RepositoryError) return t(error.messageKey, error.params);
  const kind = failureKind(error);
  if (kind === 'failed') logError(error);
  return t(`common.failures.${kind}`);
}
