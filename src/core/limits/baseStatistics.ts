import { median } from "../stats/median.ts";
import { mean } from "../stats/mean.ts";

/** Mean of the finite values at baseline subgroups `start…end` (NaN when none), as R's `mean()`. @internal */
export function baseMean(values: Float64Array, base: Uint8Array, start: number, end: number): number {
  return mean(values, start, end, base);
}

/** Median of the finite values at baseline subgroups `start…end`, by selection (NaN when none). @internal */
export function baseMedian(values: Float64Array, base: Uint8Array, start: number, end: number): number {
  const scratch = new Float64Array(end - start + 1);
  let length = 0;
  // Every value is written, and the write position advances only past the ones kept: no branch to mispredict.
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    scratch[length] = v;
    length += +(base[i] === 1 && v === v);
  }
  return median(scratch, length);
}

/**
 * Σ numerator / Σ denominator over baseline subgroups `start…end`, skipping
 * subgroups with a missing numerator: the pooled proportion or rate p̄ or ū
 * (Montgomery, *Introduction to Statistical Quality Control*, eqs. 7.8 and 7.19). @internal
 */
export function basePooledRatio(numerators: Float64Array, denominators: Float64Array, base: Uint8Array, start: number, end: number): number {
  // Two compensated sums (Neumaier's step, as in `Sum`) kept in locals.
  let top = 0, topCompensation = 0, bottom = 0, bottomCompensation = 0;
  for (let i = start; i <= end; i++) {
    const v = numerators[i] as number;
    if (base[i] === 1 && v === v) {
      const d = denominators[i] as number;
      let t = top + v;
      topCompensation += Math.abs(top) >= Math.abs(v) ? top - t + v : v - t + top;
      top = t;
      t = bottom + d;
      bottomCompensation += Math.abs(bottom) >= Math.abs(d) ? bottom - t + d : d - t + bottom;
      bottom = t;
    }
  }
  return (top + topCompensation) / (bottom + bottomCompensation);
}
