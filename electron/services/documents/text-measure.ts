import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Advance widths read straight from the TrueType files, so page 1 can shorten a
 * text to one or two lines before pdfmake lays it out. Kerning is ignored; it
 * only ever narrows Roboto text, so a line measured here never overflows there.
 */
export type FontFace = 'regular' | 'medium' | 'italic' | 'mediumItalic';

export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'Roboto-Regular.ttf',
  medium: 'Roboto-Medium.ttf',
  italic: 'Roboto-Italic.ttf',
  mediumItalic: 'Roboto-MediumItalic.ttf',
};

interface Metrics {
  unitsPerEm: number;
  advances: number[];
  glyph: (codePoint: number) => number;
}

const cache = new Map<string, Metrics>();

function tables(data: Buffer): Map<string, number> {
  const offsets = new Map<string, number>();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    offsets.set(data.toString('latin1', record, record + 4), data.readUInt32BE(record + 8));
  }
  return offsets;
}

function cmapLookup(data: Buffer, cmap: number): (codePoint: number) => number {
  const count = data.readUInt16BE(cmap + 2);
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.readUInt16BE(record);
    const encoding = data.readUInt16BE(record + 2);
    const sub = cmap + data.readUInt32BE(record + 4);
    const format = data.readUInt16BE(sub);
    if (format === 12 && (platform === 3 || platform === 0)) {
      const groups = data.readUInt32BE(sub + 12);
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const g = sub + 16 + mid * 12;
          const start = data.readUInt32BE(g);
          const end = data.readUInt32BE(g + 4);
          if (cp < start) hi = mid - 1;
          else if (cp > end) lo = mid + 1;
          else return data.readUInt32BE(g + 8) + (cp - start);
        }
        return 0;
      };
    }
    if (format === 4 && (platform === 3 || platform === 0) && (encoding === 1 || platform === 0)) format4 = sub;
  }
  if (format4 < 0) throw new Error('font has no Unicode cmap');
  const sub = format4;
  const segments = data.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > data.readUInt16BE(ends + s * 2)) continue;
      const start = data.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = data.readInt16BE(deltas + s * 2);
      const rangeOffset = data.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = data.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function load(path: string): Metrics {
  let metrics = cache.get(path);
  if (metrics) return metrics;
  const data = readFileSync(path);
  const offsets = tables(data);
  const need = (tag: string) => {
    const offset = offsets.get(tag);
    if (offset === undefined) throw new Error(`font ${path} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = data.readUInt16BE(need('head') + 18);
  const metricCount = data.readUInt16BE(need('hhea') + 34);
  const hmtx = need('hmtx');
  const advances: number[] = [];
  for (let i = 0; i < metricCount; i++) advances.push(data.readUInt16BE(hmtx + i * 4));
  metrics = { unitsPerEm, advances, glyph: cmapLookup(data, need('cmap')) };
  cache.set(path, metrics);
  return metrics;
}

export interface Measurer {
  width(text: string, face: FontFace, size: number, characterSpacing?: number): number;
  /** Whether every character of the text has a glyph in the face. */
  covers(text: string, face: FontFace): boolean;
  /**
   * The text, shortened with an ellipsis where it would need more than maxLines
   * lines of the given width; whitespace is collapsed.
   */
  clamp(text: string, face: FontFace, size: number, width: number, maxLines: number, characterSpacing?: number): string;
  /** How many lines the text wraps to. */
  lines(text: string, face: FontFace, size: number, width: number): number;
}

export function createMeasurer(fontsDir: string): Measurer {
  const metrics = (face: FontFace) => load(join(fontsDir, FONT_FILES[face]));

  const width = (text: string, face: FontFace, size: number, characterSpacing = 0): number => {
    const m = metrics(face);
    const last = m.advances[m.advances.length - 1] ?? 0;
    let units = 0;
    let count = 0;
    for (const char of text) {
      const glyph = m.glyph(char.codePointAt(0)!);
      units += m.advances[glyph] ?? last;
      count++;
    }
    return (units * size) / m.unitsPerEm + count * characterSpacing;
  };

  /**
   * Greedy word wrap, breaking at spaces, after hyphens, and inside words longer
   * than a line. Each line carries the glue that joins it to the previous one.
   */
  const wrap = (text: string, face: FontFace, size: number, max: number, spacing = 0): { text: string; glue: string }[] => {
    const pieces: { text: string; glue: string }[] = [];
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
      (word.match(/[^-]*-+|[^-]+/g) ?? []).forEach((piece, i) => pieces.push({ text: piece, glue: i === 0 ? ' ' : '' }));
    }
    const lines: { text: string; glue: string }[] = [];
    let line: { text: string; glue: string } | null = null;
    for (const piece of pieces) {
      if (line && width(line.text + piece.glue + piece.text, face, size, spacing) <= max) {
        line.text += piece.glue + piece.text;
        continue;
      }
      if (line) lines.push(line);
      line = { ...piece };
      while (width(line.text, face, size, spacing) > max && line.text.length > 1) {
        let cut: number = line.text.length - 1;
        while (cut > 1 && width(line.text.slice(0, cut), face, size, spacing) > max) cut--;
        lines.push({ text: line.text.slice(0, cut), glue: line.glue });
        line = { text: line.text.slice(cut), glue: '' };
      }
    }
    if (line) lines.push(line);
    return lines;
  };

  const joinLines = (lines: { text: string; glue: string }[]) => lines.map((l, i) => (i === 0 ? l.text : l.glue + l.text)).join('');

  const ellipsis = (face: FontFace) => (covers('…', face) ? '…' : '...');

  const covers = (text: string, face: FontFace): boolean => {
    const m = metrics(face);
    for (const char of text) if (!/\s/.test(char) && m.glyph(char.codePointAt(0)!) === 0) return false;
    return true;
  };

  // Two percent of slack for rounding in pdfmake's own line fitting.
  const usable = (w: number) => w * 0.98;

  return {
    width,
    covers,
    lines: (text, face, size, w) => Math.max(1, wrap(text, face, size, usable(w)).length),
    clamp(text, face, size, w, maxLines, spacing = 0) {
      const max = usable(w);
      const lines = wrap(text, face, size, max, spacing);
      if (lines.length <= maxLines) return joinLines(lines);
      const dots = ellipsis(face);
      const last = { ...lines[maxLines - 1]! };
      while (last.text.length > 0 && width(`${last.text}${dots}`, face, size, spacing) > max) {
        const space = last.text.lastIndexOf(' ');
        last.text = space > last.text.length * 0.6 ? last.text.slice(0, space) : last.text.slice(0, -1);
      }
      last.text = last.text.replace(/[\s,;:.–—-]+$/, '');
      return `${joinLines([...lines.slice(0, maxLines - 1), last])}${dots}`;
    },
  };
}
