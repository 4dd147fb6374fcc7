import type { RuleSet } from "../rules/ruleSets.ts";
import type { AutoBreak } from "../types.ts";
import { firstSustainedRun } from "./firstSustainedRun.ts";
import type { PhaseRange } from "./splitPhases.ts";

/**
 * The sustained shifts of the last parts of one run-chart phase, as automatic
 * re-phasing cuts it from the left: `[start…end]` for increasing `start`.
 *
 * The centre line of a part is the median of its included values; it is kept
 * as points leave on the left with a Fenwick tree over the values' ranks
 * (Fenwick 1994, "A new data structure for cumulative frequency tables",
 * Software: Practice and Experience 24(3):327–336), so a new median costs
 * O(log n) instead of a pass over the part. The median is taken exactly as
 * `median()` takes it (the two middle order statistics, averaged the same
 * way), so every point's side of the centre line — all that the shift and
 * long-run rules read — is the same as in a full computation. The runs are
 * then read from the left only until the first qualifying one ends
 * (`firstSustainedRun`).
 *
 * Over the whole chain of a phase of n subgroups this costs O(n log n) plus
 * the points read up to each break (O(n) unless a run spans several breaks).
 * @internal
 */
export class RunChartTails {
  private readonly values: Float64Array;
  private readonly included: Uint8Array;
  private readonly end: number;
  private readonly knownCenter: number | undefined;
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

  constructor(values: Float64Array, included: Uint8Array, phase: PhaseRange, knownCenter: number | undefined) {
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
  earliestShift(start: number, ruleSet: RuleSet, minLength: number): AutoBreak | null {
    for (; this.next < start; this.next++) {
      const r = this.rank[this.next - this.phaseStart] as number;
      if (r >= 0) this.remove(r);
    }
    const center = this.knownCenter ?? this.median();
    if (center !== center) return null; // no value: no useful point
    return firstSustainedRun(this.values, center, this.included, start, this.end, this.present - this.countEqual(center), ruleSet, minLength);
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
