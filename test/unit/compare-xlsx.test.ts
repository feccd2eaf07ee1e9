import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { comparisonXlsx } from '../../electron/services/documents/comparison/xlsx';
import { comparisonModelSchema, type ComparisonModel } from '@shared/compare/model';
import type { Language } from '@shared/i18n';
import { sampleComparisonModel } from '../fixtures/sample-comparison';

const scratch = mkdtempSync(join(tmpdir(), 'assay-xlsx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, index: number): Worksheet {
  const found = workbook.worksheets[index];
  if (!found) throw new Error(`no sheet ${index}`);
  return found;
}

/** The 1-based row whose first cells read `texts`. */
function findRow(ws: Worksheet, texts: readonly (string | undefined)[], columns: readonly number[]): number {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    if (columns.every((c, i) => texts[i] === undefined || ws.getCell(r, c).value === texts[i])) return r;
  }
  throw new Error(`no row with ${texts.join(' | ')}`);
}

/** Heading text → 1-based column of a header row. */
function headings(ws: Worksheet, row: number): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(row).eachCell((cell, column) => map.set(String(cell.value), column));
  return map;
}

function column(map: Map<string, number>, heading: string): number {
  const found = map.get(heading);
  if (found === undefined) throw new Error(`no column "${heading}" among ${[...map.keys()].join(', ')}`);
  return found;
}

function everyCell(workbook: ExcelJS.Workbook, visit: (cell: Cell, ws: Worksheet) => void): void {
  for (const ws of workbook.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => visit(cell, ws)));
}

const numberAt = (ws: Worksheet, row: number, col: number): number | null => {
  const value = ws.getCell(row, col).value;
  if (value === null || value === undefined) return null;
  expect(typeof value, `${ws.name}!${ws.getCell(row, col).address}`).toBe('number');
  return value as number;
};

const cases: [Language, number][] = [
  ['en', 3],
  ['de', 12],
];

describe.each(cases)('comparisonXlsx (%s, %i vendors)', (language, count) => {
  const model = sampleComparisonModel(language, count);
  const { labels } = model;
  const built = comparisonXlsx(model).then(async (buffer) => ({ buffer, workbook: await load(buffer) }));

  it('names the sheets from the labels and records who made it and when', async () => {
    const { workbook } = await built;
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([labels.ranking, labels.certifications, labels.answers]);
    expect(language === 'de' ? ['Rangfolge', 'Zertifizierungen', 'Antworten im Vergleich'] : ['Ranking', 'Certifications', 'Answers side by side']).toEqual(
      workbook.worksheets.map((ws) => ws.name),
    );
    expect(workbook.creator).toBe('Assay');
    expect(workbook.created?.toISOString()).toBe(model.generatedAt);
    expect(workbook.modified?.toISOString()).toBe(model.generatedAt);
  });

  it('heads the ranking sheet with title, subtitle, generation time, questionnaire and weight profile', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 0);
    expect(ws.getCell('A1').value).toBe(model.title);
    expect(ws.getCell('A2').value).toBe(model.subtitle);
    const generated = ws.getCell(findRow(ws, [labels.generatedAt], [1]), 3).value;
    expect(generated).toBeInstanceOf(Date);
    expect((generated as Date).toISOString()).toBe(model.generatedAt);
    expect(ws.getCell(findRow(ws, [labels.questionnaire], [1]), 3).value).toBe(`${model.questionnaire.title} ${model.questionnaire.version}`);
    expect(ws.getCell(findRow(ws, [labels.weightProfile], [1]), 3).value).toBe(model.weightProfile);
  });

  it('records the weights the ranking used as numbers', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 0);
    const header = findRow(ws, [labels.domain, labels.weight], [1, 3]);
    const weights: [string, number | null][] = model.domains.map((_, i) => [String(ws.getCell(header + 1 + i, 1).value), numberAt(ws, header + 1 + i, 3)]);
    expect(weights).toEqual(model.domains.map((d) => [d.title, d.weight]));
    expect(ws.getCell(header + 1 + model.domains.length, 1).value ?? null).toBeNull();
  });

  it('lists every vendor in rank order with machine-readable numbers', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 0);
    const header = findRow(ws, [labels.rank, labels.vendor], [1, 2]);
    const cols = headings(ws, header);
    for (const [j, v] of model.vendors.entries()) {
      const r = header + 1 + j;
      expect(numberAt(ws, r, column(cols, labels.rank))).toBe(v.rank);
      expect(ws.getCell(r, column(cols, labels.vendor)).value).toBe(v.name);
      expect(ws.getCell(r, column(cols, labels.service)).value).toBe(v.serviceName);
      expect(ws.getCell(r, column(cols, labels.assessmentDate)).value).toBe(v.assessmentDate);
      expect(ws.getCell(r, column(cols, labels.status)).value).toBe(v.statusLabel);
      expect(numberAt(ws, r, column(cols, labels.overall))).toBe(v.overall);
      expect(numberAt(ws, r, column(cols, labels.conservative))).toBe(v.conservative);
      expect(ws.getCell(r, column(cols, labels.overall)).numFmt).toBe('0');
      const recommendation = ws.getCell(r, column(cols, labels.recommendation));
      const basis = v.recommendationBasis === 'final' ? labels.asFinalised : labels.underWeights;
      expect(recommendation.value).toBe(`${v.recommendationLabel} (${v.provisional ? `${labels.provisional}, ` : ''}${basis})`);
      expect(recommendation.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(ws.getCell(r, column(cols, labels.residualRisk)).value).toBe(v.residualRisk.label);
      expect(numberAt(ws, r, column(cols, `${labels.knockouts} (#)`))).toBe(v.knockouts.length);
      expect(ws.getCell(r, column(cols, labels.knockouts)).value).toBe(v.knockouts.length > 0 ? v.knockouts.join('; ') : labels.none);
      for (const tier of ['critical', 'high', 'medium', 'low'] as const) {
        expect(numberAt(ws, r, column(cols, `${labels.findings}: ${labels[tier]}`))).toBe(v.findings[tier]);
      }
      model.domains.forEach((d, i) => expect(numberAt(ws, r, column(cols, d.title))).toBe(v.domainScores[i]));
    }
    expect(ws.getCell(header + 1 + model.vendors.length, 1).value ?? null).toBeNull();

    // Bold header, frozen below it and right of the vendor, filterable.
    expect(ws.getCell(header, 1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: header });
    const last = ws.getColumn(cols.size).letter;
    expect(ws.autoFilter).toBe(`A${header}:${last}${header + model.vendors.length}`);
    for (let c = 1; c <= cols.size; c += 1) expect(ws.getColumn(c).width, `width of column ${c}`).toBeGreaterThanOrEqual(7);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(18);
  });

  it('tints recommendations by decision', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 0);
    const header = findRow(ws, [labels.rank, labels.vendor], [1, 2]);
    const col = column(headings(ws, header), labels.recommendation);
    const colour = (j: number) => (ws.getCell(header + 1 + j, col).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    const byDecision = new Map<string, Set<string | undefined>>();
    model.vendors.forEach((v, j) => byDecision.set(v.recommendation, (byDecision.get(v.recommendation) ?? new Set()).add(colour(j))));
    for (const colours of byDecision.values()) expect(colours.size).toBe(1);
    const distinct = new Set([...byDecision.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(byDecision.size);
  });

  it('lays out certifications as a certification × vendor matrix', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 1);
    expect(ws.rowCount).toBe(1 + model.certifications.length);
    expect(ws.getRow(1).cellCount).toBe(1 + model.vendors.length);
    expect(ws.getCell(1, 1).value).toBe(labels.certification);
    model.vendors.forEach((v, j) => expect(ws.getCell(1, 2 + j).value).toBe(v.name));
    const text = (cell: ComparisonModel['certifications'][number]['cells'][number]) =>
      cell.validUntil ? `${cell.label} · ${labels.validUntil} ${cell.validUntil}` : cell.label;
    model.certifications.forEach((row, i) => {
      expect(ws.getCell(2 + i, 1).value).toBe(row.name);
      row.cells.forEach((cell, j) => expect(ws.getCell(2 + i, 2 + j).value).toBe(text(cell)));
    });
    // Spot checks: a dated cell and an undated one exist and read as the model says.
    const dated = model.certifications.flatMap((row, i) => row.cells.map((cell, j) => ({ cell, i, j }))).find((x) => x.cell.validUntil);
    expect(dated).toBeDefined();
    expect(String(ws.getCell(2 + dated!.i, 2 + dated!.j).value)).toContain(` · ${labels.validUntil} ${dated!.cell.validUntil}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('lays out the answers side by side with a filterable "differs" column', async () => {
    const { workbook } = await built;
    const ws = sheet(workbook, 2);
    const rows = model.answers.flatMap((g) => g.rows.map((row) => ({ domain: g.domain, ...row })));
    const differsCol = 4 + model.vendors.length;
    expect(ws.rowCount).toBe(1 + rows.length);
    expect(ws.getRow(1).cellCount).toBe(differsCol);
    expect([1, 2, 3].map((c) => ws.getCell(1, c).value)).toEqual([labels.number, labels.domain, labels.question]);
    model.vendors.forEach((v, j) => expect(ws.getCell(1, 4 + j).value).toBe(v.name));
    expect(ws.getCell(1, differsCol).value).toBe(labels.differs);

    rows.forEach((row, i) => {
      const r = 2 + i;
      expect([ws.getCell(r, 1).value, ws.getCell(r, 2).value, ws.getCell(r, 3).value]).toEqual([row.number, row.domain, row.text]);
      row.answers.forEach((answer, j) => expect(ws.getCell(r, 4 + j).value).toBe(answer));
      expect(ws.getCell(r, differsCol).value).toBe(row.differs ? labels.yes : labels.no);
    });
    // Spot checks against the fixture: first and last question, last vendor's column.
    expect(ws.getCell(2, 1).value).toBe(model.answers[0]!.rows[0]!.number);
    expect(ws.getCell(1 + rows.length, 3 + model.vendors.length).value).toBe(rows.at(-1)!.answers.at(-1));

    let flagged = 0;
    for (let r = 2; r <= ws.rowCount; r += 1) if (ws.getCell(r, differsCol).value === labels.yes) flagged += 1;
    expect(flagged).toBe(rows.filter((row) => row.differs).length);
    expect(flagged).toBeGreaterThan(0);

    expect(ws.getCell(2, 3).alignment?.wrapText).toBe(true);
    expect(ws.getCell(2, 4).alignment?.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:${ws.getColumn(differsCol).letter}${1 + rows.length}`);
  });

  it('holds no formulas', async () => {
    const { workbook } = await built;
    everyCell(workbook, (cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeUndefined();
    });
  });
});

describe('comparisonXlsx with hostile texts', () => {
  const hostile = (): ComparisonModel => {
    const model = sampleComparisonModel('en', 3);
    model.vendors[0]!.name = '=HYPERLINK("x")';
    model.vendors[1]!.name = '+49 30 1234';
    model.vendors[2]!.serviceName = '@SUM(A1:A9)';
    model.answers[0]!.rows[0]!.answers[0] = '-1+2';
    model.answers[0]!.rows[0]!.text = '=1+1';
    return comparisonModelSchema.parse(model);
  };

  it('keeps text that looks like a formula as a plain string', async () => {
    const model = hostile();
    const workbook = await load(await comparisonXlsx(model));
    const ranking = sheet(workbook, 0);
    const header = findRow(ranking, [model.labels.rank, model.labels.vendor], [1, 2]);
    const asText = (cell: Cell, text: string) => {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    };
    asText(ranking.getCell(header + 1, 2), '=HYPERLINK("x")');
    asText(ranking.getCell(header + 2, 2), '+49 30 1234');
    asText(ranking.getCell(header + 3, 3), '@SUM(A1:A9)');
    asText(sheet(workbook, 1).getCell(1, 2), '=HYPERLINK("x")');
    asText(sheet(workbook, 1).getCell(1, 3), '+49 30 1234');
    asText(sheet(workbook, 2).getCell(1, 4), '=HYPERLINK("x")');
    asText(sheet(workbook, 2).getCell(2, 3), '=1+1');
    asText(sheet(workbook, 2).getCell(2, 4), '-1+2');

    let cells = 0;
    everyCell(workbook, (cell) => {
      cells += 1;
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink);
      expect(cell.formula).toBeUndefined();
    });
    expect(cells).toBeGreaterThan(100);
  });

  it('has no formula element in any worksheet part (unzip)', async () => {
    const file = join(scratch, 'hostile.xlsx');
    writeFileSync(file, await comparisonXlsx(hostile()));
    const xml = execFileSync('unzip', ['-p', file, 'xl/worksheets/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe('comparisonXlsx as a file', () => {
  it('is a zip archive that exceljs reads back', async () => {
    const buffer = await comparisonXlsx(sampleComparisonModel('de', 12));
    expect(buffer.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    expect((await load(buffer)).worksheets).toHaveLength(3);
  });

  it('passes unzip -t and carries the OOXML parts', async () => {
    const file = join(scratch, 'comparison.xlsx');
    writeFileSync(file, await comparisonXlsx(sampleComparisonModel('de', 12)));
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);
    const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/styles.xml',
      'docProps/core.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]) {
      expect(list).toContain(part);
    }
    const core = execFileSync('unzip', ['-p', file, 'docProps/core.xml'], { encoding: 'utf8' });
    expect(core).toContain('<dc:creator>Assay</dc:creator>');
    expect(core).toContain('2026-03-04T09:30:00Z');
  });

  it('gives the same bytes for the same model whatever the clock says', async () => {
    const model = sampleComparisonModel('en', 4);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-19T17:45:13Z'));
      const later = await comparisonXlsx(model);
      vi.setSystemTime(new Date('2024-01-02T03:04:05Z'));
      const earlier = await comparisonXlsx(model);
      expect(later.equals(earlier)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
