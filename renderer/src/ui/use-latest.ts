import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A getter for `value` as of the last render React committed, the same function for the
 * component's whole life. For callbacks that outlive a render (a save queue's error text,
 * a listener added once) and must see the newest props without being made again.
 */
export function useLatest<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  }, [value]);
  return useCallback(() => latest.current, []);
}
