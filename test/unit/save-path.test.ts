import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSavePathWith, saveDialogFilters, saveIntoFolder, withSuggestedExtension } from '../../electron/services/save-path';

describe('save locations', () => {
  it('offers only the suggested file type in the save dialog', () => {
    expect(saveDialogFilters('Vendor comparison 2026-03-04.xlsx')).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
    expect(saveDialogFilters('Assessment Five9.PDF')).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(saveDialogFilters('Talkdesk 2026-12-07.assay')).toEqual([{ name: 'Assay bundle', extensions: ['assay'] }]);
    expect(saveDialogFilters('notes')).toEqual([]);
  });

  it('adds the extension when the user typed a name without it', () => {
    expect(withSuggestedExtension('/home/a/Comparison', 'Vendor comparison.xlsx')).toBe('/home/a/Comparison.xlsx');
    expect(withSuggestedExtension('/home/a/Comparison.XLSX', 'Vendor comparison.xlsx')).toBe('/home/a/Comparison.XLSX');
    expect(withSuggestedExtension('/home/a/v1.2 report', 'Report.pdf')).toBe('/home/a/v1.2 report.pdf');
  });

  it('asks again before replacing the file a typed name without extension turns out to be', async () => {
    const existing = new Set(['/home/a/Comparison.xlsx']);
    const asked: string[] = [];
    const answers = ['/home/a/Comparison', '/home/a/Comparison.xlsx'];
    const ask = async (at: string) => {
      asked.push(at);
      return answers.shift() ?? null;
    };
    // The dialog confirmed "Comparison" (new); "Comparison.xlsx" exists, so the dialog opens on it, and the user
    // confirms replacing it there.
    await expect(chooseSavePathWith(ask, '/home/a/Vendor comparison.xlsx', 'Vendor comparison.xlsx', (path) => existing.has(path))).resolves.toBe(
      '/home/a/Comparison.xlsx',
    );
    expect(asked).toEqual(['/home/a/Vendor comparison.xlsx', '/home/a/Comparison.xlsx']);
    // Cancelled the second time: nothing is written.
    answers.push('/home/a/Comparison');
    await expect(chooseSavePathWith(ask, '/home/a/Vendor comparison.xlsx', 'Vendor comparison.xlsx', (path) => existing.has(path))).resolves.toBeNull();
    // A new name is taken at once.
    answers.push('/home/a/Fresh');
    await expect(chooseSavePathWith(ask, '/home/a/x.xlsx', 'x.xlsx', (path) => existing.has(path))).resolves.toBe('/home/a/Fresh.xlsx');
  });

  it('never overwrites a file in the folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'assay-save-'));
    try {
      const choose = saveIntoFolder(folder);
      const first = await choose('Report.pdf');
      expect(first).toBe(join(folder, 'Report.pdf'));
      await writeFile(first, 'x');
      expect(await choose('Report.pdf')).toBe(join(folder, 'Report (2).pdf'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
