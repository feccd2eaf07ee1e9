import { useEffect, useState } from 'react';

/** Whether this window may write: it holds the lock, another window does, or it is still asking. */
export type WriterLock = 'pending' | 'held' | 'elsewhere';

/**
 * One writer per assessment across every window and tab of this database: holds the Web Lock `name` while mounted
 * (null: nothing to hold, e.g. a finalised assessment). While another window holds it, this one says 'elsewhere' and
 * waits its turn; it holds the lock from the moment the other lets go.
 */
export function useWriterLock(name: string | null): WriterLock {
  const [current, setCurrent] = useState<{ name: string; state: WriterLock } | null>(null);
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  useEffect(() => {
    if (name === null || !locks) return;
    const waiting = new AbortController();
    let letGo!: () => void;
    const done = new Promise<void>((resolve) => (letGo = resolve));
    const hold = () => {
      setCurrent({ name, state: 'held' });
      return done;
    };
    void locks
      .request(name, { ifAvailable: true }, (lock) => (lock ? hold() : null))
      .then((result) => {
        if (result !== null || waiting.signal.aborted) return;
        setCurrent({ name, state: 'elsewhere' });
        return locks.request(name, { signal: waiting.signal }, hold);
      })
      .catch(() => undefined);
    return () => {
      waiting.abort();
      letGo();
    };
  }, [name, locks]);
  if (name === null || !locks) return 'held';
  return current?.name === name ? current.state : 'pending';
}

/** The lock every screen that writes to an assessment holds. */
export const assessmentLockName = (assessmentId: string) => `assay:assessment:${assessmentId}`;
