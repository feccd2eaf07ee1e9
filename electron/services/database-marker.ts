import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseIdSchema } from '@shared/ipc/database-id';
import { writeFileAtomic } from './atomic-write';

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
        return databaseIdSchema.safeParse(id).data ?? null;
      } catch {
        return null;
      }
    },
    async write(id: string): Promise<void> {
      if (!databaseIdSchema.safeParse(id).success) throw new Error('not a database id');
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ id }));
    },
  };
}
