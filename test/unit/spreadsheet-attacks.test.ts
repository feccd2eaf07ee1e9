import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFileWorker } from '../../electron/services/isolation/isolated';
import { readWorkbookGrid } from '../../electron/services/spreadsheet/read-workbook';
import { zipDirectory } from '../../electron/services/spreadsheet/zip-directory';
import { responsePackXlsx } from '../../electron/services/documents/response-pack/xlsx';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { problemText } from '@shared/questionnaire/exchange';
import { readResponsePack } from '@shared/response-pack/read';
import { MAX_ROWS } from '@shared/spreadsheet/limits';
import { spreadsheetProblemKey, type WorkbookReading } from '@shared/spreadsheet/reading';
import { interpolate, messages } from '@shared/i18n';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { bundleFileWorker } from '../support/file-worker';
import { simplePdf } from '../support/pdf-tools';
import { fillPack, gridOf, packContext, samplePack, vendorAnswer } from '../support/response-pack';
import { buildZip, type ZipEntrySpec } from '../support/zip-builder';

const refusal = (reading: WorkbookReading) => (reading.ok ? 'read' : reading.problem);
const words = (reading: WorkbookReading) => (reading.ok ? '' : interpolate(messages.en.spreadsheets.problems[reading.problem], reading.params ?? {}));

/** The entries of a real workbook, unpacked, so an attack can add to them or change one. */
function entriesOf(xlsx: Buffer): ZipEntrySpec[] {
  const directory = zipDirectory(xlsx);
  if (!directory.ok) throw new Error('not a zip');
  return directory.entries.map((entry) => {
    const start = entry.offset + 30 + xlsx.readUInt16LE(entry.offset + 26) + xlsx.readUInt16LE(entry.offset + 28);
    const stored = xlsx.subarray(start, start + entry.packedSize);
    return { name: entry.name, data: entry.method === 8 ? inflateRawSync(stored) : Buffer.from(stored) };
  });
}

const bank = builtInQuestionnaire;
const pack = () => responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'en'));

describe('a spreadsheet that is not one, or not what it says', () => {
  it('names an empty file, a PDF, a password-protected or .xls file, and plain bytes', async () => {
    expect(refusal(await readWorkbookGrid(Buffer.alloc(0)))).toBe('empty');
    expect(refusal(await readWorkbookGrid(await simplePdf()))).toBe('pdf');
    const compound = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const locked = await readWorkbookGrid(compound);
    expect(words(locked)).toMatch(/^The workbook is password-protected or in the old \.xls format\./);
    expect(refusal(await readWorkbookGrid(Buffer.from('ID;Answer\nSEC-MFA;yes\n')))).toBe('notSpreadsheet');
  });

  it('refuses a zip that holds no workbook, and a truncated workbook', async () => {
    expect(refusal(await readWorkbookGrid(buildZip([{ name: 'readme.txt', data: Buffer.from('hello') }])))).toBe('notSpreadsheet');
    const whole = await pack();
    expect(refusal(await readWorkbookGrid(whole.subarray(0, Math.floor(whole.length / 2))))).toBe('damaged');
  });

  it('refuses a decompression bomb before unpacking it, and an entry whose size field lies', async () => {
    const bomb = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(refusal(await readWorkbookGrid(bomb))).toBe('tooMuchData');
    const liar = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(400_000, 0x41), claimedSize: 1_000 },
    ]);
    expect(refusal(await readWorkbookGrid(liar))).toBe('damaged');
  });

  it('refuses an entry marked as encrypted, and a zip with more entries than a workbook needs', async () => {
    const encrypted = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'), flags: 1 },
    ]);
    expect(refusal(await readWorkbookGrid(encrypted))).toBe('encryptedOrLegacy');
    const crowded = buildZip(Array.from({ length: 2_001 }, (_, i) => ({ name: `xl/part${i}.xml`, data: Buffer.from('x'), method: 0 as const })));
    expect(refusal(await readWorkbookGrid(crowded))).toBe('tooManyEntries');
  });

  it(`refuses a sheet of 50,000 rows, saying how many it has and how many are read`, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Answers');
    for (let r = 1; r <= 50_000; r += 1) sheet.getCell(r, 1).value = r;
    const reading = await readWorkbookGrid(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(words(reading)).toBe(`The sheet "Answers" has 50000 rows; at most ${MAX_ROWS} are read.`);
  }, 60_000);

  it('ignores the macros of a workbook saved with them, and reads its answers', async () => {
    const questions = samplePack(bank, SAMPLE_PROFILE, 'en').questions;
    const answers = Object.fromEntries(
      bank.domains
        .flatMap((d) => d.sections.flatMap((s) => s.questions))
        .filter((q) => questions.some((p) => p.id === q.id))
        .map((q, i) => [q.id, vendorAnswer(q, i)]),
    );
    const filled = await fillPack(await pack(), bank, answers, 'en');
    const withMacros = buildZip([
      ...entriesOf(filled),
      { name: 'xl/vbaProject.bin', data: Buffer.from('Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub') },
    ]);
    const result = readResponsePack(await gridOf(withMacros), packContext(bank, SAMPLE_PROFILE));
    expect(result.ok && result.added.length).toBe(questions.length);
  });

  it('reads a formula as the value the file saved with it, never computing one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = { formula: '1+1', result: 7 } as ExcelJS.CellFormulaValue;
    sheet.getCell('A2').value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
    const reading = await readWorkbookGrid(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.ok && reading.workbook.sheets[0]!.rows[0]![0]).toBe(7);
    expect(reading.ok && reading.workbook.sheets[0]!.formulasWithoutValue).toEqual(['A2']);
  });

  it('names an answer cell merged with its neighbours', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await pack()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Questions')!;
    sheet.getCell('H2').value = 'Yes';
    sheet.mergeCells('H2:I2');
    const result = readResponsePack(await gridOf(Buffer.from(await workbook.xlsx.writeBuffer())), packContext(bank, SAMPLE_PROFILE));
    const id = String(sheet.getCell('A2').value);
    expect(result.ok && result.problems.map((p) => problemText(p, 'en'))).toEqual([
      `row 2, ${id}: the answer cell is merged with other cells; unmerge it and type the answer`,
    ]);
  });

  it('answers through the file worker, and a workbook that exhausts the worker is refused without harm', async () => {
    const worker = createFileWorker({ workerPath: await bundleFileWorker() });
    const ok = await worker('readWorkbook', { data: new Uint8Array(await pack()) });
    expect('ok' in ok && ok.ok).toBe(true);
    const starved = createFileWorker({ workerPath: await bundleFileWorker(), timeoutMs: 1 });
    expect(await starved('readWorkbook', { data: new Uint8Array(await pack()) })).toEqual({ failed: 'timeout' });
    expect(spreadsheetProblemKey('tooComplex')).toBe('spreadsheets.problems.tooComplex');
  }, 60_000);
});
