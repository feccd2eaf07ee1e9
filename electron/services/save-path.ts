import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { exportFormats } from './export/formats';

/**
 * A save location without a dialog: files go into `folder`, and an existing file
 * is never overwritten ("report.pdf", then "report (2).pdf" …). Used by the
 * Chromium launcher and tests, where no native save dialog exists.
 */
export function saveIntoFolder(folder: string) {
  return async (suggestedName: string): Promise<string> => {
    await mkdir(folder, { recursive: true });
    const extension = extname(suggestedName);
    const stem = basename(suggestedName, extension);
    for (let n = 1; ; n += 1) {
      const candidate = join(folder, n === 1 ? `${stem}${extension}` : `${stem} (${n})${extension}`);
      if (!existsSync(candidate)) return candidate;
    }
  };
}

/** The save dialog's file types, one per extension the export formats and bundles write. */
const FILE_TYPES: ReadonlyMap<string, { name: string; extensions: string[] }> = new Map<string, { name: string; extensions: string[] }>([
  ...exportFormats.map((format): [string, { name: string; extensions: string[] }] => [
    format.extension,
    { name: format.typeName, extensions: [format.extension.slice(1)] },
  ]),
  // Bundles and backups, which the bundle service writes (electron/services/bundles/service.ts).
  ['.assay', { name: 'Assay bundle', extensions: ['assay'] }],
]);

/** The save dialog's file type filter for a suggested file name: only its own type. */
export function saveDialogFilters(suggestedName: string): { name: string; extensions: string[] }[] {
  const type = FILE_TYPES.get(extname(suggestedName).toLowerCase());
  return type ? [type] : [];
}

/** The chosen path with the suggested name's extension, added when the user typed a name without it. */
export function withSuggestedExtension(path: string, suggestedName: string): string {
  const extension = extname(suggestedName);
  return extension && extname(path).toLowerCase() !== extension.toLowerCase() ? `${path}${extension}` : path;
}

/**
 * Where to save, through a save dialog (`ask`, given the path it opens at; null when cancelled). The dialog asks
 * before replacing the file the user named, but not the one the added extension makes: when that one exists, the
 * dialog opens again on it, so replacing it is confirmed too (or another name chosen).
 */
export async function chooseSavePathWith(
  ask: (defaultPath: string) => Promise<string | null>,
  defaultPath: string,
  suggestedName: string,
  exists: (path: string) => boolean = existsSync,
): Promise<string | null> {
  let at = defaultPath;
  for (let round = 0; round < 10; round += 1) {
    const chosen = await ask(at);
    if (chosen === null) return null;
    const path = withSuggestedExtension(chosen, suggestedName);
    if (path === chosen || !exists(path)) return path;
    at = path;
  }
  return null;
}
