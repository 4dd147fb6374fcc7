import type { Lines } from "../charts/phaseContext.ts";

/**
 * Fifteen (or `length`) consecutive points within 1 sigma of the centre line
 * ("hugging" the centre line: Western Electric 1956; Provost & Murray 2011,
 * ch. 5, rule 5, fifteen points in the inner one-third). Sigma per point is
 * read off the limits: the widest of (ucl − cl)/3, (cl − lcl)/3, (ucl95 − cl)/2
 * and (cl − lcl95)/2, so that a limit clamped at 0 or 1 does not shrink it.
 * Missing and excluded subgroups are skipped; subgroups without limits break a stretch.
 */
export function detectHugging(values: Float64Array, lines: Lines, included: Uint8Array, start: number, end: number, length: number): number[][] {
  const found: number[][] = [];
  let stretch: number[] = [];
  const close = (): void => {
    if (stretch.length >= length) found.push(stretch);
    stretch = [];
  };
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if (included[i] !== 1 || v !== v) continue;
    const cl = lines.cl[i] as number;
    let sigma = Number.NaN;
    for (const candidate of [((lines.ucl[i] as number) - cl) / 3, (cl - (lines.lcl[i] as number)) / 3, ((lines.ucl95[i] as number) - cl) / 2, (cl - (lines.lcl95[i] as number)) / 2]) {
      if (candidate === candidate && !(candidate <= sigma)) sigma = candidate;
    }
    if (!(sigma > 0)) {
      close();
      continue;
    }
    if (Math.abs(v - cl) < sigma) stretch.push(i);
    else close();
  }
  close();
  return found;
}
