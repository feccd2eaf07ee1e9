import { mkdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write';

/**
 * Where backups are kept without asking: `<data folder>/backups` unless the user chose another folder (through the
 * system's folder dialog, never a path the renderer names). The choice is kept on the Node side, beside the data.
 */
export function createBackupFolder(dataDir: string) {
  const defaultFolder = join(dataDir, 'backups');
  const settingFile = join(dataDir, 'backup-folder.json');

  async function chosen(): Promise<string | undefined> {
    try {
      const { folder } = JSON.parse(await readFile(settingFile, 'utf8')) as { folder?: unknown };
      return typeof folder === 'string' && isAbsolute(folder) ? folder : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    defaultFolder,
    /** The folder backups go to now. */
    async current(): Promise<{ folder: string; isDefault: boolean }> {
      const folder = await chosen();
      return folder ? { folder, isDefault: false } : { folder: defaultFolder, isDefault: true };
    },
    /** Backups go to `folder` from now on; it is created if missing, and refused when it cannot be. */
    async choose(folder: string): Promise<{ folder: string; isDefault: boolean }> {
      if (!isAbsolute(folder)) throw new Error('not an absolute folder');
      await mkdir(folder, { recursive: true });
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomic(settingFile, JSON.stringify({ folder }));
      return { folder, isDefault: folder === defaultFolder };
    },
    async reset(): Promise<{ folder: string; isDefault: true }> {
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomic(settingFile, JSON.stringify({}));
      return { folder: defaultFolder, isDefault: true };
    },
  };
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;
