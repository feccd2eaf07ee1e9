import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogFilters, saveIntoFolder, withSuggestedExtension } from '../../electron/services/save-path';

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
