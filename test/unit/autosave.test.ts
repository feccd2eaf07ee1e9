import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../renderer/src/app/autosave';

/** A store whose writes finish only when the test says so, in any order it likes. */
function slowStore() {
  const written: [string, string][] = [];
  const open: { key: string; value: string; finish: (fail?: boolean) => void }[] = [];
  const write = (key: string, value: string) =>
    new Promise<'saved'>((resolve, reject) => {
      open.push({ key, value, finish: (fail) => (fail ? reject(new Error('disk full')) : (written.push([key, value]), resolve('saved'))) });
    });
  return { written, open, write };
}

const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('autosave queue', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('writes each value for the key it was made for, newest value only, one write at a time in order', async () => {
    const store = slowStore();
    const saver = createAutosaver({ delayMs: 250, write: store.write, describeError: () => 'failed' });
    saver.schedule('3.10', 'note a');
    saver.schedule('3.10', 'note ab');
    void saver.flush('3.10');
    saver.schedule('3.11', 'yes');
    void saver.flush('3.11');
    await flushMicrotasks();
    // The second write waits for the first, so a slow first write cannot land after it.
    expect(store.open.map((w) => [w.key, w.value])).toEqual([['3.10', 'note ab']]);
    store.open[0]!.finish();
    await flushMicrotasks();
    expect(store.open.map((w) => [w.key, w.value])).toEqual([
      ['3.10', 'note ab'],
      ['3.11', 'yes'],
    ]);
    store.open[1]!.finish();
    await saver.flush();
    expect(store.written).toEqual([
      ['3.10', 'note ab'],
      ['3.11', 'yes'],
    ]);
    expect(saver.status('3.10')).toEqual({ state: 'saved' });
    expect(saver.status('3.11')).toEqual({ state: 'saved' });
  });

  it('waits for the delay, restarting it on every change', async () => {
    const store = slowStore();
    const saver = createAutosaver({ delayMs: 250, write: store.write, describeError: () => 'failed' });
    saver.schedule('q', 'a');
    vi.advanceTimersByTime(200);
    saver.schedule('q', 'ab');
    vi.advanceTimersByTime(200);
    await flushMicrotasks();
    expect(store.open).toHaveLength(0);
    expect(saver.status('q').state).toBe('saving');
    vi.advanceTimersByTime(50);
    await flushMicrotasks();
    expect(store.open.map((w) => w.value)).toEqual(['ab']);
  });

  it('remembers the newest value of a key before it is written, for a form shown again', () => {
    const saver = createAutosaver({ delayMs: 250, write: slowStore().write, describeError: () => 'failed' });
    saver.schedule('q1', 'typed');
    expect(saver.latest('q1')).toBe('typed');
    expect(saver.latest('q2')).toBeUndefined();
  });

  it('reports a key as saving while a newer value is still unwritten, and a failure at once', async () => {
    const store = slowStore();
    const saver = createAutosaver({ delayMs: 250, write: store.write, describeError: (e) => `not saved (${(e as Error).message})` });
    const seen: string[] = [];
    saver.subscribe((key) => seen.push(`${key}:${saver.status(key).state}`));
    saver.schedule('q', 'first');
    void saver.flush('q');
    saver.schedule('q', 'second');
    await flushMicrotasks();
    store.open[0]!.finish();
    await flushMicrotasks();
    expect(saver.status('q').state).toBe('saving');
    void saver.flush('q');
    await flushMicrotasks();
    store.open[1]!.finish(true);
    await saver.flush();
    expect(saver.status('q')).toEqual({ state: 'error', message: 'not saved (disk full)' });
    expect(seen).toEqual(['q:saving', 'q:error']);
    // The failed value is still known, so nothing typed is lost.
    expect(saver.latest('q')).toBe('second');
  });

  it('tries a write that failed on full storage again by itself, showing the failure until it is written', async () => {
    const store = slowStore();
    const saver = createAutosaver({
      delayMs: 250,
      write: store.write,
      describeError: () => 'storage full',
      retryable: (error) => (error as Error).message === 'disk full',
      retryMs: 5_000,
    });
    saver.schedule('q', 'typed');
    await vi.advanceTimersByTimeAsync(250);
    store.open[0]!.finish(true);
    await flushMicrotasks();
    expect(saver.status('q')).toEqual({ state: 'error', message: 'storage full' });
    // Still failing at the next try: still an error, never "saved".
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.open).toHaveLength(2);
    store.open[1]!.finish(true);
    await flushMicrotasks();
    expect(saver.status('q').state).toBe('error');
    // Space was freed: the next try writes it.
    await vi.advanceTimersByTimeAsync(5_000);
    store.open[2]!.finish();
    await saver.flush();
    expect(store.written).toEqual([['q', 'typed']]);
    expect(saver.status('q').state).toBe('saved');
  });

  it('lets a newer value replace one waiting to be tried again', async () => {
    const store = slowStore();
    const saver = createAutosaver({ delayMs: 250, write: store.write, describeError: () => 'storage full', retryable: () => true, retryMs: 5_000 });
    saver.schedule('q', 'old');
    await vi.advanceTimersByTimeAsync(250);
    store.open[0]!.finish(true);
    await flushMicrotasks();
    saver.schedule('q', 'new');
    await vi.advanceTimersByTimeAsync(250);
    store.open[1]!.finish();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.open.map((write) => write.value)).toEqual(['old', 'new']);
    expect(store.written).toEqual([['q', 'new']]);
    expect(saver.status('q').state).toBe('saved');
  });
});
