/** Counts of one phase's runs analysis. */
export interface RunsCount {
  /** Included subgroups of the phase. */
  readonly observations: number;
  /** Included subgroups that are not missing and not on the centre line. */
  readonly useful: number;
  /** Length of the longest run of useful points on one side of the centre line (0 when none). */
  readonly longestRun: number;
  /** Times consecutive useful points lie on opposite sides of the centre line. */
  readonly crossings: number;
}

/**
 * Counts runs and crossings of one phase in one pass (Anhøj & Olesen 2014).
 * Only included subgroups take part; missing values and points exactly on the
 * centre line are skipped, so they neither extend nor break a run.
 *
 * @param values - plotted values, NaN for missing
 * @param center - centre line per subgroup
 * @param included - 1 where the subgroup takes part in the analysis
 * @param start - first subgroup of the phase
 * @param end - last subgroup of the phase (inclusive)
 * @example
 * countRuns(Float64Array.of(1, 3, 3, 1), Float64Array.of(2, 2, 2, 2), Uint8Array.of(1, 1, 1, 1), 0, 3);
 * // => { observations: 4, useful: 4, longestRun: 2, crossings: 2 }
 */
export function countRuns(values: Float64Array, center: Float64Array, included: Uint8Array, start: number, end: number): RunsCount {
  const counter = new RunCounter();
  for (let i = start; i <= end; i++) {
    if (included[i] === 0) continue;
    counter.observations++;
    counter.add((values[i] as number) - (center[i] as number));
  }
  return { observations: counter.observations, useful: counter.useful, longestRun: counter.longestRun, crossings: counter.crossings };
}

/**
 * Runs and crossings counted one point at a time: used by `countRuns` over a
 * phase and by the live monitor as points arrive. @internal
 */
export class RunCounter {
  observations = 0;
  useful = 0;
  crossings = 0;
  longestRun = 0;
  /** Length of the current run, and its side (+1 above, −1 below, 0 before the first useful point). */
  run = 0;
  side = 0;

  /** Adds an included point by its distance from the centre line; false when it is not useful (on the line, or missing). */
  add(difference: number): boolean {
    if (!(difference !== 0 && difference === difference)) return false;
    this.useful++;
    const s = difference > 0 ? 1 : -1;
    if (s === this.side) {
      this.run++;
    } else {
      if (this.side !== 0) this.crossings++;
      this.side = s;
      this.run = 1;
    }
    if (this.run > this.longestRun) this.longestRun = this.run;
    return true;
  }
}

/**
 * The runs of one phase longer than `limit` useful points, as lists of their
 * useful subgroup indices, with the side of the centre line each lies on.
 */
export function findLongRuns(
  values: Float64Array,
  center: Float64Array,
  included: Uint8Array,
  start: number,
  end: number,
  limit: number,
): { indices: number[]; side: 1 | -1 }[] {
  const runs: { indices: number[]; side: 1 | -1 }[] = [];
  let current: number[] = [];
  let side = 0;
  const close = (): void => {
    if (current.length > limit) runs.push({ indices: current, side: side as 1 | -1 });
  };
  for (let i = start; i <= end; i++) {
    if (included[i] === 0) continue;
    const difference = (values[i] as number) - (center[i] as number);
    if (!(difference !== 0 && difference === difference)) continue;
    const s = difference > 0 ? 1 : -1;
    if (s !== side) {
      close();
      current = [];
      side = s;
    }
    current.push(i);
  }
  close();
  return runs;
}
