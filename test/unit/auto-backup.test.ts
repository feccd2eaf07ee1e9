import { describe, expect, it } from 'vitest';
import { DAILY_KEEP, DAILY_STEM, ROLLING_STEM, scheduleAutoBackups, type SchedulerDeps } from '../../renderer/src/features/bundles/auto-backup';
import { DEFAULT_AUTO_BACKUP, type AutoBackupSettings } from '../../renderer/src/db/settings';

const MINUTE = 60_000;

/** The scheduler with a clock, settings and a backups folder of the test's own; ticks run when the test says. */
function harness(options: { settings?: Partial<AutoBackupSettings>; latest?: { rolling: number; daily: number }; failing?: boolean } = {}) {
  let now = Date.parse('2026-12-07T09:00:00Z');
  let listener: (() => void) | undefined;
  let tick: (() => void) | undefined;
  const written: { stem: string; keep: number; at: string }[] = [];
  let failing = options.failing ?? false;
  const deps: SchedulerDeps = {
    now: () => now,
    settings: async () => ({ ...DEFAULT_AUTO_BACKUP, ...options.settings }),
    onChange: (next) => {
      listener = next;
      return () => {
        listener = undefined;
      };
    },
    latest: async () => options.latest ?? { rolling: 0, daily: 0 },
    backUp: async (stem, keep) => {
      if (failing) throw new Error('disk full');
      written.push({ stem, keep, at: new Date(now).toISOString() });
    },
    setInterval: (work) => {
      tick = work;
      return 1;
    },
    clearInterval: () => {
      tick = undefined;
    },
  };
  const stop = scheduleAutoBackups(deps);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    written,
    change: () => listener?.(),
    advance: (ms: number) => {
      now += ms;
    },
    tick: async () => {
      tick?.();
      for (let i = 0; i < 5; i += 1) await settle();
    },
    heal: () => {
      failing = false;
    },
    stop,
    listening: () => listener !== undefined,
  };
}

describe('automatic backups', () => {
  it('are written after a change, the first of the day also as a daily one, and not again until the interval has passed', async () => {
    const h = harness();
    await h.tick();
    expect(h.written).toEqual([]);
    h.change();
    await h.tick();
    expect(h.written).toEqual([
      { stem: ROLLING_STEM, keep: 10, at: '2026-12-07T09:00:00.000Z' },
      { stem: DAILY_STEM, keep: DAILY_KEEP, at: '2026-12-07T09:00:00.000Z' },
    ]);
    h.change();
    h.advance(9 * MINUTE);
    await h.tick();
    expect(h.written).toHaveLength(2);
    h.advance(MINUTE);
    await h.tick();
    expect(h.written.slice(2)).toEqual([{ stem: ROLLING_STEM, keep: 10, at: '2026-12-07T09:10:00.000Z' }]);
    // Nothing changed since: nothing written.
    h.advance(60 * MINUTE);
    await h.tick();
    expect(h.written).toHaveLength(3);
  });

  it('count the interval from the newest backup in the folder, and write a daily one once a day', async () => {
    const at = Date.parse('2026-12-07T09:00:00Z');
    const h = harness({ latest: { rolling: at - 5 * MINUTE, daily: at - 2 * 60 * MINUTE }, settings: { intervalMinutes: 15, keep: 3 } });
    h.change();
    await h.tick();
    expect(h.written).toEqual([]);
    h.advance(10 * MINUTE);
    await h.tick();
    expect(h.written).toEqual([{ stem: ROLLING_STEM, keep: 3, at: '2026-12-07T09:10:00.000Z' }]);
    h.change();
    h.advance(24 * 60 * MINUTE);
    await h.tick();
    expect(h.written.slice(1).map((w) => w.stem)).toEqual([ROLLING_STEM, DAILY_STEM]);
  });

  it('write nothing when switched off, try again after a failure, and stop listening when stopped', async () => {
    const off = harness({ settings: { enabled: false } });
    off.change();
    await off.tick();
    expect(off.written).toEqual([]);

    const failing = harness({ failing: true });
    failing.change();
    await failing.tick();
    expect(failing.written).toEqual([]);
    failing.heal();
    await failing.tick();
    expect(failing.written.map((w) => w.stem)).toEqual([ROLLING_STEM, DAILY_STEM]);
    failing.stop();
    expect(failing.listening()).toBe(false);
  });
});
