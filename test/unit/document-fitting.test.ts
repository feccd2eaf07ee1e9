import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { endsOnPageOne, firstPageDensity, marker, markerPositions } from '../../electron/services/documents/fitting';
import { documentFonts } from '../../electron/services/documents/printer';
import { fontsDir } from '../support/pdf-tools';

const fonts = documentFonts(fontsDir);
const END = 'end';

/** `lines` lines of 10 pt text on A4 with 40 pt margins, then the end marker. */
function page(lines: number): TDocumentDefinitions {
  const content: Content[] = Array.from({ length: lines }, (_, i) => ({ text: `Line ${i + 1}`, fontSize: 10 }));
  return { pageSize: 'A4', pageMargins: [40, 40, 40, 40], defaultStyle: { font: 'Roboto' }, content: [...content, marker(END)] };
}

describe('fitting page 1', () => {
  it('takes the most generous density at which page 1 fits, and tries no tighter one', async () => {
    const tried: number[] = [];
    const density = await firstPageDensity(
      [200, 120, 30, 10],
      {
        firstPage: (lines) => {
          tried.push(lines);
          return page(lines);
        },
        markers: [END],
        fits: (ends) => endsOnPageOne(ends.get(END), 500),
      },
      fonts,
    );
    expect(density).toBe(30);
    expect(tried).toEqual([200, 120, 30]);
  });

  it('falls back to the tightest density when none fits', async () => {
    const density = await firstPageDensity([120, 80, 60], { firstPage: page, markers: [END], fits: (ends) => endsOnPageOne(ends.get(END), 100) }, fonts);
    expect(density).toBe(60);
  });

  it('finds where each marker ended: page 1 above the bottom, on page 2, or not at all', async () => {
    const ends = await markerPositions(page(20), [END, 'missing'], fonts);
    const end = ends.get(END)!;
    expect(end.pages).toEqual([1]);
    expect(endsOnPageOne(end, end.top)).toBe(true);
    expect(endsOnPageOne(end, end.top - 1)).toBe(false);
    expect(endsOnPageOne((await markerPositions(page(120), [END], fonts)).get(END))).toBe(false);
    expect(ends.has('missing')).toBe(false);
    expect(endsOnPageOne(ends.get('missing'))).toBe(false);
  });
});
