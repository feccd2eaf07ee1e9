import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonShape } from '@shared/questionnaire/exchange/json-scan';
import { decodeUtf8 } from '@shared/questionnaire/exchange/utf8';

describe('scanJsonShape', () => {
  it('counts nesting of arrays and objects, not brackets inside strings', () => {
    expect(scanJsonShape('[[[]]]', 3, 100)).toBeUndefined();
    expect(scanJsonShape('[[[[]]]]', 3, 100)).toBe('tooDeep');
    expect(scanJsonShape('{"a": {"b": [1]}}', 3, 100)).toBeUndefined();
    expect(scanJsonShape('{"a": {"b": [[1]]}}', 3, 100)).toBe('tooDeep');
    expect(scanJsonShape('["[[[[[[", "{{{{"]', 1, 100)).toBeUndefined();
    expect(scanJsonShape('[' + '[]'.repeat(1000) + ']', 2, 100)).toBeUndefined();
  });

  it('measures strings as written and is not fooled by escaped quotes', () => {
    expect(scanJsonShape('"abcde"', 8, 5)).toBeUndefined();
    expect(scanJsonShape('"abcdef"', 8, 5)).toBe('stringTooLong');
    expect(scanJsonShape('["a\\"[[[[b"]', 1, 100)).toBeUndefined();
    expect(scanJsonShape('["\\\\", [[]]]', 2, 100)).toBe('tooDeep');
  });

  it('stops 100,000 open brackets at the limit', () => {
    expect(scanJsonShape('['.repeat(100_000), 64, 100)).toBe('tooDeep');
  });

  it('agrees with JSON.parse on the depth of any JSON value', () => {
    const depth = (value: unknown): number => (value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value as object).map(depth)) : 0);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const d = depth(JSON.parse(text));
        expect(scanJsonShape(text, d, 1_000_000)).toBeUndefined();
        if (d > 0) expect(scanJsonShape(text, d - 1, 1_000_000)).toBe('tooDeep');
      }),
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes what TextEncoder encodes, any code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
      }),
    );
  });

  it('drops a byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('{}');
  });

  it('refuses what a strict decoder refuses: Windows-1252, overlong forms, surrogates, cut sequences', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const cases = [
      [0x4d, 0xfc, 0x6c, 0x6c], // "Müll" in Windows-1252
      [0xc0, 0xaf], // overlong "/"
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xe2, 0x82], // cut short
      [0x80],
    ];
    for (const bytes of cases) {
      expect(() => strict.decode(new Uint8Array(bytes)), bytes.join(' ')).toThrow();
      expect(decodeUtf8(new Uint8Array(bytes)), bytes.join(' ')).toBeUndefined();
    }
  });

  it('takes exactly the byte strings a strict decoder takes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let expected: string | undefined;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = undefined;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
