import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { createPdf, type DocumentFonts } from './printer';

/** Where a marker node was laid out: the pages it touches and the top of its first line. */
export interface MarkerPosition {
  pages: readonly number[];
  top: number;
}

/** An invisible one-point line whose position tells a probe where the content before it ended. */
export function marker(id: string): { text: string; id: string; fontSize: number; lineHeight: number } {
  return { text: ' ', id, fontSize: 1, lineHeight: 1 };
}

/**
 * Lays `definition` out without keeping the result and returns where each of `markers` ended.
 * Its pageBreakBefore only looks: it never adds a break, and pdfmake asks about each node once.
 */
export async function markerPositions(
  definition: TDocumentDefinitions,
  markers: readonly string[],
  fonts: DocumentFonts,
): Promise<ReadonlyMap<string, MarkerPosition>> {
  const wanted = new Set(markers);
  const found = new Map<string, MarkerPosition>();
  const probe = createPdf(
    {
      ...definition,
      pageBreakBefore: (node) => {
        if (typeof node.id === 'string' && wanted.has(node.id)) found.set(node.id, { pages: node.pageNumbers, top: node.startPosition.top });
        return false;
      },
    },
    fonts,
  );
  await probe.getStream();
  return found;
}

/** Whether a marker was laid out on page 1 alone, no lower than `bottom`; a marker never laid out does not fit. */
export function endsOnPageOne(position: MarkerPosition | undefined, bottom = Infinity): boolean {
  return position !== undefined && position.pages.length === 1 && position.pages[0] === 1 && position.top <= bottom;
}

/** How a document tries its first page: what to lay out at a density, which markers to read, and when that fits. */
export interface FirstPageProbe<D> {
  firstPage: (density: D) => TDocumentDefinitions;
  markers: readonly string[];
  fits: (ends: ReadonlyMap<string, MarkerPosition>) => boolean;
}

/**
 * The most generous of `densities` (ordered from generous to tight) at which page 1 fits,
 * else the tightest. Each try lays out page 1 alone, which is cheap.
 */
export async function firstPageDensity<D>(densities: readonly [D, ...D[]], probe: FirstPageProbe<D>, fonts: DocumentFonts): Promise<D> {
  for (const density of densities) {
    if (probe.fits(await markerPositions(probe.firstPage(density), probe.markers, fonts))) return density;
  }
  return densities[densities.length - 1]!;
}
