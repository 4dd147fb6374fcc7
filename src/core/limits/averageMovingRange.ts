import { Sum } from "../stats/sum.ts";

/** The moving-range constant d2 for ranges of two points (Montgomery, Appendix VI): σ̂ = MR̄ / 1.128. */
export const d2 = 1.128;
/** D4 for ranges of two points (Montgomery, Appendix VI): the upper limit of a moving range is 3.267 × MR̄. */
export const d4 = 3.267;

/**
 * Average moving range of the baseline subgroups `start…end` taken in order:
 * |(vᵢ − offset) − (vⱼ − offset)| for consecutive baseline subgroups j < i, so
 * ranges bridge excluded subgroups; a range with a missing end is dropped.
 * With `screen`, ranges at or above D4 × MR̄ = 3.267 × MR̄ are left out and the
 * average is taken again (Nelson 1982, "Control charts for individual
 * measurements", Journal of Quality Technology 14:172–173). NaN when no range is left.
 *
 * @param offset - subtracted from each value first (the centre line), as qicharts2 does, so that
 *   results agree with it to the last bit
 * @param base - 1 for the subgroups to use; null for all
 * @internal
 */
export function averageMovingRange(
  values: Float64Array,
  base: Uint8Array | null,
  start: number,
  end: number,
  offset: number,
  screen: boolean,
): number {
  const all = new Sum();
  let previous = Number.NaN;
  let started = false;
  for (let i = start; i <= end; i++) {
    if (base !== null && base[i] !== 1) continue;
    const v = (values[i] as number) - offset;
    if (started) {
      const range = Math.abs(v - previous);
      if (range === range) all.add(range);
    }
    previous = v;
    started = true;
  }
  const average = all.mean();
  if (!screen || !(average === average)) return average;
  const limit = d4 * average;
  const kept = new Sum();
  previous = Number.NaN;
  started = false;
  for (let i = start; i <= end; i++) {
    if (base !== null && base[i] !== 1) continue;
    const v = (values[i] as number) - offset;
    if (started) {
      const range = Math.abs(v - previous);
      if (range < limit) kept.add(range);
    }
    previous = v;
    started = true;
  }
  return kept.mean();
}
