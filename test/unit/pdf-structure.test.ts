import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfDocument } from '../../electron/services/pdf/document';
import { StreamTooLargeError } from '../../electron/services/pdf/filters';
import { decodeTextString, encodeTextString } from '../../electron/services/pdf/text';
import { isName, PdfDict, PdfError, PdfStream } from '../../electron/services/pdf/values';
import { run, simplePdf } from '../support/pdf-tools';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-pdf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The same document rewritten by qpdf with the given options. */
function viaQpdf(pdf: Buffer, name: string, options: string[]): Buffer {
  const input = join(dir, `${name}-in.pdf`);
  const output = join(dir, `${name}-out.pdf`);
  writeFileSync(input, pdf);
  const result = run('qpdf', [...options, input, output]);
  expect(result.code, result.out).toBe(0);
  return readFileSync(output);
}

function pageCount(doc: PdfDocument, revision = doc.last): unknown {
  const pages = doc.dict(doc.catalog(revision)?.get('Pages'), revision);
  return pages?.get('Count');
}

/** A hand-written PDF: objects in order (text or bytes), an xref table computed here, and a trailer. */
function handMade(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof object === 'string' ? Buffer.from(object, 'latin1') : object,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(bytes);
    length += bytes.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(tail, 'latin1')]);
}

describe('PDF structure', () => {
  it('reads a pdfmake file: one revision, its catalog and pages, ending at its %%EOF', async () => {
    const pdf = await simplePdf();
    const doc = PdfDocument.open(pdf);
    expect(doc.revisions).toHaveLength(1);
    expect(doc.revisions[0]).toMatchObject({ number: 1, kind: 'table', end: pdf.length });
    expect(isName(doc.catalog()?.get('Type'), 'Catalog')).toBe(true);
    expect(pageCount(doc)).toBe(1);
  });

  it('reads cross-reference streams and object streams as qpdf writes them', async () => {
    const pdf = viaQpdf(await simplePdf(), 'objstm', ['--object-streams=generate']);
    const doc = PdfDocument.open(pdf);
    expect(doc.revisions).toHaveLength(1);
    expect(doc.revisions[0]!.kind).toBe('stream');
    expect([...doc.revisions[0]!.entries.values()].some((entry) => entry.type === 'compressed')).toBe(true);
    expect(pageCount(doc)).toBe(1);
  });

  it('reads a linearized file', async () => {
    const doc = PdfDocument.open(viaQpdf(await simplePdf(), 'linear', ['--linearize']));
    expect(pageCount(doc)).toBe(1);
  });

  it('sees each incremental update as a revision, and objects as each revision saw them', () => {
    const original = handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
    const update = `3 0 obj\n<< /Type /Pages /Kids [] /Count 7 >>\nendobj\n1 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\n`;
    const at3 = original.length;
    const at1 = at3 + update.indexOf('1 0 obj');
    const xref = at3 + update.length;
    const tail = `xref\n1 1\n${String(at1).padStart(10, '0')} 00000 n \n3 1\n${String(at3).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R /Prev ${original.indexOf('xref')} >>\nstartxref\n${xref}\n%%EOF\n`;
    const pdf = Buffer.concat([original, Buffer.from(update + tail, 'latin1')]);
    const doc = PdfDocument.open(pdf);
    expect(doc.revisions.map((r) => r.end)).toEqual([original.length, pdf.length]);
    expect(pageCount(doc, 0)).toBe(0);
    expect(pageCount(doc, 1)).toBe(7);
    expect(doc.object(3, 0)).toBeUndefined();
  });

  it('refuses a /Prev chain that loops, a missing startxref and a file that is no PDF', () => {
    const looped = handMade(['<< /Type /Catalog >>'], '/Prev 999999 ');
    const xref = looped.indexOf('xref');
    const loop = Buffer.from(looped.toString('latin1').replace('/Prev 999999', `/Prev ${String(xref).padEnd(6, ' ')}`), 'latin1');
    expect(() => PdfDocument.open(loop)).toThrow(expect.objectContaining({ code: 'broken_xref' }));
    expect(() => PdfDocument.open(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toThrow(expect.objectContaining({ code: 'no_xref' }));
    expect(() => PdfDocument.open(Buffer.from('hello'))).toThrow(expect.objectContaining({ code: 'not_a_pdf' }));
  });

  it('refuses a dictionary with the same key twice, and nesting past the limit', () => {
    const doc = PdfDocument.open(handMade(['<< /Type /Catalog /Pages 2 0 R /Pages 3 0 R >>']));
    expect(() => doc.catalog()).toThrow(PdfError);
    const deep = PdfDocument.open(handMade([`<< /Type /Catalog /X ${'['.repeat(200)}${']'.repeat(200)} >>`]));
    expect(() => deep.catalog()).toThrow(/nesting too deep/);
  });

  it('inflates a deflate bomb only up to the limit, quickly', () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const stream = Buffer.concat([
      Buffer.from(`<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      bomb,
      Buffer.from('\nendstream', 'latin1'),
    ]);
    const pdf = handMade(['<< /Type /Catalog /Bomb 2 0 R >>', stream]);
    const doc = PdfDocument.open(pdf);
    const value = doc.resolve(doc.catalog()!.get('Bomb'));
    expect(value).toBeInstanceOf(PdfStream);
    const started = performance.now();
    expect(() => doc.streamData(value as PdfStream, 1024 * 1024)).toThrow(StreamTooLargeError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads and writes text strings: PDFDocEncoding and UTF-16BE with its byte order mark', () => {
    expect(decodeTextString(Buffer.from('Berlin', 'latin1'))).toBe('Berlin');
    expect(decodeTextString(Buffer.from([0xfe, 0xff, 0x00, 0x4a, 0x00, 0xfc]))).toBe('Jü');
    expect(decodeTextString(Buffer.from([0x80, 0xa0]))).toBe('•€');
    expect(encodeTextString('Dr. Jürgen Weiß')).toEqual(Buffer.from('Dr. Jürgen Weiß', 'latin1'));
    const polish = encodeTextString('Łódź');
    expect([...polish.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(decodeTextString(polish)).toBe('Łódź');
    expect(decodeTextString(encodeTextString('Prüfung – 5 €'))).toBe('Prüfung – 5 €');
    expect(PdfDict).toBeDefined();
  });
});
