/*
 * The one place where a computed score becomes the figure people see. Screens, the
 * report, the comparison PDF, CSV and XLSX all show a score through shownScore, so a
 * domain at 69.5 reads 70 everywhere. Locale formatting (decimal separator, units)
 * comes after this and never rounds again.
 *
 * Rule: round half up (69.5 → 70, 69.49 → 69). Scores are means of binary fractions,
 * so a value that is 69.5 on paper can arrive as 69.49999999999999; anything within
 * NOISE of the next half counts as that half.
 */

const NOISE = 1e-9;

function roundHalfUp(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + 0.5 + NOISE) / scale;
}

/** A score 0..100 as shown: a whole number, half up, clamped to 0..100. */
export function shownScore(raw: number): number;
export function shownScore(raw: number | null | undefined): number | null;
export function shownScore(raw: number | null | undefined): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  return Math.min(100, Math.max(0, roundHalfUp(raw, 0)));
}

/** Points lost or at stake as shown: one decimal, half up ("−12.5"). */
export function shownPoints(raw: number): number {
  return roundHalfUp(raw, 1);
}

/** A share of a whole as a whole percentage, half up; null when the whole is empty. */
export function shownPercent(part: number, whole: number): number | null {
  return whole > 0 ? roundHalfUp((100 * part) / whole, 0) : null;
}
