import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** The form of a database's id: 32 hex digits, made by the renderer at the database's first start. */
export const DATABASE_ID = /^[a-f0-9]{32}$/;

/**
 * What the data folder remembers of the database it was last used with: its id. The database lives in the
 * browser profile, which can be cleared or damaged apart from the data folder; a database that comes back empty
 * while this file names one was lost, not new.
 */
export function createDatabaseMarker(dataDir: string) {
  const file = join(dataDir, 'database.json');
  return {
    async read(): Promise<string | null> {
      try {
        const { id } = JSON.parse(await readFile(file, 'utf8')) as { id?: unknown };
        return typeof id === 'string' && DATABASE_ID.test(id) ? id : null;
      } catch {
        return null;
      }
    },
    async write(id: string): Promise<void> {
      if (!DATABASE_ID.test(id)) throw new Error('not a database id');
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ id }));
    },
  };
}
