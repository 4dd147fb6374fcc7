/** A trend: the subgroups it spans and which way it goes. */
export interface Trend {
  /** Every included, non-missing subgroup from the trend's first point to its last (ties included). */
  readonly indices: number[];
  readonly direction: "increasing" | "decreasing";
}

/**
 * Follows monotone stretches one point at a time (used by `detectTrends` and by
 * the live monitor). Equal neighbouring values are counted once: a tie neither
 * adds to a stretch nor breaks it. The point where the direction turns ends
 * one stretch and starts the next, with its ties. @internal
 */
export class TrendTracker {
  /** Subgroups of the current stretch. */
  span: number[] = [];
  /** Distinct values in the stretch. */
  distinct = 0;
  /** +1 up, −1 down, 0 not yet known. */
  direction = 0;
  private tieStart = 0;
  private last = Number.NaN;

  /**
   * Adds a point; returns the stretch that the turn at this point closed (or
   * null), so that a caller can keep it if it was long enough.
   */
  push(index: number, value: number): { span: number[]; distinct: number; direction: number } | null {
    if (this.span.length === 0) {
      this.span = [index];
      this.tieStart = 0;
      this.distinct = 1;
      this.last = value;
      return null;
    }
    if (value === this.last) {
      this.span.push(index);
      return null;
    }
    const step = value > this.last ? 1 : -1;
    this.last = value;
    if (this.direction === 0 || step === this.direction) {
      this.direction = step;
      this.distinct++;
      this.tieStart = this.span.length;
      this.span.push(index);
      return null;
    }
    const closed = { span: this.span, distinct: this.distinct, direction: this.direction };
    this.span = [...this.span.slice(this.tieStart), index];
    this.tieStart = this.span.length - 1;
    this.distinct = 2;
    this.direction = step;
    return closed;
  }
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
  const tracker = new TrendTracker();
  const keep = (stretch: { span: number[]; distinct: number; direction: number } | null): void => {
    if (stretch !== null && stretch.direction !== 0 && stretch.distinct >= length) {
      trends.push({ indices: stretch.span, direction: stretch.direction > 0 ? "increasing" : "decreasing" });
    }
  };
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if (included[i] === 1 && v === v) keep(tracker.push(i, v));
  }
  keep({ span: tracker.span, distinct: tracker.distinct, direction: tracker.direction });
  return trends;
}
