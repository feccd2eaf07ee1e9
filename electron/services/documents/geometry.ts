/** A page in PDF points: its size, its margins and the width between them. */
export interface PageGeometry {
  size: 'A4';
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  /** The top margin leaves room for the running header, the bottom margin for the footer. */
  margins: Readonly<{ left: number; top: number; right: number; bottom: number }>;
  contentWidth: number;
}

const A4 = { short: 595.28, long: 841.89 } as const;

export function a4Page(orientation: PageGeometry['orientation'], margins: PageGeometry['margins']): PageGeometry {
  const [width, height] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  return { size: 'A4', orientation, width, height, margins, contentWidth: width - margins.left - margins.right };
}

/** A rectangle in pdfmake's coordinates: points from the page's top left corner. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle in PDF user space: points, origin bottom left. */
export interface UserSpaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where page 1 draws its signature box: bottom right, `gap` above the footer. */
export function signatureFrame(page: PageGeometry, size: { width: number; height: number }, gap = 6): Frame {
  return {
    left: page.width - page.margins.right - size.width,
    top: page.height - page.margins.bottom - gap - size.height,
    width: size.width,
    height: size.height,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The same frame in PDF user space, where the signing code puts its widget. */
export function userSpaceBox(page: PageGeometry, frame: Frame): Readonly<UserSpaceBox> {
  return Object.freeze({
    x: round(frame.left),
    y: round(page.height - frame.top - frame.height),
    width: frame.width,
    height: frame.height,
  });
}
