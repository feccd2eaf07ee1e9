/**
 * The values of a PDF file's object syntax (ISO 32000-1, 7.3). Strings,
 * dictionaries and streams remember where they are in the file, so a verifier
 * can tell which bytes a signature's hole really spans.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(
    readonly bytes: Buffer,
    readonly hex: boolean,
    /** Offset of the opening delimiter. */
    readonly start: number,
    /** Offset just past the closing delimiter. */
    readonly end: number,
  ) {}
}

/** A number written with a decimal point; integers are plain numbers. */
export class PdfReal {
  constructor(readonly value: number) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}

  get key(): string {
    return `${this.num} ${this.gen}`;
  }
}

export class PdfDict {
  constructor(
    readonly entries: ReadonlyMap<string, PdfValue>,
    readonly start: number,
    readonly end: number,
  ) {}

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** Offsets of the raw (still encoded) stream data. */
    readonly dataStart: number,
    readonly dataEnd: number,
  ) {}
}

export type PdfValue = null | boolean | number | PdfReal | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

export const isName = (value: PdfValue | undefined, name?: string): value is PdfName => value instanceof PdfName && (name === undefined || value.name === name);

export const isInteger = (value: PdfValue | undefined): value is number => typeof value === 'number' && Number.isInteger(value);

/** Either kind of number as a JS number. */
export const numberOf = (value: PdfValue | undefined): number | undefined =>
  typeof value === 'number' ? value : value instanceof PdfReal ? value.value : undefined;

/** Why a file cannot be read: a code for the report, and a detail for logs and tests. */
export class PdfError extends Error {
  constructor(
    readonly code: 'not_a_pdf' | 'no_xref' | 'broken_xref' | 'too_complex' | 'syntax',
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}
