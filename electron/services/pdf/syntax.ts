import type { Budget } from './limits';
import { PdfDict, PdfError, PdfName, PdfReal, PdfRef, PdfStream, PdfString, type PdfValue } from './values';

/** PDF's lexical rules (ISO 32000-1, 7.2): white-space, delimiters, everything else regular. */
const WHITESPACE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

export const isWhitespace = (c: number | undefined) => c !== undefined && WHITESPACE[c] === 1;
const isRegular = (c: number | undefined) => c !== undefined && WHITESPACE[c] === 0 && DELIMITER[c] === 0;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

type Token =
  | { kind: 'number'; value: number | PdfReal; start: number }
  | { kind: 'name'; value: PdfName; start: number }
  | { kind: 'string'; value: PdfString; start: number }
  | { kind: 'punct'; value: '[' | ']' | '<<' | '>>' | '{' | '}'; start: number }
  | { kind: 'keyword'; value: string; start: number }
  | { kind: 'eof'; start: number };

/** Resolves an indirect /Length while a stream is being read. */
export type LengthResolver = (ref: PdfRef) => PdfValue;

/**
 * Reads PDF objects from a buffer, from a given position. Every token is
 * counted against the reading's budget and nesting is bounded, so a crafted
 * file cannot make it loop or recurse without end.
 */
export class Lexer {
  constructor(
    readonly bytes: Buffer,
    public pos: number,
    private readonly budget: Budget,
    private readonly end = bytes.length,
  ) {}

  fail(message: string): never {
    throw new PdfError('syntax', `${message} at byte ${this.pos}`);
  }

  skipWhitespace(): void {
    const { bytes, end } = this;
    while (this.pos < end) {
      const c = bytes[this.pos]!;
      if (WHITESPACE[c]) this.pos += 1;
      else if (c === 0x25 /* % */) {
        while (this.pos < end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  next(): Token {
    this.budget.spendToken();
    this.skipWhitespace();
    const { bytes } = this;
    const start = this.pos;
    if (start >= this.end) return { kind: 'eof', start };
    const c = bytes[start]!;
    if (c === 0x28 /* ( */) return { kind: 'string', value: this.literalString(), start };
    if (c === 0x3c /* < */) {
      if (bytes[start + 1] === 0x3c) {
        this.pos += 2;
        return { kind: 'punct', value: '<<', start };
      }
      return { kind: 'string', value: this.hexString(), start };
    }
    if (c === 0x3e /* > */) {
      if (bytes[start + 1] !== 0x3e) this.fail('stray ">"');
      this.pos += 2;
      return { kind: 'punct', value: '>>', start };
    }
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos += 1;
      return { kind: 'punct', value: String.fromCharCode(c) as '[' | ']' | '{' | '}', start };
    }
    if (c === 0x2f /* / */) return { kind: 'name', value: this.name(), start };
    if (c === 0x29) this.fail('stray ")"');
    while (this.pos < this.end && isRegular(bytes[this.pos])) this.pos += 1;
    const word = bytes.toString('latin1', start, this.pos);
    if (NUMBER.test(word)) {
      const value = Number(word);
      return { kind: 'number', value: word.includes('.') ? new PdfReal(value) : value, start };
    }
    return { kind: 'keyword', value: word, start };
  }

  private name(): PdfName {
    const { bytes } = this;
    this.pos += 1;
    const out: number[] = [];
    while (this.pos < this.end && isRegular(bytes[this.pos])) {
      const c = bytes[this.pos]!;
      if (c === 0x23 /* # */) {
        const high = hexValue(bytes[this.pos + 1] ?? 0);
        const low = hexValue(bytes[this.pos + 2] ?? 0);
        if (high < 0 || low < 0) this.fail('bad # escape in a name');
        out.push(high * 16 + low);
        this.pos += 3;
      } else {
        out.push(c);
        this.pos += 1;
      }
    }
    return new PdfName(Buffer.from(out).toString('latin1'));
  }

  private literalString(): PdfString {
    const { bytes } = this;
    const start = this.pos;
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = bytes[this.pos]!;
      this.pos += 1;
      if (c === 0x5c /* \ */) {
        const e = bytes[this.pos];
        if (e === undefined) break;
        this.pos += 1;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let value = e - 0x30;
          for (let i = 0; i < 2 && bytes[this.pos]! >= 0x30 && bytes[this.pos]! <= 0x37; i += 1) value = value * 8 + (bytes[this.pos++]! - 0x30);
          out.push(value & 0xff);
        } else if (e === 0x0d) {
          if (bytes[this.pos] === 0x0a) this.pos += 1;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth += 1;
        out.push(c);
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) return new PdfString(Buffer.from(out), false, start, this.pos);
        out.push(c);
      } else if (c === 0x0d) {
        // An end of line inside a string reads as a single line feed.
        if (bytes[this.pos] === 0x0a) this.pos += 1;
        out.push(0x0a);
      } else out.push(c);
    }
    this.pos = start;
    return this.fail('unterminated string');
  }

  private hexString(): PdfString {
    const { bytes } = this;
    const start = this.pos;
    this.pos += 1;
    const out: number[] = [];
    let high = -1;
    while (this.pos < this.end) {
      const c = bytes[this.pos]!;
      this.pos += 1;
      if (c === 0x3e) {
        if (high >= 0) out.push(high * 16);
        return new PdfString(Buffer.from(out), true, start, this.pos);
      }
      if (WHITESPACE[c]) continue;
      const value = hexValue(c);
      if (value < 0) this.fail('not a hex digit in a hex string');
      if (high < 0) high = value;
      else {
        out.push(high * 16 + value);
        high = -1;
      }
    }
    this.pos = start;
    return this.fail('unterminated hex string');
  }

  /** One value; `depth` bounds nesting. An integer followed by `int R` is a reference. */
  value(depth = 0, token: Token = this.next()): PdfValue {
    if (depth > this.budget.limits.maxDepth) this.fail('nesting too deep');
    switch (token.kind) {
      case 'number': {
        if (typeof token.value === 'number' && Number.isInteger(token.value) && token.value >= 0) {
          const save = this.pos;
          const gen = this.next();
          if (gen.kind === 'number' && typeof gen.value === 'number' && Number.isInteger(gen.value) && gen.value >= 0) {
            const r = this.next();
            if (r.kind === 'keyword' && r.value === 'R') return new PdfRef(token.value, gen.value);
          }
          this.pos = save;
        }
        return token.value;
      }
      case 'name':
      case 'string':
        return token.value;
      case 'punct':
        if (token.value === '[') return this.array(depth);
        if (token.value === '<<') return this.dict(depth, token.start);
        return this.fail(`unexpected "${token.value}"`);
      case 'keyword':
        if (token.value === 'true') return true;
        if (token.value === 'false') return false;
        if (token.value === 'null') return null;
        return this.fail(`unexpected keyword "${token.value.slice(0, 20)}"`);
      case 'eof':
        return this.fail('unexpected end of file');
    }
  }

  private array(depth: number): PdfValue[] {
    const items: PdfValue[] = [];
    for (;;) {
      const token = this.next();
      if (token.kind === 'punct' && token.value === ']') return items;
      items.push(this.value(depth + 1, token));
    }
  }

  private dict(depth: number, start: number): PdfDict {
    const entries = new Map<string, PdfValue>();
    for (;;) {
      const token = this.next();
      if (token.kind === 'punct' && token.value === '>>') return new PdfDict(entries, start, this.pos);
      if (token.kind !== 'name') this.fail('a dictionary key must be a name');
      // Two values for one key leave readers to disagree on which counts: refuse.
      if (entries.has(token.value.name)) this.fail(`duplicate key /${token.value.name}`);
      entries.set(token.value.name, this.value(depth + 1));
    }
  }

  /** Expects a keyword next; returns its start. */
  keyword(word: string): number {
    const token = this.next();
    if (token.kind !== 'keyword' || token.value !== word) {
      this.pos = token.start;
      this.fail(`expected "${word}"`);
    }
    return token.start;
  }

  integer(): number {
    const token = this.next();
    if (token.kind !== 'number' || typeof token.value !== 'number' || !Number.isInteger(token.value) || token.value < 0) {
      this.pos = token.start;
      this.fail('expected a non-negative integer');
    }
    return token.value;
  }

  peekKeyword(word: string): boolean {
    const save = this.pos;
    const token = this.next();
    this.pos = save;
    return token.kind === 'keyword' && token.value === word;
  }
}

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Offset of the object's first byte ("N G obj"). */
  start: number;
  /** Offset just past "endobj". */
  end: number;
}

/**
 * The indirect object "N G obj ... endobj" at `offset`; a dictionary followed by
 * "stream" becomes a stream whose extent comes from its /Length, and must then
 * end with "endstream".
 */
export function parseIndirectObject(bytes: Buffer, offset: number, budget: Budget, resolveLength: LengthResolver): IndirectObject {
  const lexer = new Lexer(bytes, offset, budget);
  lexer.skipWhitespace();
  const start = lexer.pos;
  const num = lexer.integer();
  const gen = lexer.integer();
  lexer.keyword('obj');
  let value = lexer.value();
  if (lexer.peekKeyword('stream')) {
    if (!(value instanceof PdfDict)) throw new PdfError('syntax', `stream without a dictionary at byte ${lexer.pos}`);
    const dict = value;
    lexer.keyword('stream');
    // The keyword is followed by CRLF or LF (a lone CR is tolerated), then the data.
    if (bytes[lexer.pos] === 0x0d) lexer.pos += 1;
    if (bytes[lexer.pos] === 0x0a) lexer.pos += 1;
    const dataStart = lexer.pos;
    let length = dict.get('Length');
    if (length instanceof PdfRef) length = resolveLength(length);
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0)
      throw new PdfError('syntax', `stream without a valid /Length at byte ${dataStart}`);
    const dataEnd = dataStart + length;
    if (dataEnd > bytes.length) lexer.fail('stream runs past the end of the file');
    lexer.pos = dataEnd;
    lexer.keyword('endstream');
    value = new PdfStream(dict, dataStart, dataEnd);
  }
  lexer.keyword('endobj');
  return { num, gen, value, start, end: lexer.pos };
}
