import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, readCsv, type CsvReading } from '@shared/spreadsheet/csv';
import type { CellValue } from '@shared/spreadsheet/grid';

const utf8 = (text: string) => new TextEncoder().encode(text);
const rowsOf = (reading: CsvReading) => (reading.ok ? reading.sheet.rows : reading.problem);

/** Windows-1252 bytes, spelt out: what Excel on a German Windows writes for "CSV (Trennzeichen-getrennt)". */
const WINDOWS_1252: Record<string, number> = { ä: 0xe4, ö: 0xf6, ü: 0xfc, ß: 0xdf, Ä: 0xc4, '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const byte = WINDOWS_1252[c] ?? c.charCodeAt(0);
    if (byte > 0x7f && WINDOWS_1252[c] === undefined) throw new Error(`no Windows-1252 byte for ${c} in this test`);
    return byte;
  });
}

describe('readCsv', () => {
  it('reads Windows-1252 from German Excel: semicolons, umlauts, the euro sign and German quotes', () => {
    const bytes = windows1252('Qualität;Prüfung\r\n„Zitat“ – Größe;€ 5\r\n');
    expect([...bytes.slice(0, 9)]).toEqual([0x51, 0x75, 0x61, 0x6c, 0x69, 0x74, 0xe4, 0x74, 0x3b]);
    const reading = readCsv(bytes);
    expect(reading).toMatchObject({ ok: true, encoding: 'windows-1252', delimiter: ';' });
    expect(rowsOf(reading)).toEqual([
      ['Qualität', 'Prüfung'],
      ['„Zitat“ – Größe', '€ 5'],
    ]);
  });

  it('reads UTF-8 with and without a byte-order mark alike', () => {
    const text = 'Frage,Prüfung\n"ja, sicher",ÄÖÜ 😀\n';
    for (const bytes of [utf8(text), utf8(`\uFEFF${text}`)]) {
      const reading = readCsv(bytes);
      expect(reading).toMatchObject({ ok: true, encoding: 'utf-8', delimiter: ',' });
      expect(rowsOf(reading)).toEqual([
        ['Frage', 'Prüfung'],
        ['ja, sicher', 'ÄÖÜ 😀'],
      ]);
    }
  });

  it('refuses UTF-16, with or without a byte-order mark, instead of reading it as Windows-1252', () => {
    expect(rowsOf(readCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00])))).toEqual({ code: 'utf16' });
    expect(rowsOf(readCsv(new Uint8Array([0xfe, 0xff, 0x00, 0x61])))).toEqual({ code: 'utf16' });
    expect(rowsOf(readCsv(new Uint8Array([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00])))).toEqual({ code: 'notText' });
  });

  it('takes the delimiter the first lines use outside quotes', () => {
    expect(readCsv(utf8('a\tb\tc\n1\t2\t3\n'))).toMatchObject({ ok: true, delimiter: '\t' });
    expect(readCsv(utf8('"x;y";"z;w"\n1,5;2\n'))).toMatchObject({ ok: true, delimiter: ';' });
    expect(readCsv(utf8('"a;b;c",d\n"e;f",g\n'))).toMatchObject({ ok: true, delimiter: ',' });
    // German Excel quotes only what holds a semicolon, so commas stand unquoted in its texts.
    const german = readCsv(utf8('ID;Text;Gewicht\nQ-1;Ja, nein, vielleicht, oder doch;2,5\nQ-2;Kurz;1\n'));
    expect(german).toMatchObject({ ok: true, delimiter: ';' });
    expect(rowsOf(german)).toEqual([
      ['ID', 'Text', 'Gewicht'],
      ['Q-1', 'Ja, nein, vielleicht, oder doch', '2,5'],
      ['Q-2', 'Kurz', '1'],
    ]);
  });

  it('reads RFC 4180 quotes: doubled quotes, delimiters and line breaks inside, CRLF, LF or CR between rows', () => {
    const text = 'a,"say ""hi""",c\r\n"two\r\nlines","x,y",\n\nlast,"",\rend';
    expect(rowsOf(readCsv(utf8(text)))).toEqual([['a', 'say "hi"', 'c'], ['two\r\nlines', 'x,y'], [], ['last'], ['end']]);
  });

  it('refuses a quote that is never closed, and text after a closing quote, naming the cell', () => {
    expect(rowsOf(readCsv(utf8('a,b\nc,"open\n')))).toEqual({ code: 'unclosedQuote', row: 1, column: 1 });
    expect(rowsOf(readCsv(utf8('a,"b"c,d\n')))).toEqual({ code: 'textAfterQuote', row: 0, column: 1 });
  });

  it('keeps a quote inside an unquoted cell as it is written', () => {
    expect(rowsOf(readCsv(utf8('5" screen,ok\n')))).toEqual([['5" screen', 'ok']]);
  });

  it('checks each limit while it reads, stopping at the first cell or row past it', () => {
    expect(rowsOf(readCsv(new Uint8Array(101).fill(0x61), { maxBytes: 100 }))).toEqual({ code: 'tooLarge', limit: 100 });
    expect(rowsOf(readCsv(utf8('a\nb\nc\nd\n'), { maxRows: 3 }))).toEqual({ code: 'tooManyRows', limit: 3 });
    expect(rowsOf(readCsv(utf8('a,b\nc,d,e\n"never closed'), { maxColumns: 2 }))).toEqual({ code: 'tooManyColumns', limit: 2, row: 1 });
    expect(rowsOf(readCsv(utf8(`ok,${'x'.repeat(11)}\n"never closed`), { maxCellLength: 10 }))).toEqual({
      code: 'cellTooLong',
      limit: 10,
      row: 0,
      column: 1,
    });
    expect(rowsOf(readCsv(utf8(`ok\n"${'""'.repeat(6)}"`), { maxCellLength: 5 }))).toEqual({ code: 'cellTooLong', limit: 5, row: 1, column: 0 });
    expect(rowsOf(readCsv(utf8(`"${'x'.repeat(10)}",b`), { maxCellLength: 10 }))).toEqual([['x'.repeat(10), 'b']]);
  });
});

describe('csvText', () => {
  it('writes a UTF-8 byte-order mark, commas, CRLF and RFC 4180 quotes, every row as wide as the widest', () => {
    const text = csvText([
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'semi;colon'],
      [2.5, true, { date: '2026-03-01' }, null],
    ]);
    expect(text).toBe('\uFEFFplain,"a,b","say ""hi""","two\nlines","semi;colon"\r\n2.5,TRUE,2026-03-01,,\r\n');
  });

  it('puts an apostrophe before a text a spreadsheet would take for a formula, and readCsv takes it off', () => {
    const risky = ['=HYPERLINK("http://x","y")', '+49 30 123', '-2+3', '@SUM(A1)', "'=already quoted", "''+twice", '\tTab', 'safe = text'];
    const text = csvText([risky, [-5]]);
    const [line] = text.slice(1).split('\r\n');
    expect(line!.split(',').every((cell) => !/^"?[=+\-@\t]/.test(cell))).toBe(true);
    expect(rowsOf(readCsv(utf8(text)))).toEqual([risky, ['-5']]);
  });

  it('reads back cell for cell whatever the texts hold', () => {
    const unit = fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom(',', ';', '"', '\n', '\r\n', '\r', '\t', "'", '=', '-', ' ') },
    );
    const cell: fc.Arbitrary<CellValue> = fc.oneof(fc.string({ unit, maxLength: 12 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const expected = rows.map((row) => {
          const cells = row.map((value) => (value === '' ? null : value));
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
          return cells;
        });
        const reading = readCsv(utf8(csvText(rows)));
        expect(reading).toMatchObject({ ok: true, encoding: 'utf-8', delimiter: ',' });
        expect(rowsOf(reading)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
