import { BACKUP_DOCUMENT, DAILY_STEM, ROLLING_STEM } from '@shared/bundle/backup';
import type { AutoBackupSettings } from '../../db/settings';
import type { Store } from '../../db';
import { call } from '../../app/api';
import { saveBundle, stampedFileName } from './save-bundle';

export { DAILY_STEM, ROLLING_STEM };
/** Daily backups kept: a week. */
export const DAILY_KEEP = 7;
export const TICK_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SchedulerDeps {
  now: () => number;
  settings: () => Promise<AutoBackupSettings>;
  /** Subscribes to committed writes; returns the unsubscribe. */
  onChange: (listener: () => void) => () => void;
  /** When the newest backup of each series was made (epoch ms), from the backups folder: 0 when none. */
  latest: () => Promise<{ rolling: number; daily: number }>;
  /** Writes a backup of the series; `keep` how many of the series to keep. */
  backUp: (stem: string, keep: number) => Promise<void>;
  setInterval: (work: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

/**
 * Automatic backups: after a change, at most every `intervalMinutes`, a backup of the rolling series (the oldest
 * beyond `keep` removed), and the first of each day also as a daily one. Nothing changed, nothing written. A failed
 * backup leaves the change pending, to be tried at the next tick.
 */
export function scheduleAutoBackups(deps: SchedulerDeps): () => void {
  let dirty = false;
  let running = false;
  let known: Promise<{ rolling: number; daily: number }> | undefined;
  const unsubscribe = deps.onChange(() => {
    dirty = true;
  });

  const tick = async () => {
    if (running || !dirty) return;
    running = true;
    try {
      const settings = await deps.settings();
      if (!settings.enabled) return;
      const last = await (known ??= deps.latest());
      const at = deps.now();
      if (at - last.rolling < settings.intervalMinutes * 60_000) return;
      dirty = false;
      try {
        await deps.backUp(ROLLING_STEM, settings.keep);
        last.rolling = at;
        if (at - last.daily >= DAY_MS) {
          await deps.backUp(DAILY_STEM, DAILY_KEEP);
          last.daily = at;
        }
      } catch {
        dirty = true;
      }
    } finally {
      running = false;
    }
  };

  const timer = deps.setInterval(() => void tick(), TICK_MS);
  return () => {
    deps.clearInterval(timer);
    unsubscribe();
  };
}

/** The scheduler wired to the store and the Node side's backups folder. */
export function startAutoBackups(store: Store): () => void {
  return scheduleAutoBackups({
    now: () => Date.now(),
    settings: () => store.settings.autoBackup(),
    onChange: (listener) => store.onChange(listener),
    latest: async () => {
      const listed = await call('backups:list', {});
      const newest = (stem: string) => Math.max(0, ...listed.filter((b) => b.name.startsWith(stem)).map((b) => Date.parse(b.createdAt)));
      return { rolling: newest(ROLLING_STEM), daily: newest(DAILY_STEM) };
    },
    backUp: async (stem, keep) => {
      const { document, evidence, contents } = await (await store.backups()).collect();
      await saveBundle({
        kind: 'backup',
        fileName: stampedFileName(stem),
        creator: 'Assay',
        document: { path: BACKUP_DOCUMENT, value: document },
        evidence,
        contents,
        place: 'backups',
        keep,
      });
    },
    setInterval: (work, ms) => window.setInterval(work, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
  });
}
