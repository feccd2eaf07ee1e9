import { useSyncExternalStore } from 'react';

/** What became of the newest value handed in for one key. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'draft' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** The error shown to the user, in their language. */
  message?: string;
}

export interface AutosaverOptions<V> {
  delayMs: number;
  /** Writes one value for its key; resolves to 'draft' when the value was kept as an incomplete draft. */
  write: (key: string, value: V) => Promise<'saved' | 'draft'>;
  /** The user-facing message for a failed write. */
  describeError: (error: unknown) => string;
  /**
   * Whether a failed write is tried again by itself (full storage may be freed), every `retryMs`, until it is written or
   * a newer value replaces it. The status stays "error" meanwhile: nothing unwritten is ever shown as saved.
   */
  retryable?: (error: unknown) => boolean;
  retryMs?: number;
}

export interface Autosaver<V> {
  /** Replaces what waits to be written for `key` and restarts its delay. */
  schedule(key: string, value: V): void;
  /** Writes at once what waits for `key`, or for every key; resolves when those writes are done. */
  flush(key?: string): Promise<void>;
  /** The newest value handed in for `key` since this saver was made, written or not. */
  latest(key: string): V | undefined;
  status(key: string): SaveStatus;
  subscribe(listener: (key: string) => void): () => void;
}

const IDLE: SaveStatus = { state: 'idle' };

/**
 * Debounced autosave with one queue: each value carries the key it was made for,
 * writes run one after another in the order they were flushed, and a key's status
 * reports on its newest value only.
 */
export function createAutosaver<V>({ delayMs, write, describeError, retryable = () => false, retryMs = 5_000 }: AutosaverOptions<V>): Autosaver<V> {
  const waiting = new Map<string, V>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const newest = new Map<string, V>();
  const statuses = new Map<string, SaveStatus>();
  /** Values handed in per key that are not yet written; a status settles only at zero. */
  const unwritten = new Map<string, number>();
  const listeners = new Set<(key: string) => void>();
  let queue: Promise<void> = Promise.resolve();

  const setStatus = (key: string, status: SaveStatus) => {
    statuses.set(key, status);
    for (const listener of listeners) listener(key);
  };

  const enqueue = (key: string): Promise<void> => {
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
    if (!waiting.has(key)) return queue;
    const value = waiting.get(key)!;
    waiting.delete(key);
    queue = queue.then(async () => {
      let outcome: SaveStatus;
      try {
        outcome = { state: await write(key, value) };
      } catch (error) {
        outcome = { state: 'error', message: describeError(error) };
        // Kept to be tried again, unless a newer value already waits.
        if (retryable(error) && !waiting.has(key)) {
          waiting.set(key, value);
          timers.set(
            key,
            setTimeout(() => void enqueue(key), retryMs),
          );
          setStatus(key, outcome);
          return;
        }
      }
      const left = (unwritten.get(key) ?? 1) - 1;
      unwritten.set(key, left);
      if (left === 0 || outcome.state === 'error') setStatus(key, outcome);
    });
    return queue;
  };

  return {
    schedule(key, value) {
      if (!waiting.has(key)) unwritten.set(key, (unwritten.get(key) ?? 0) + 1);
      waiting.set(key, value);
      newest.set(key, value);
      const timer = timers.get(key);
      if (timer !== undefined) clearTimeout(timer);
      timers.set(
        key,
        setTimeout(() => void enqueue(key), delayMs),
      );
      if (statuses.get(key)?.state !== 'saving') setStatus(key, { state: 'saving' });
    },
    flush(key) {
      if (key !== undefined) return enqueue(key);
      for (const k of [...waiting.keys()]) void enqueue(k);
      return queue;
    },
    latest: (key) => newest.get(key),
    status: (key) => statuses.get(key) ?? IDLE,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The live save status of one key. */
export function useSaveStatus<V>(saver: Autosaver<V>, key: string): SaveStatus {
  return useSyncExternalStore(
    (onChange) => saver.subscribe((changed) => changed === key && onChange()),
    () => saver.status(key),
  );
}
