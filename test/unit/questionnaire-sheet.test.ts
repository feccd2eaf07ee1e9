import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridXlsx } from '../../electron/services/spreadsheet/grid-xlsx';
import { questionnaires } from '@shared/questionnaire/bank';
import {
  problemText,
  questionnaireCsv,
  questionnaireSheets,
  readQuestionnaireCsv,
  readQuestionnaireWorkbook,
  type Problem,
  type QuestionnaireReading,
  type QuestionnaireSheet,
} from '@shared/questionnaire/exchange';
import { domainColumns, knockoutColumns, metadataKeys, questionColumns, type Heading } from '@shared/questionnaire/exchange/sheet-columns';
import { questionnaireSchema, type Questionnaire } from '@shared/questionnaire/schema';
import type { CellValue, SheetGrid, WorkbookGrid } from '@shared/spreadsheet/grid';
import { sixDomains } from '../fixtures/six-domain-questionnaire';
import { questionnaireArb } from '../support/questionnaire-arbitrary';
import { xlsxGrid } from '../support/xlsx-grid';

const created = new Date('2026-03-01T09:30:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);
const problemsOf = (reading: QuestionnaireReading): Problem[] => (reading.ok ? [] : reading.problems);
const keysOf = (reading: QuestionnaireReading) => problemsOf(reading).map((problem) => problem.key);

const sheetGrid = (name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({
  name,
  state: 'visible',
  rows,
  merged: [],
  formulasWithoutValue: [],
  ...extra,
});
const gridOf = (sheets: readonly QuestionnaireSheet[]): WorkbookGrid => ({ sheets: sheets.map((sheet) => sheetGrid(sheet.name, sheet.rows)) });

/** The questionnaire's sheets, changed by `edit` the way a buyer might change them in Excel. */
function editedSheets(questionnaire: Questionnaire, edit: (sheets: QuestionnaireSheet[]) => void): QuestionnaireSheet[] {
  const sheets = questionnaireSheets(questionnaire).map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => [...row]) }));
  edit(sheets);
  return sheets;
}
const sheetNamed = (sheets: QuestionnaireSheet[], name: string) => sheets.find((sheet) => sheet.name === name)!.rows;
/** The 0-based column of a heading in a sheet's first row. */
const columnOf = (rows: CellValue[][], heading: string) => rows[0]!.indexOf(heading);

async function throughXlsx(questionnaire: Questionnaire): Promise<QuestionnaireReading> {
  return readQuestionnaireWorkbook(await xlsxGrid(await gridXlsx(questionnaireSheets(questionnaire), { created })));
}

describe('questionnaire spreadsheets: export and import give back an equal questionnaire', () => {
  it('round-trips every built-in questionnaire through an XLSX workbook', async () => {
    for (const questionnaire of questionnaires) {
      const reading = await throughXlsx(questionnaire);
      expect(problemsOf(reading)).toEqual([]);
      expect(reading.ok && reading.questionnaire).toEqual(questionnaire);
      expect(reading.ok && reading.warnings).toEqual([]);
    }
  });

  it('round-trips every built-in questionnaire through a CSV file', () => {
    for (const questionnaire of questionnaires) {
      const text = questionnaireCsv(questionnaire);
      expect(text.startsWith(`\uFEFFQuestionnaire ID,${questionnaire.id},`)).toBe(true);
      const reading = readQuestionnaireCsv(utf8(text));
      expect(reading.ok && reading.questionnaire).toEqual(questionnaire);
      expect(reading.ok && reading.warnings).toEqual([]);
      expect(reading.ok && reading.summary).toMatchObject({ id: questionnaire.id, version: questionnaire.version, knockouts: questionnaire.knockouts.length });
    }
  });

  it('round-trips any questionnaire through XLSX', { timeout: 20_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(questionnaireArb, async (questionnaire) => {
        const reading = await throughXlsx(questionnaire);
        expect(problemsOf(reading)).toEqual([]);
        expect(reading.ok && reading.questionnaire).toEqual(questionnaire);
      }),
      { numRuns: 25 },
    );
  });

  it('round-trips any questionnaire through CSV', () => {
    fc.assert(
      fc.property(questionnaireArb, (questionnaire) => {
        const reading = readQuestionnaireCsv(utf8(questionnaireCsv(questionnaire)));
        expect(problemsOf(reading)).toEqual([]);
        expect(reading.ok && reading.questionnaire).toEqual(questionnaire);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the shape of nested conditions: groups of one, "not", and profile groups inside knock-out criteria', () => {
    const nested = questionnaireSchema.parse({
      ...sixDomains,
      domains: sixDomains.domains.map((domain, d) =>
        d > 0
          ? domain
          : {
              ...domain,
              sections: domain.sections.map((section) => ({
                ...section,
                questions: section.questions.map((question) => ({
                  ...question,
                  appliesWhen: {
                    not: { any: [{ all: [{ field: 'sector', in: ['retail'] }] }, { field: 'dataCategories', includes: ['payment', 'personal'] }] },
                  },
                })),
              })),
            },
      ),
      knockouts: [
        {
          ...sixDomains.knockouts[0]!,
          when: {
            any: [
              { profile: { not: { field: 'requiresEuResidency', is: false } } },
              {
                profile: {
                  all: [
                    { field: 'criticality', in: ['high'] },
                    { field: 'regulatoryScope', includes: ['dora'] },
                  ],
                },
              },
              { all: [{ answer: 'PRV-DPA', in: ['no', 'partial'] }, { certificationInvalid: 'PRV-ISO27701' }] },
            ],
          },
        },
      ],
    });
    const [questions, , , knockouts] = questionnaireSheets(nested);
    expect(questions!.rows[1]![columnOf(questions!.rows, 'Applies when')]).toBe(
      'not(any(all(sector in (retail)), dataCategories includes (payment, personal)))',
    );
    expect(knockouts!.rows[1]![5]).toBe(
      'any(profile(not(requiresEuResidency is false)), profile(all(criticality in (high), regulatoryScope includes (dora))), ' +
        'all(PRV-DPA in (no, partial), PRV-ISO27701 is invalid))',
    );
    expect(readQuestionnaireWorkbook(gridOf(questionnaireSheets(nested)))).toMatchObject({ ok: true, questionnaire: nested });
    expect(readQuestionnaireCsv(utf8(questionnaireCsv(nested)))).toMatchObject({ ok: true, questionnaire: nested });
  });

  it('reads the columns in any order, under a title, with German headings', () => {
    const pairs = (columns: Record<string, Heading>) => Object.values(columns).map((c): [CellValue, CellValue] => [c.en, c.de]);
    const german = new Map([...pairs(questionColumns), ...pairs(domainColumns), ...pairs(knockoutColumns), ...pairs(metadataKeys)]);
    const sheets = editedSheets(sixDomains, (all) => {
      for (const sheet of all) {
        sheet.rows = sheet.rows.map((row, r) => (r === 0 || sheet.name === 'Questionnaire' ? row.map((cell) => german.get(cell) ?? cell) : row));
      }
      const questions = all[0]!;
      questions.rows = [['Fragenkatalog zur Durchsicht'], ['Stand: März 2026'], [], [], ...questions.rows.map((row) => [...row].reverse())];
    });
    expect(sheets[0]!.rows[4]![0]).toBe('N/A erlaubt');
    const reading = readQuestionnaireWorkbook(gridOf(sheets));
    expect(problemsOf(reading)).toEqual([]);
    expect(reading.ok && reading.questionnaire).toEqual(sixDomains);
  });

  it('reads a domain merged over several rows as the domain of each', () => {
    const sheets = editedSheets(sixDomains, () => {});
    const rows = sheets[0]!.rows;
    const domain = columnOf(rows, 'Domain');
    rows[2]![domain] = null;
    const grid = gridOf(sheets);
    grid.sheets[0]!.merged = [{ top: 1, left: domain, bottom: 2, right: domain }];
    expect(readQuestionnaireWorkbook(grid)).toMatchObject({ ok: true, questionnaire: sixDomains });
  });
});

describe('gridXlsx', () => {
  const sample = [
    {
      name: 'Sheet one',
      rows: [
        ['Heading', 'Number', 'Flag', 'Day'],
        ['=SUM(A1:A3)', 2.5, true, { date: '2026-03-01' }],
        ['@cmd', null, false],
      ],
    },
    { name: 'Other', rows: [['Only']] },
  ];

  it('writes the same bytes for the same sheets and date', async () => {
    const [first, second] = await Promise.all([gridXlsx(sample, { created }), gridXlsx(sample, { created })]);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(await gridXlsx(sample, { created: new Date('2026-03-02T09:30:00Z') }))).toBe(false);
  });

  it('writes texts as texts, never formulas, dates as dates, and a bold frozen heading row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await gridXlsx(sample, { created, title: 'Sample' })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sheet one')!;
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe('=SUM(A1:A3)');
    expect(sheet.getCell('A3').value).toBe('@cmd');
    expect(sheet.getCell('B2').value).toBe(2.5);
    expect(sheet.getCell('C3').value).toBe(false);
    expect(sheet.getCell('D2').value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8);
    expect(workbook.title).toBe('Sample');
    expect(workbook.created?.toISOString()).toBe(created.toISOString());
    expect(await xlsxGrid(await gridXlsx(sample, { created }))).toMatchObject({
      sheets: [{ name: 'Sheet one', rows: sample[0]!.rows.map((row) => row.slice(0, row.findLastIndex((cell) => cell !== null) + 1)) }, { name: 'Other' }],
    });
  });

  it('refuses sheet names Excel would refuse', async () => {
    await expect(gridXlsx([{ name: 'a/b', rows: [] }], { created })).rejects.toThrow('cannot name a sheet');
    await expect(gridXlsx([{ name: 'x'.repeat(32), rows: [] }], { created })).rejects.toThrow('cannot name a sheet');
    await expect(
      gridXlsx(
        [
          { name: 'Same', rows: [] },
          { name: 'same', rows: [] },
        ],
        { created },
      ),
    ).rejects.toThrow('two sheets');
  });

  it('names the questionnaire’s sheets, the questions first', () => {
    expect(questionnaireSheets(sixDomains).map((sheet) => sheet.name)).toEqual(['Questions', 'Questionnaire', 'Domains', 'Knock-out criteria']);
  });
});

/** Text as Windows-1252 bytes; every character here is Latin-1, which 1252 writes as its own code. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    if (c.charCodeAt(0) > 0xff) throw new Error(`${c} is not Latin-1`);
    return c.charCodeAt(0);
  });
}

describe('readQuestionnaireCsv', () => {
  it('reads a CSV file a German buyer wrote by hand in Excel: Windows-1252, semicolons, decimal commas, German headings', () => {
    const lines = [
      'Fragenkatalog-ID;anbieter-check;;;',
      'Version;1.2.0;;;',
      'Titel (DE);Prüfung der Anbieterqualität;;;',
      'Titel (EN);Vendor quality review;;;',
      ';;;;',
      'Domänen-ID;Titel (DE);Titel (EN);Beschreibung (DE);Beschreibung (EN);Standardgewicht',
      'quality;Qualität;Quality;Wie gründlich der Anbieter prüft, ob seine Leistung stimmt.;How thoroughly the vendor checks its work.;2,5',
      ';;;;',
      'Frage-ID;Domäne;Abschnitt;Abschnittstitel (DE);Abschnittstitel (EN);Frage (DE);Frage (EN);Hinweise (DE);Hinweise (EN);' +
        'Nachweise (DE);Nachweise (EN);Maßnahmen (DE);Maßnahmen (EN);Antworttyp;Punktzahlen;Antwortoptionen (DE);Antwortoptionen (EN);' +
        'Gewicht;Schweregrad;Referenzen;Gilt wenn;N/A erlaubt',
      'QUA-AUDIT;quality;QUA-S1;Prüfungen;Audits;Gibt es jährliche Qualitätsprüfungen?;Are there yearly quality audits?;' +
        'Lassen Sie sich den letzten Bericht zeigen.;Ask for the latest report.;Der Prüfbericht.;The audit report.;' +
        'Jährliche Prüfungen vereinbaren.;Agree yearly audits.;yesNo;;;;2,5;high;ISO 9001:2015: 9.2;;nein',
      'QUA-SAMPLES;quality;QUA-S1;;;Wie oft werden Stichproben geprüft?;How often are samples checked?;Fragen Sie nach dem Verfahren.;' +
        'Ask for the procedure.;Das Stichprobenprotokoll.;The sampling log.;Stichproben bei jeder Lieferung verlangen.;' +
        'Require samples with every delivery.;choice;"immer: 1\nmanchmal: 0,5\nnie: 0";"immer: Bei jeder Lieferung\nmanchmal: Gelegentlich\nnie: Nie";' +
        '"immer: With every delivery\nmanchmal: Now and then\nnie: Never";1;medium;"ISO 9001:2015: 8.6\nIn-house: QS-4";sector in (retail, other);ja',
    ];
    const reading = readQuestionnaireCsv(windows1252(`${lines.join('\r\n')}\r\n`));
    const texts = (de: string, en: string) => ({ de, en });
    const expected = questionnaireSchema.parse({
      id: 'anbieter-check',
      version: '1.2.0',
      title: texts('Prüfung der Anbieterqualität', 'Vendor quality review'),
      domains: [
        {
          id: 'quality',
          title: texts('Qualität', 'Quality'),
          description: texts('Wie gründlich der Anbieter prüft, ob seine Leistung stimmt.', 'How thoroughly the vendor checks its work.'),
          defaultWeight: 2.5,
          sections: [
            {
              id: 'QUA-S1',
              title: texts('Prüfungen', 'Audits'),
              questions: [
                {
                  id: 'QUA-AUDIT',
                  text: texts('Gibt es jährliche Qualitätsprüfungen?', 'Are there yearly quality audits?'),
                  guidance: texts('Lassen Sie sich den letzten Bericht zeigen.', 'Ask for the latest report.'),
                  evidence: texts('Der Prüfbericht.', 'The audit report.'),
                  references: [{ framework: 'ISO 9001:2015', ref: '9.2' }],
                  weight: 2.5,
                  answer: { type: 'yesNo' },
                  allowNotApplicable: false,
                  severity: 'high',
                  remediation: texts('Jährliche Prüfungen vereinbaren.', 'Agree yearly audits.'),
                },
                {
                  id: 'QUA-SAMPLES',
                  text: texts('Wie oft werden Stichproben geprüft?', 'How often are samples checked?'),
                  guidance: texts('Fragen Sie nach dem Verfahren.', 'Ask for the procedure.'),
                  evidence: texts('Das Stichprobenprotokoll.', 'The sampling log.'),
                  references: [
                    { framework: 'ISO 9001:2015', ref: '8.6' },
                    { framework: 'In-house', ref: 'QS-4' },
                  ],
                  weight: 1,
                  answer: {
                    type: 'choice',
                    options: [
                      { id: 'immer', label: texts('Bei jeder Lieferung', 'With every delivery'), score: 1 },
                      { id: 'manchmal', label: texts('Gelegentlich', 'Now and then'), score: 0.5 },
                      { id: 'nie', label: texts('Nie', 'Never'), score: 0 },
                    ],
                  },
                  allowNotApplicable: true,
                  appliesWhen: { field: 'sector', in: ['retail', 'other'] },
                  severity: 'medium',
                  remediation: texts('Stichproben bei jeder Lieferung verlangen.', 'Require samples with every delivery.'),
                },
              ],
            },
          ],
        },
      ],
      knockouts: [],
    });
    expect(problemsOf(reading)).toEqual([]);
    expect(reading.ok && reading.questionnaire).toEqual(expected);
    // The file leaves out optional columns and the knock-out table; only the missing table is worth a word.
    expect(reading.ok && reading.warnings).toEqual([{ path: 'file', key: 'questionnaireSheets.file.noKnockouts' }]);
  });

  it('says which of the questionnaire’s own facts a CSV file leaves out, rather than guessing them', () => {
    const text = questionnaireCsv(sixDomains)
      .split('\r\n')
      .filter((line) => !line.startsWith('Version,'))
      .join('\r\n');
    const problems = problemsOf(readQuestionnaireCsv(utf8(text)));
    expect(problems).toEqual([{ path: 'file', key: 'questionnaireSheets.file.metadataMissing', params: { column: 'Version', columnDe: 'Version' } }]);
    expect(problemText(problems[0]!, 'de')).toMatch(/^Die Angabe „Version“ des Fragenkatalogs fehlt\./);
  });

  it('refuses an empty file, a file that is no text and text that holds no questionnaire', () => {
    expect(keysOf(readQuestionnaireCsv(new Uint8Array(0)))).toEqual(['questionnaires.file.empty']);
    expect(keysOf(readQuestionnaireCsv(utf8('\uFEFF\r\n;;;\r\n  \r\n')))).toEqual(['questionnaires.file.empty']);
    expect(keysOf(readQuestionnaireCsv(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])))).toEqual([
      'questionnaireSheets.file.notText',
    ]);
    expect(keysOf(readQuestionnaireCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00])))).toEqual(['questionnaires.file.utf16']);
    expect(keysOf(readQuestionnaireCsv(utf8('Dear supplier,\nplease fill in the attached form.\n')))).toEqual([
      'questionnaireSheets.file.noQuestions',
      'questionnaireSheets.file.noDomains',
    ]);
    expect(problemsOf(readQuestionnaireCsv(utf8('a,"never closed\n')))).toEqual([
      { path: 'B1', key: 'questionnaireSheets.file.unclosedQuote', params: { cell: 'B1' } },
    ]);
    expect(keysOf(readQuestionnaireWorkbook({ sheets: [] }))).toEqual(['questionnaires.file.empty']);
    expect(keysOf(readQuestionnaireWorkbook({ sheets: [sheetGrid('Sheet1', [[], [null, '  ']])] }))).toEqual(['questionnaires.file.empty']);
  });

  it('never throws on garbage, and never puts exception text into a problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), (bytes, text) => {
        for (const reading of [
          readQuestionnaireCsv(bytes),
          readQuestionnaireCsv(utf8(text)),
          readQuestionnaireCsv(utf8(`${questionnaireCsv(sixDomains)}${text}`)),
        ]) {
          for (const problem of problemsOf(reading))
            expect(problemText(problem, 'en')).not.toMatch(/TypeError|Cannot read propert|is not a function|Invalid input/);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('problems of a row, said with its row number and ID', () => {
  it('names the row as the spreadsheet shows it, the question and the column', () => {
    const sheets = editedSheets(sixDomains, ([questions]) => {
      const rows = questions!.rows;
      rows[2]![columnOf(rows, 'Answer type')] = 'maybe';
      rows[4]![columnOf(rows, 'Domain')] = 'nowhere';
      rows[5]![columnOf(rows, 'Scores')] = 'relayAndVideo 1\nrelay: 0.5\nnone: 0';
      rows[7]![columnOf(rows, 'Question ID')] = 'PPL-SCREENING';
    });
    const problems = problemsOf(readQuestionnaireWorkbook(gridOf(sheets)));
    expect(problems).toEqual([
      {
        path: 'Questions!N3',
        key: 'questionnaireSheets.row.oneOf',
        params: { row: 3, id: 'PPL-TRAINING', column: 'Answer type', values: 'yesNo, choice, multiChoice, number, date, text, certification' },
      },
      {
        path: 'Questions!B5',
        key: 'questionnaireSheets.row.unknownDomain',
        params: {
          row: 5,
          id: 'PRV-ISO27701',
          column: 'Domain',
          domain: 'nowhere',
          domains: 'people, privacy, accessibility, continuity, sustainability, commercial',
        },
      },
      { path: 'Questions!O6', key: 'questionnaireSheets.row.line', params: { row: 6, id: 'ACC-CHANNELS', column: 'Scores', line: 1, example: 'noOptOut: 0' } },
      { path: 'Questions!A8', key: 'questionnaireSheets.row.idTwice', params: { row: 8, id: 'PPL-SCREENING', column: 'Question ID', first: 2 } },
    ]);
    expect(problemText(problems[0]!, 'en')).toBe(
      'Row 3, PPL-TRAINING: “Answer type” must be one of: yesNo, choice, multiChoice, number, date, text, certification.',
    );
    expect(problemText(problems[3]!, 'de')).toBe('Zeile 8, PPL-SCREENING: Diese ID wird bereits in Zeile 2 verwendet.');
  });

  it('counts rows from the top of the sheet, titles and blank rows included', () => {
    const sheets = editedSheets(sixDomains, ([questions]) => {
      questions!.rows = [['Questionnaire for review'], [], [], [], ...questions!.rows];
      questions!.rows[6]![columnOf(questions!.rows.slice(4), 'Weight')] = 'heavy';
    });
    expect(problemsOf(readQuestionnaireWorkbook(gridOf(sheets)))).toEqual([
      { path: 'Questions!V7', key: 'questionnaireSheets.row.notNumber', params: { row: 7, id: 'PPL-TRAINING', column: 'Weight' } },
    ]);
  });

  it('says what is wrong with a cell of answers, conditions or references', () => {
    const cases: [string, string, CellValue, Partial<Problem>][] = [
      ['ACC-CHANNELS', 'Answer options (EN)', 'relayAndVideo: Both\nrelay: Relay', { key: 'questionnaireSheets.row.labelMissing', params: { option: 'none' } }],
      ['ACC-CHANNELS', 'Scores', 'relayAndVideo: 1\nrelay: 2\nnone: 0', { key: 'questionnaireSheets.row.score', params: { line: 2 } }],
      ['ACC-CHANNELS', 'Unit (EN)', 'sites', { key: 'questionnaireSheets.row.notForType', params: { type: 'choice' } }],
      ['PPL-SCREENING', 'Applies when', 'sector in (banking)', { key: 'questionnaireSheets.row.conditionValue', params: { value: 'banking' } }],
      ['PPL-SCREENING', 'Applies when', 'any(sector in (retail)', { key: 'questionnaireSheets.row.conditionEnd' }],
      ['PPL-SCREENING', 'Applies when', 'PRV-DPA in (no)', { key: 'questionnaireSheets.row.conditionAnswer', params: { question: 'PRV-DPA' } }],
      ['PPL-SCREENING', 'Framework references', 'GDPR Art. 28', { key: 'questionnaireSheets.row.line', params: { line: 1 } }],
      ['PPL-SCREENING', 'Allow N/A', 'maybe', { key: 'questionnaireSheets.row.yesNo' }],
      ['COM-NOTES', 'Weight', 2, { key: 'questionnaireSheets.row.textWeight' }],
      ['PPL-SCREENING', 'Weight', 11, { key: 'questionnaireSheets.row.tooBig', params: { maximum: 10 } }],
      ['PPL-SCREENING', 'Question (EN)', '   ', { key: 'questionnaireSheets.row.empty' }],
      ['PPL-SCREENING', 'Section', 's1', { key: 'questionnaireSheets.row.idFormat' }],
      ['CON-SITES', 'Scores', '<= 2: 1\n=> 1: 0.3', { key: 'questionnaireSheets.row.line', params: { line: 2, example: '<= 7: 1' } }],
      [
        'PPL-SCREENING',
        'Applies when',
        `${'not('.repeat(20)}sector in (retail)${')'.repeat(20)}`,
        { key: 'questionnaireSheets.row.conditionDepth', params: { limit: 16 } },
      ],
    ];
    for (const [id, heading, value, expected] of cases) {
      const sheets = editedSheets(sixDomains, ([questions]) => {
        const row = questions!.rows.find((cells) => cells[0] === id)!;
        row[columnOf(questions!.rows, heading)] = value;
      });
      const problems = problemsOf(readQuestionnaireWorkbook(gridOf(sheets)));
      expect(problems, `${heading}: ${String(value)}`).toEqual([
        expect.objectContaining({ ...expected, params: expect.objectContaining({ id, ...expected.params }) }),
      ]);
    }
  });

  it('says problems the questionnaire schema finds of the cell they come from', () => {
    const version = editedSheets(sixDomains, (sheets) => (sheetNamed(sheets, 'Questionnaire')[2]![1] = '2.1'));
    expect(problemsOf(readQuestionnaireWorkbook(gridOf(version)))).toEqual([{ path: 'Questionnaire!B3', key: 'questionnaires.schema.versionFormat' }]);
    const knockout = editedSheets(sixDomains, (sheets) => (sheetNamed(sheets, 'Knock-out criteria')[1]![5] = 'PRV-GONE in (no)'));
    expect(problemsOf(readQuestionnaireWorkbook(gridOf(knockout)))).toEqual([
      {
        path: "'Knock-out criteria'!F2",
        key: 'questionnaires.check.knockoutUnknownQuestion',
        params: { knockout: 'KO-NO-DPA', question: 'PRV-GONE' },
      },
    ]);
    const emptyDomain = editedSheets(sixDomains, (sheets) => sheetNamed(sheets, 'Domains').push(['spare', 'Reserve', 'Spare', 'Noch leer.', 'Empty yet.', 1]));
    expect(problemsOf(readQuestionnaireWorkbook(gridOf(emptyDomain)))).toEqual([
      { path: 'Domains!A8', key: 'questionnaires.check.domainEmpty', params: { domain: 'spare' } },
    ]);
  });

  it('refuses a table without a column it needs, naming the column in both languages', () => {
    const sheets = editedSheets(sixDomains, (all) => {
      const domains = sheetNamed(all, 'Domains');
      for (const row of domains) row.splice(columnOf(domains, 'Description (DE)'), 1);
    });
    const problems = problemsOf(readQuestionnaireWorkbook(gridOf(sheets)));
    expect(problems).toEqual([
      { path: 'Domains!A1', key: 'questionnaireSheets.file.domainsColumn', params: { column: 'Description (DE)', columnDe: 'Beschreibung (DE)' } },
    ]);
    expect(problemText(problems[0]!, 'de')).toBe('In der Domänentabelle fehlt die Spalte „Beschreibung (DE)“.');
  });

  it('refuses formulas without a stored result in the rows it reads, and passes over those elsewhere', () => {
    const grid = gridOf(questionnaireSheets(sixDomains));
    grid.sheets[0]!.formulasWithoutValue = ['V3'];
    expect(problemsOf(readQuestionnaireWorkbook(grid))).toEqual([
      { path: 'Questions!A1', key: 'questionnaireSheets.file.formulasWithoutValue', params: { sheet: 'Questions', cells: 'V3' } },
    ]);
    grid.sheets[0]!.formulasWithoutValue = ['AD40'];
    expect(readQuestionnaireWorkbook(grid).ok).toBe(true);
  });
});

describe('what an import is worth a word about, without refusing it', () => {
  it('warns of a hidden sheet, an unknown column and a knock-out column that disagrees with the criteria', () => {
    const sheets = editedSheets(sixDomains, ([questions]) => {
      const rows = questions!.rows;
      rows[0]!.push('Notes');
      rows[1]!.push('ask again in May');
      rows[2]![columnOf(rows, 'Knock-out criteria')] = 'KO-NO-DPA';
    });
    const grid = gridOf(sheets);
    grid.sheets.push(sheetGrid('Old', [['PPL-OLD', 'yesNo']], { state: 'hidden' }));
    const reading = readQuestionnaireWorkbook(grid);
    expect(reading.ok && reading.questionnaire).toEqual(sixDomains);
    expect(reading.ok && reading.warnings).toEqual([
      { path: 'file', key: 'questionnaireSheets.file.hiddenSheet', params: { sheet: 'Old' } },
      { path: 'Questions!A1', key: 'questionnaireSheets.file.unknownColumn', params: { column: 'Notes' } },
      {
        path: 'Questions!X3',
        key: 'questionnaireSheets.row.knockoutColumn',
        params: { row: 3, id: 'PPL-TRAINING', column: 'Knock-out criteria', listed: 'KO-NO-DPA', actual: '—' },
      },
    ]);
  });
});
