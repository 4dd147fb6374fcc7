/** A trend: the subgroups it spans and which way it goes. */
export interface Trend {
  /** Every included, non-missing subgroup from the trend's first point to its last (ties included). */
  readonly indices: number[];
  readonly direction: "increasing" | "decreasing";
}

/**
 * Trends of one phase: `length` or more consecutive points all increasing or all
 * decreasing (Perla, Provost & Murray 2011; Provost & Murray 2011, ch. 5).
 * Equal neighbouring values are counted once: a tie neither adds to a trend nor
 * breaks it. Missing and excluded subgroups are skipped. The point where the
 * direction turns ends one trend and starts the next.
 *
 * @param length - points needed for a trend (5 in the IHI rules, 6 in the Health Care Data Guide)
 * @example
 * detectTrends(Float64Array.of(1, 2, 2, 3, 4, 5, 3), Uint8Array.of(1, 1, 1, 1, 1, 1, 1), 0, 6, 5);
 * // => [{ indices: [0, 1, 2, 3, 4, 5], direction: "increasing" }]
 */
export function detectTrends(values: Float64Array, included: Uint8Array, start: number, end: number, length: number): Trend[] {
  const trends: Trend[] = [];
  let span: number[] = []; // subgroups of the current monotone stretch
  let tieStart = 0; // where in span the latest run of equal values begins
  let distinct = 0; // distinct values in the stretch
  let direction = 0; // +1 up, -1 down, 0 not yet known
  let last = Number.NaN;
  const close = (): void => {
    if (direction !== 0 && distinct >= length) trends.push({ indices: span, direction: direction > 0 ? "increasing" : "decreasing" });
  };
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if (included[i] !== 1 || v !== v) continue;
    if (span.length === 0) {
      span = [i];
      tieStart = 0;
      distinct = 1;
      last = v;
      continue;
    }
    if (v === last) {
      span.push(i);
      continue;
    }
    const step = v > last ? 1 : -1;
    if (direction === 0 || step === direction) {
      direction = step;
      distinct++;
      tieStart = span.length;
      span.push(i);
    } else {
      close();
      // The turning value (with its ties) starts the new stretch.
      span = [...span.slice(tieStart), i];
      tieStart = span.length - 1;
      distinct = 2;
      direction = step;
    }
    last = v;
  }
  close();
  return trends;
}
