import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntry } from '@shared/ipc/contract';

export const LOG_FILE_NAME = 'assay.log';

/** Appends one JSON line per entry to <dataDir>/logs/assay.log. */
export function createLogWriter(dataDir: string, now: () => Date) {
  const dir = join(dataDir, 'logs');
  const file = join(dir, LOG_FILE_NAME);
  return {
    file,
    async write(entry: LogEntry): Promise<void> {
      await mkdir(dir, { recursive: true });
      await appendFile(file, `${JSON.stringify({ at: now().toISOString(), ...entry })}\n`, 'utf8');
    },
  };
}
