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
  let observations = 0;
  let useful = 0;
  let crossings = 0;
  let run = 0;
  let longestRun = 0;
  let side = 0;
  for (let i = start; i <= end; i++) {
    if (included[i] === 0) continue;
    observations++;
    const difference = (values[i] as number) - (center[i] as number);
    if (!(difference !== 0 && difference === difference)) continue; // on the line, or NaN
    useful++;
    const s = difference > 0 ? 1 : -1;
    if (s === side) {
      run++;
    } else {
      if (side !== 0) crossings++;
      side = s;
      run = 1;
    }
    if (run > longestRun) longestRun = run;
  }
  return { observations, useful, longestRun, crossings };
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
