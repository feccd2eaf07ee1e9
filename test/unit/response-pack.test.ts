import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { responsePackXlsx } from '../../electron/services/documents/response-pack/xlsx';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Answer } from '@shared/questionnaire/answers';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { PACK_SHEET, responsePackSchema } from '@shared/response-pack/format';
import { readResponsePack, type PackPreview, type PackReading } from '@shared/response-pack/read';
import { problemText } from '@shared/questionnaire/exchange';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { mini } from '../fixtures/mini-questionnaire';
import { answerCell, fillPack, gridOf, packContext, samplePack, vendorAnswer } from '../support/response-pack';

const scratch = mkdtempSync(join(tmpdir(), 'assay-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bank = builtInQuestionnaire;
const questions = applicableQuestions(bank, SAMPLE_PROFILE);
const everyAnswer: Record<string, Answer> = Object.fromEntries(questions.map((q, i) => [q.id, vendorAnswer(q, i)]));

function preview(reading: PackReading): PackPreview {
  if (!reading.ok) throw new Error(`refused: ${problemText(reading.problem, 'en')}`);
  return reading;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the response pack workbook', () => {
  it('asks exactly the questions that apply, passes its own schema and gives the same bytes twice', async () => {
    const pack = samplePack(bank, SAMPLE_PROFILE, 'en');
    expect(responsePackSchema.parse(pack)).toEqual(pack);
    expect(pack.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(questions.length).toBeLessThan(bank.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).length);
    expect((await responsePackXlsx(pack)).equals(await responsePackXlsx(pack))).toBe(true);
  });

  it('has instructions, an open answer column with data validation, locked question cells and very hidden pack facts', async () => {
    const workbook = await load(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'de')));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Hinweise', 'visible'],
      ['Fragen', 'visible'],
      ['Zertifizierungen', 'visible'],
      [PACK_SHEET, 'veryHidden'],
      ['assay-lists', 'veryHidden'],
    ]);
    const instructions = workbook.getWorksheet('Hinweise')!;
    const texts: string[] = [];
    instructions.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Musterbank AG');
    expect(texts).toContain('Procurement, procurement@example.com');
    const sheet = workbook.getWorksheet('Fragen')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual([
      'ID',
      'Domäne',
      'Abschnitt',
      'Frage',
      'Hinweise',
      'Was ein guter Nachweis ist',
      'Mögliche Antworten',
      'Antwort',
      'Kommentar',
      'Nachweis',
    ]);
    const yesNoRow = questions.filter((q) => q.answer.type !== 'certification').findIndex((q) => q.answer.type === 'yesNo') + 2;
    const answer = sheet.getCell(yesNoRow, 8);
    expect(answer.protection?.locked).toBe(false);
    expect(sheet.getCell(yesNoRow, 4).protection?.locked).not.toBe(false);
    expect(answer.dataValidation?.type).toBe('list');
    const dateRow = questions.filter((q) => q.answer.type !== 'certification').findIndex((q) => q.answer.type === 'date') + 2;
    if (dateRow > 1) expect(sheet.getCell(dateRow, 8).dataValidation?.type).toBe('date');
    expect(workbook.getWorksheet(PACK_SHEET)!.getCell(3, 2).value).toBe('6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b');
  });
});

describe('importing a filled pack', () => {
  it.each(['en', 'de'] as const)('reads back every answer a vendor filled in with exceljs (%s)', async (language) => {
    const filled = await fillPack(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, language)), bank, everyAnswer, language);
    const result = preview(readResponsePack(await gridOf(filled), packContext(bank, SAMPLE_PROFILE)));
    expect(result.problems).toEqual([]);
    expect(result.unmatched).toEqual([]);
    expect(result.blank).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(Object.fromEntries(result.added.map((a) => [a.questionId, a.answer]))).toEqual(everyAnswer);
    expect(result.rows).toBe(questions.length);
  });

  it('sorts answers into new, differing and unchanged against what the assessor has, and lists blank questions', async () => {
    const [first, second, third, fourth] = questions.filter((q) => q.answer.type === 'yesNo');
    const answers = { ...everyAnswer };
    delete answers[fourth!.id];
    const current: Record<string, Answer> = {
      [first!.id]: answers[first!.id]!,
      [second!.id]: {
        status: 'answered',
        value: answers[second!.id]!.status === 'answered' && (answers[second!.id] as { value: string }).value === 'no' ? 'yes' : 'no',
      },
    };
    const filled = await fillPack(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'en')), bank, answers, 'en');
    const result = preview(readResponsePack(await gridOf(filled), packContext(bank, SAMPLE_PROFILE, current)));
    expect(result.same.map((a) => a.questionId)).toEqual([first!.id]);
    expect(result.conflicts.map((a) => ({ id: a.questionId, mine: a.current, theirs: a.answer }))).toEqual([
      { id: second!.id, mine: current[second!.id], theirs: answers[second!.id] },
    ]);
    expect(result.blank.map((b) => b.questionId)).toEqual([fourth!.id]);
    expect(result.added.map((a) => a.questionId)).not.toContain(third!.id === first!.id ? '' : first!.id);
    expect(result.added).toHaveLength(questions.length - 3);
  });

  it('names each faulty row in plain words, with its row and question', async () => {
    const bytes = await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'en'));
    const workbook = await load(bytes);
    const sheet = workbook.getWorksheet('Questions')!;
    const yesNo = questions.filter((q) => q.answer.type !== 'certification').findIndex((q) => q.answer.type === 'yesNo') + 2;
    sheet.getCell(yesNo, 8).value = 'maybe';
    const id = String(sheet.getCell(yesNo, 1).value);
    sheet.getCell(yesNo + 1, 8).value = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue;
    const result = preview(readResponsePack(await gridOf(Buffer.from(await workbook.xlsx.writeBuffer())), packContext(bank, SAMPLE_PROFILE)));
    const texts = result.problems.map((p) => problemText(p, 'en'));
    expect(texts[0]).toBe(`row ${yesNo}, ${id}: 'maybe' is not one of: Yes, Partly, No`);
    expect(texts[1]).toMatch(new RegExp(`^row ${yesNo + 1}, [A-Z0-9-]+: cell H${yesNo + 1} holds a formula without a saved value`));
  });

  it('refuses a pack of another assessment, and one made for another questionnaire version', async () => {
    const bytes = await fillPack(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'en')), bank, everyAnswer, 'en');
    const grid = await gridOf(bytes);
    const other = readResponsePack(grid, packContext(bank, SAMPLE_PROFILE, {}, 'assessment-2'));
    expect(other.ok ? '' : problemText(other.problem, 'en')).toMatch(/belongs to another assessment/);
    const older = readResponsePack(grid, { ...packContext(bank, SAMPLE_PROFILE), questionnaire: { ...bank, version: '9.0.0' } });
    expect(older.ok ? '' : problemText(older.problem, 'en')).toBe(
      `This response pack was made for questionnaire ${bank.id} ${bank.version}, but this assessment uses ${bank.id} 9.0.0. Send the vendor a new pack.`,
    );
  });

  it('refuses a workbook that is no pack', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell(1, 1).value = 'ID';
    const reading = readResponsePack(await gridOf(Buffer.from(await workbook.xlsx.writeBuffer())), packContext(mini, SAMPLE_PROFILE));
    expect(reading.ok ? '' : reading.problem.key).toBe('responsePacks.refusals.notPack');
  });

  it('warns when the questions that apply have changed since the pack was made, and matches by id', async () => {
    const filled = await fillPack(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'en')), bank, everyAnswer, 'en');
    const narrower = { ...SAMPLE_PROFILE, aiAutonomy: 'none' as const };
    const result = preview(readResponsePack(await gridOf(filled), packContext(bank, narrower)));
    expect(result.warnings.map((w) => w.key)).toEqual(['responsePacks.import.questionSetChanged']);
    const stillAsked = new Set(applicableQuestions(bank, narrower).map((q) => q.id));
    expect(result.added.every((a) => stillAsked.has(a.questionId))).toBe(true);
    expect(result.unmatched.length).toBe(questions.filter((q) => !stillAsked.has(q.id)).length);
  });

  it('reads a pack filled in and saved by LibreOffice Calc', async () => {
    const filled = await fillPack(await responsePackXlsx(samplePack(bank, SAMPLE_PROFILE, 'de')), bank, everyAnswer, 'de');
    const input = join(scratch, 'filled.xlsx');
    writeFileSync(input, filled);
    const out = join(scratch, 'calc');
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(scratch, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const saved = readFileSync(join(out, 'filled.xlsx'));
    expect(saved.equals(filled)).toBe(false);
    const result = preview(readResponsePack(await gridOf(saved), packContext(bank, SAMPLE_PROFILE)));
    expect(result.problems).toEqual([]);
    expect(Object.fromEntries(result.added.map((a) => [a.questionId, a.answer]))).toEqual(everyAnswer);
  }, 150_000);

  it('writes answer cells a spreadsheet shows as the vendor typed them', () => {
    const question = questions.find((q) => q.answer.type === 'yesNo')!;
    expect(answerCell(question, { status: 'answered', value: 'partial' }, 'de')).toBe('Teilweise');
  });
});
