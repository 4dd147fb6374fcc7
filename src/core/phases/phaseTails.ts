import type { RuleSet } from "../rules/ruleSets.ts";
import type { AutoBreak } from "../types.ts";
import { firstSustainedRun } from "./firstSustainedRun.ts";
import type { PhaseRange } from "./splitPhases.ts";

/**
 * How the centre line of a part of a phase follows from its points: the median
 * of the plotted values (run and G charts), their mean (I and C charts), or
 * Σ numerators / Σ denominators (P, P′, U and U′ charts; the grand mean Σnᵢx̄ᵢ / Σnᵢ of Xbar charts). @internal
 */
export type TailCenter =
  | { readonly kind: "median" }
  | { readonly kind: "mean" }
  | { readonly kind: "ratio"; readonly numerators: Float64Array; readonly denominators: Float64Array };

/**
 * The sustained shifts of the last parts of one phase, as automatic re-phasing
 * cuts it from the left: `[start…end]` for increasing `start`.
 *
 * The centre line of a part is kept up to date as points leave it on the left
 * instead of being recomputed from all its points:
 *
 * - a median, with a Fenwick tree over the values' ranks (Fenwick 1994, "A new
 *   data structure for cumulative frequency tables", Software: Practice and
 *   Experience 24(3):327–336): O(log n) a part, taken exactly as `median()`
 *   takes it (the two middle order statistics, averaged the same way);
 * - a mean or a ratio of sums, from prefix sums kept in double-double
 *   (Dekker 1971, "A floating-point technique for extending the available
 *   precision", Numerische Mathematik 18:224–242): within a bound δ of what
 *   the chart module computes. When no value of the part lies within δ of it,
 *   every point's side of the centre line — all the shift and long-run rules
 *   read — is the one the exact centre line gives, and no point lies on it.
 *   Otherwise the part is computed exactly (`exact`), as rarely happens.
 *
 * The runs are then read from the left only until the first qualifying one
 * ends (`firstSustainedRun`). Over the whole chain of a phase of n subgroups
 * this costs O(n log n) plus the points read up to each break.
 * @internal
 */
export class PhaseTails {
  private readonly values: Float64Array;
  private readonly included: Uint8Array;
  private readonly end: number;
  private readonly knownCenter: number | undefined;
  private readonly mode: TailCenter;
  /** Prefix sums (double-double: high and low parts) of the centre line's numerators and denominators, and of |numerators|, from the phase's start. */
  private readonly topHigh: Float64Array;
  private readonly topLow: Float64Array;
  private readonly bottomHigh: Float64Array;
  private readonly bottomLow: Float64Array;
  private readonly magnitude: Float64Array;
  /** Sorted values of the kept points, and per rank the last rank holding the same value. */
  private readonly sorted: Float64Array;
  private readonly tieEnd: Int32Array;
  /** Rank of each subgroup of the phase (offset by its start), −1 when it is missing or excluded. */
  private readonly rank: Int32Array;
  private readonly tree: Int32Array;
  private readonly phaseStart: number;
  private next: number;
  private present: number;
  private readonly step: number;

  constructor(values: Float64Array, included: Uint8Array, phase: PhaseRange, knownCenter: number | undefined, mode: TailCenter) {
    this.mode = mode;
    this.values = values;
    this.included = included;
    this.end = phase.end;
    this.phaseStart = phase.start;
    this.next = phase.start;
    this.knownCenter = knownCenter;
    const size = phase.end - phase.start + 1;
    const kept: number[] = [];
    for (let i = phase.start; i <= phase.end; i++) {
      const v = values[i] as number;
      if (included[i] === 1 && v === v) kept.push(i);
    }
    kept.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    const m = kept.length;
    this.sorted = new Float64Array(m);
    this.rank = new Int32Array(size).fill(-1);
    kept.forEach((i, r) => {
      this.sorted[r] = values[i] as number;
      (this.rank as Int32Array)[i - phase.start] = r;
    });
    this.tieEnd = new Int32Array(m);
    for (let r = m - 1; r >= 0; r--) this.tieEnd[r] = r + 1 < m && this.sorted[r + 1] === this.sorted[r] ? (this.tieEnd[r + 1] as number) : r;
    // Every rank present once: node i of a Fenwick tree covers the lowest set bit of i ranks.
    this.tree = new Int32Array(m + 1);
    for (let i = 1; i <= m; i++) this.tree[i] = i & -i;
    this.present = m;
    const prefix = mode.kind === "median" || knownCenter !== undefined ? 0 : size + 1;
    this.topHigh = new Float64Array(prefix);
    this.topLow = new Float64Array(prefix);
    this.bottomHigh = new Float64Array(prefix);
    this.bottomLow = new Float64Array(prefix);
    this.magnitude = new Float64Array(prefix);
    if (prefix > 0) {
      let topHigh = 0;
      let topLow = 0;
      let bottomHigh = 0;
      let bottomLow = 0;
      let magnitude = 0;
      for (let k = 0; k < size; k++) {
        const i = phase.start + k;
        // What the chart module adds: finite values of included subgroups (a mean), or numerators with their denominators.
        const top = mode.kind === "ratio" ? (mode.numerators[i] as number) : (values[i] as number);
        const counted = included[i] === 1 && (mode.kind === "ratio" ? top === top : top - top === 0);
        if (counted) {
          [topHigh, topLow] = addDoubleDouble(topHigh, topLow, top);
          [bottomHigh, bottomLow] = addDoubleDouble(bottomHigh, bottomLow, mode.kind === "ratio" ? (mode.denominators[i] as number) : 1);
          magnitude += Math.abs(top);
        }
        this.topHigh[k + 1] = topHigh;
        this.topLow[k + 1] = topLow;
        this.bottomHigh[k + 1] = bottomHigh;
        this.bottomLow[k + 1] = bottomLow;
        this.magnitude[k + 1] = magnitude;
      }
    }
    let step = 1;
    while (step * 2 <= m) step *= 2;
    this.step = step;
  }

  /**
   * The earliest sustained shift of `[start…end]` computed as one phase: a run
   * of useful points on one side of its median longer than the Anhøj (or box)
   * limit or than `shift − 1`, starting at least `minLength` after `start` and
   * leaving `minLength` subgroups from its first point to the end.
   */
  earliestShift(start: number, ruleSet: RuleSet, minLength: number, exact: () => AutoBreak | null): AutoBreak | null {
    for (; this.next < start; this.next++) {
      const r = this.rank[this.next - this.phaseStart] as number;
      if (r >= 0) this.remove(r);
    }
    let center: number;
    if (this.knownCenter !== undefined || this.mode.kind === "median") {
      center = this.knownCenter ?? this.median();
      if (center !== center) return null; // no value: no useful point
      return firstSustainedRun(this.values, center, this.included, start, this.end, this.present - this.countEqual(center), ruleSet, minLength);
    }
    // A mean or a ratio from the prefix sums, and how far the chart module's value can lie from it.
    const from = start - this.phaseStart;
    const to = this.end - this.phaseStart + 1;
    const [topHigh, topLow] = addDoubleDouble(this.topHigh[to] as number, this.topLow[to] as number, -(this.topHigh[from] as number));
    const top = topHigh + (topLow - (this.topLow[from] as number));
    const [bottomHigh, bottomLow] = addDoubleDouble(this.bottomHigh[to] as number, this.bottomLow[to] as number, -(this.bottomHigh[from] as number));
    const bottom = bottomHigh + (bottomLow - (this.bottomLow[from] as number));
    center = top / bottom;
    // The chart module's compensated sums are within a few units in the last place of the part's Σ|v|; the prefix
    // sums, within about n·2⁻¹⁰⁵ of the whole prefix's Σ|v|. Both far inside this bound.
    const bound = (1e-12 * ((this.magnitude[to] as number) - (this.magnitude[from] as number)) + 1e-20 * (this.magnitude[to] as number)) / bottom + 1e-12 * Math.abs(center);
    if (!(Number.isFinite(center) && Number.isFinite(bound) && bottom > 0) || this.countWithin(center - bound, center + bound) > 0) return exact();
    return firstSustainedRun(this.values, center, this.included, start, this.end, this.present, ruleSet, minLength);
  }

  private remove(r: number): void {
    for (let i = r + 1; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] as number) - 1;
    this.present--;
  }

  /** Present ranks below r. */
  private countBelow(r: number): number {
    let total = 0;
    for (let i = r; i > 0; i -= i & -i) total += this.tree[i] as number;
    return total;
  }

  /** The k-th smallest present value (0-based). */
  private kth(k: number): number {
    let position = 0;
    let remaining = k + 1;
    for (let step = this.step; step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.tree.length && (this.tree[next] as number) < remaining) {
        position = next;
        remaining -= this.tree[next] as number;
      }
    }
    return this.sorted[position] as number;
  }

  /** The median of the present values, exactly as `median()` computes it. */
  private median(): number {
    const length = this.present;
    if (length === 0) return Number.NaN;
    const half = length >>> 1;
    const upper = this.kth(half);
    if (length % 2 === 1) return upper;
    const lower = this.kth(half - 1);
    const mid = (lower + upper) / 2;
    return Number.isFinite(mid) ? mid : lower / 2 + upper / 2;
  }

  /** Present values from `low` to `high`. */
  private countWithin(low: number, high: number): number {
    return this.countBelow(this.firstAbove(high, true)) - this.countBelow(this.firstAbove(low, false));
  }

  /** The first rank whose value is above `value` (or at least `value`, when not `strictly`). */
  private firstAbove(value: number, strictly: boolean): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const v = this.sorted[middle] as number;
      if (strictly ? v <= value : v < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Present values equal to `value`. */
  private countEqual(value: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low === this.sorted.length || this.sorted[low] !== value) return 0;
    return this.countBelow((this.tieEnd[low] as number) + 1) - this.countBelow(low);
  }
}

/** Adds a number to a double-double (high, low) with Knuth's TwoSum: high + low holds the sum to about 2⁻¹⁰⁶ relative. */
function addDoubleDouble(high: number, low: number, value: number): [number, number] {
  const sum = high + value;
  const back = sum - high;
  const error = high - (sum - back) + (value - back);
  const lowSum = low + error;
  const next = sum + lowSum;
  return [next, lowSum - (next - sum)];
}
