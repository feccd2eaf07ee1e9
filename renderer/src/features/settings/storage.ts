import { useEffect, useState } from 'react';

export type Persistence = 'unknown' | 'persistent' | 'bestEffort';

let request: Promise<Persistence> | null = null;

/** Asks the engine once for persistent storage, so it does not evict assessments. */
export function ensurePersistentStorage(): Promise<Persistence> {
  request ??= (async (): Promise<Persistence> => {
    if (!navigator.storage?.persist) return 'bestEffort';
    const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    return granted ? 'persistent' : 'bestEffort';
  })().catch(() => 'bestEffort');
  return request;
}

export function useStoragePersistence(): Persistence {
  const [state, setState] = useState<Persistence>('unknown');
  useEffect(() => {
    void ensurePersistentStorage().then(setState);
  }, []);
  return state;
}
