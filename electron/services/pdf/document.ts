import { decodeStreamData } from './filters';
import { Budget, defaultPdfLimits, type PdfLimits } from './limits';
import { isWhitespace, Lexer, parseIndirectObject, type IndirectObject } from './syntax';
import { isInteger, isName, PdfDict, PdfError, PdfRef, PdfStream, type PdfValue } from './values';

export type XrefEntry = { type: 'free' } | { type: 'offset'; offset: number; gen: number } | { type: 'compressed'; stream: number; index: number };

/** One cross-reference section with its trailer: one revision of the file. */
export interface Revision {
  /** 1 for the original file, counting up with each incremental update. */
  number: number;
  xrefOffset: number;
  kind: 'table' | 'stream';
  entries: ReadonlyMap<number, XrefEntry>;
  trailer: PdfDict;
  /** Offset just past this revision's "%%EOF" and its end of line; absent when none follows the section. */
  end?: number;
  /** Offset just past the "%%EOF" itself (before its end of line). */
  markerEnd?: number;
}

/** An object as a revision sees it, and where it came from. */
export interface LocatedObject extends IndirectObject {
  /** Index into `revisions` of the section that defines it. */
  definedIn: number;
  /** True for objects inside an object stream: their offsets are not file offsets. */
  compressed: boolean;
}

const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;
const MAX_XREF_STREAM_BYTES = 16 * 1024 * 1024;
const TAIL = 1024;

/** After "startxref N", the "%%EOF" marker: the offsets past it, and past it and one end of line. */
function eofMarker(bytes: Buffer, from: number): { markerEnd: number; end: number } | undefined {
  let at = from;
  while (at < bytes.length && isWhitespace(bytes[at])) at += 1;
  if (bytes.toString('latin1', at, at + 5) !== '%%EOF') return undefined;
  const markerEnd = at + 5;
  at = markerEnd;
  if (bytes[at] === 0x0d) at += 1;
  if (bytes[at] === 0x0a) at += 1;
  return { markerEnd, end: at };
}

/** Where a section's own "startxref N %%EOF" ends, if that is what follows it. */
function revisionEnd(bytes: Buffer, after: number, budget: Budget): { markerEnd?: number; end?: number } {
  try {
    const lexer = new Lexer(bytes, after, budget);
    lexer.keyword('startxref');
    lexer.integer();
    return eofMarker(bytes, lexer.pos) ?? {};
  } catch (error) {
    if (error instanceof PdfError && error.code === 'too_complex') throw error;
    return {};
  }
}

/**
 * A PDF file read through its structure: the /Prev chain of cross-reference
 * sections from the last "startxref", each section one revision, and objects
 * looked up as any revision sees them. Nothing is searched for in the bytes
 * but the final "startxref" in the file's last kilobyte, where readers look for it.
 */
export class PdfDocument {
  readonly budget: Budget;
  /** Oldest first. */
  readonly revisions: Revision[];
  private readonly cache = new Map<string, IndirectObject>();
  private readonly objectStreams = new Map<string, { data: Buffer; offsets: Map<number, number> }>();
  private readonly inProgress = new Set<string>();

  private constructor(
    readonly bytes: Buffer,
    limits: PdfLimits,
  ) {
    this.budget = new Budget(limits);
    this.revisions = this.readRevisions();
  }

  static open(bytes: Buffer, limits: PdfLimits = defaultPdfLimits): PdfDocument {
    if (bytes.toString('latin1', 0, 1024).indexOf('%PDF-') < 0) throw new PdfError('not_a_pdf', 'no %PDF- header');
    return new PdfDocument(bytes, limits);
  }

  get last(): number {
    return this.revisions.length - 1;
  }

  private readRevisions(): Revision[] {
    const { bytes } = this;
    const tailStart = Math.max(0, bytes.length - TAIL);
    const inTail = bytes.subarray(tailStart).lastIndexOf('startxref', undefined, 'latin1');
    const at = inTail < 0 ? -1 : tailStart + inTail;
    if (at < 0) throw new PdfError('no_xref', 'no startxref in the last kilobyte');
    let offset: number;
    try {
      const lexer = new Lexer(bytes, at, this.budget);
      lexer.keyword('startxref');
      offset = lexer.integer();
    } catch {
      throw new PdfError('no_xref', 'startxref without an offset');
    }
    const newestFirst: Omit<Revision, 'number'>[] = [];
    const seen = new Set<number>();
    for (let next: number | undefined = offset; next !== undefined;) {
      if (seen.has(next)) throw new PdfError('broken_xref', 'the /Prev chain loops');
      if (newestFirst.length >= this.budget.limits.maxRevisions) throw new PdfError('too_complex', 'too many revisions');
      seen.add(next);
      const section = this.readSection(next);
      newestFirst.push(section);
      const prev = section.trailer.get('Prev');
      if (prev !== undefined && (!isInteger(prev) || prev < 0 || prev >= bytes.length)) throw new PdfError('broken_xref', 'bad /Prev');
      next = prev;
    }
    return newestFirst.reverse().map((section, index) => ({ ...section, number: index + 1 }));
  }

  private readSection(offset: number): Omit<Revision, 'number'> {
    if (offset >= this.bytes.length) throw new PdfError('broken_xref', 'xref offset past the end of the file');
    const lexer = new Lexer(this.bytes, offset, this.budget);
    lexer.skipWhitespace();
    const xrefOffset = lexer.pos;
    try {
      if (lexer.peekKeyword('xref')) return this.readTable(lexer, xrefOffset);
      return this.readXrefStream(xrefOffset);
    } catch (error) {
      if (error instanceof PdfError && error.code === 'too_complex') throw error;
      throw new PdfError('broken_xref', `cross-reference section at ${xrefOffset}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private readTable(lexer: Lexer, xrefOffset: number): Omit<Revision, 'number'> {
    lexer.keyword('xref');
    const entries = new Map<number, XrefEntry>();
    while (!lexer.peekKeyword('trailer')) {
      const first = lexer.integer();
      const count = lexer.integer();
      for (let i = 0; i < count; i += 1) {
        const offset = lexer.integer();
        const gen = lexer.integer();
        const kind = lexer.next();
        if (kind.kind !== 'keyword' || (kind.value !== 'n' && kind.value !== 'f')) lexer.fail('bad xref entry');
        const num = first + i;
        if (entries.has(num)) lexer.fail('object listed twice in one section');
        entries.set(num, kind.value === 'n' && offset > 0 ? { type: 'offset', offset, gen } : { type: 'free' });
      }
    }
    lexer.keyword('trailer');
    const trailer = lexer.value();
    if (!(trailer instanceof PdfDict)) lexer.fail('trailer is not a dictionary');
    const hybrid = trailer.get('XRefStm');
    if (isInteger(hybrid)) {
      // A hybrid file: objects the table does not list are in this cross-reference stream.
      for (const [num, entry] of this.readXrefStream(hybrid).entries) if (!entries.has(num)) entries.set(num, entry);
    }
    return { xrefOffset, kind: 'table', entries, trailer, ...revisionEnd(this.bytes, lexer.pos, this.budget) };
  }

  private readXrefStream(offset: number): Omit<Revision, 'number'> {
    const object = parseIndirectObject(this.bytes, offset, this.budget, () => {
      throw new PdfError('syntax', 'an xref stream needs a direct /Length');
    });
    const stream = object.value;
    if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'XRef')) throw new PdfError('syntax', 'not an xref stream');
    const { dict } = stream;
    const w = dict.get('W');
    const size = dict.get('Size');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((n) => isInteger(n) && n <= 8) || !isInteger(size)) throw new PdfError('syntax', 'bad /W or /Size');
    const widths = w as number[];
    const index = dict.get('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every(isInteger)) throw new PdfError('syntax', 'bad /Index');
    const data = decodeStreamData(this.bytes.subarray(stream.dataStart, stream.dataEnd), dict, this.budget, MAX_XREF_STREAM_BYTES);
    const rowLength = widths[0]! + widths[1]! + widths[2]!;
    const entries = new Map<number, XrefEntry>();
    let at = 0;
    const field = (width: number, fallback: number) => {
      if (width === 0) return fallback;
      let value = 0;
      for (let i = 0; i < width; i += 1) value = value * 256 + data[at++]!;
      return value;
    };
    for (let pair = 0; pair < index.length; pair += 2) {
      const first = index[pair] as number;
      const count = index[pair + 1] as number;
      for (let i = 0; i < count; i += 1) {
        if (at + rowLength > data.length) throw new PdfError('syntax', 'xref stream shorter than its /Index');
        this.budget.spendToken();
        const type = field(widths[0]!, 1);
        const second = field(widths[1]!, 0);
        const third = field(widths[2]!, 0);
        const num = first + i;
        if (entries.has(num)) throw new PdfError('syntax', 'object listed twice in one section');
        if (type === 1 && second > 0) entries.set(num, { type: 'offset', offset: second, gen: third });
        else if (type === 2) entries.set(num, { type: 'compressed', stream: second, index: third });
        else entries.set(num, { type: 'free' });
      }
    }
    return { xrefOffset: offset, kind: 'stream', entries, trailer: dict, ...revisionEnd(this.bytes, object.end, this.budget) };
  }

  /** The entry for object `num` as revision `revision` (an index into `revisions`) sees it. */
  entry(num: number, revision = this.last): { entry: XrefEntry; definedIn: number } | undefined {
    for (let r = revision; r >= 0; r -= 1) {
      const entry = this.revisions[r]!.entries.get(num);
      if (entry) return { entry, definedIn: r };
    }
    return undefined;
  }

  /** Object `num` as revision `revision` sees it; undefined when free or missing. */
  object(num: number, revision = this.last): LocatedObject | undefined {
    const found = this.entry(num, revision);
    if (!found || found.entry.type === 'free') return undefined;
    const { entry, definedIn } = found;
    if (entry.type === 'offset') {
      const key = `o${entry.offset}`;
      let object = this.cache.get(key);
      if (!object) {
        if (this.inProgress.has(key)) throw new PdfError('syntax', 'an object refers to itself while being read');
        this.inProgress.add(key);
        try {
          object = parseIndirectObject(this.bytes, entry.offset, this.budget, (ref) => this.resolve(ref, revision) ?? null);
        } finally {
          this.inProgress.delete(key);
        }
        if (object.num !== num) throw new PdfError('broken_xref', `xref entry for object ${num} points at object ${object.num}`);
        this.cache.set(key, object);
      }
      return { ...object, definedIn, compressed: false };
    }
    return this.compressedObject(num, entry.stream, entry.index, revision, definedIn);
  }

  private compressedObject(num: number, streamNum: number, index: number, revision: number, definedIn: number): LocatedObject | undefined {
    const holder = this.entry(streamNum, revision);
    if (!holder || holder.entry.type !== 'offset') throw new PdfError('broken_xref', 'object stream is not a plain object');
    const key = `s${holder.entry.offset}`;
    let objectStream = this.objectStreams.get(key);
    if (!objectStream) {
      const stream = this.object(streamNum, revision)?.value;
      if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'ObjStm')) throw new PdfError('broken_xref', 'not an object stream');
      const count = stream.dict.get('N');
      const first = stream.dict.get('First');
      if (!isInteger(count) || !isInteger(first)) throw new PdfError('syntax', 'object stream without /N or /First');
      const data = decodeStreamData(this.bytes.subarray(stream.dataStart, stream.dataEnd), stream.dict, this.budget, MAX_OBJECT_STREAM_BYTES);
      const header = new Lexer(data, 0, this.budget, Math.min(first, data.length));
      const offsets = new Map<number, number>();
      for (let i = 0; i < count; i += 1) {
        const objectNum = header.integer();
        const offset = header.integer();
        // The position in the header is the index the xref entry names.
        offsets.set(i, first + offset);
        offsets.set(-1 - objectNum, first + offset);
      }
      objectStream = { data, offsets };
      this.objectStreams.set(key, objectStream);
    }
    const at = objectStream.offsets.get(index);
    if (at === undefined || objectStream.offsets.get(-1 - num) !== at)
      throw new PdfError('broken_xref', `object ${num} is not at index ${index} of its object stream`);
    const cacheKey = `${key}:${index}`;
    let object = this.cache.get(cacheKey);
    if (!object) {
      const lexer = new Lexer(objectStream.data, at, this.budget);
      const value = lexer.value();
      if (value instanceof PdfStream) throw new PdfError('syntax', 'a stream inside an object stream');
      object = { num, gen: 0, value, start: at, end: lexer.pos };
      this.cache.set(cacheKey, object);
    }
    return { ...object, definedIn, compressed: true };
  }

  /** Follows references until a direct value, as revision `revision` sees them; a dangling reference is null. */
  resolve(value: PdfValue | undefined, revision = this.last): PdfValue | undefined {
    let current: PdfValue | undefined = value;
    for (let hops = 0; current instanceof PdfRef; hops += 1) {
      if (hops >= this.budget.limits.maxRefChain) throw new PdfError('too_complex', 'reference chain too long');
      current = this.object(current.num, revision)?.value ?? null;
    }
    return current;
  }

  dict(value: PdfValue | undefined, revision = this.last): PdfDict | undefined {
    const resolved = this.resolve(value, revision);
    return resolved instanceof PdfDict ? resolved : undefined;
  }

  /** The document catalog (/Root) of a revision. */
  catalog(revision = this.last): PdfDict | undefined {
    return this.dict(this.revisions[revision]!.trailer.get('Root'), revision);
  }

  /** A stream's decoded data, at most `maxBytes` (StreamTooLargeError past that). */
  streamData(stream: PdfStream, maxBytes: number): Buffer {
    return decodeStreamData(this.bytes.subarray(stream.dataStart, stream.dataEnd), stream.dict, this.budget, maxBytes);
  }
}
