import { useCallback, useEffect, useRef } from 'react';
import type { BundleKind } from '@shared/bundle/manifest';
import { call } from '../../app/api';
import { TransferError } from '../../app/transfer';

/**
 * An uploaded bundle or backup opened in the Node side's store, the upload itself released whatever the answer: the
 * checked files are then in the store, or the answer says why there are none. A refusal of the store is thrown.
 */
export async function openStored(sha256: string, kind: BundleKind) {
  const opened = await call('bundles:open', { sha256, kind }).finally(() => void call('blobs:release', { sha256s: [sha256] }).catch(() => undefined));
  if ('refused' in opened) throw new TransferError(opened.refused);
  return opened;
}

/** Files of an opened bundle held in the Node side's store while a dialog needs them, released when it is done or closes. */
export function useHeldFiles() {
  const held = useRef<string[]>([]);
  /** Releases every held file but those in `keep`, which stay held. */
  const release = useCallback((keep: readonly string[] = []) => {
    const sha256s = held.current.filter((sha256) => !keep.includes(sha256));
    held.current = held.current.filter((sha256) => keep.includes(sha256));
    if (sha256s.length > 0) void call('blobs:release', { sha256s }).catch(() => undefined);
  }, []);
  const hold = useCallback((sha256s: readonly string[]) => {
    held.current = [...sha256s];
  }, []);
  useEffect(() => () => release(), [release]);
  return { hold, release };
}
