import { mean } from "../stats/mean.ts";

/** The moving-range constant d2 for ranges of two points (Montgomery, Appendix VI): σ̂ = MR̄ / 1.128. */
export const d2 = 1.128;

/** D4 for ranges of two points (Montgomery, Appendix VI): the upper limit of a moving range is 3.267 × MR̄. */
export const d4 = 3.267;

/**
 * Average moving range of the baseline subgroups `start…end` taken in order:
 * |vᵢ − vⱼ| for consecutive baseline subgroups j < i, so ranges bridge excluded
 * subgroups; a range with a missing end is dropped. With `screen`, ranges at or
 * above D4 × MR̄ = 3.267 × MR̄ are left out and the average is taken again
 * (Nelson 1982, "Control charts for individual measurements", Journal of
 * Quality Technology 14:172–173). NaN when no range is left.
 *
 * @param base - 1 for the subgroups to use; null for all
 * @internal
 */
export function averageMovingRange(values: Float64Array, base: Uint8Array | null, start: number, end: number, screen: boolean): number {
  return individualsBaseline(values, base, start, end, screen).averageMovingRange;
}

/**
 * The two estimates of an I chart from its baseline: the mean (as `mean`: R's
 * corrected two-pass mean, compensated sums) and the average moving range (as
 * `averageMovingRange`), in two passes over the data instead of four — the
 * first sums the values and the ranges, the second the residuals from the
 * first mean and the ranges kept by screening.
 * @internal
 */
export function individualsBaseline(
  values: Float64Array,
  base: Uint8Array | null,
  start: number,
  end: number,
  screen: boolean,
): { readonly mean: number; readonly averageMovingRange: number } {
  // Four compensated sums (Neumaier's step, as in `Sum`), written out in locals so that the loops keep them in
  // registers: the values (sv, cv, nv) and the ranges (sr, cr, nr), then the residuals and the kept ranges.
  let sv = 0, cv = 0, nv = 0, sr = 0, cr = 0, nr = 0;
  let previous = Number.NaN;
  let started = false;
  for (let i = start; i <= end; i++) {
    if (base !== null && base[i] !== 1) continue;
    const v = values[i] as number;
    if (v - v === 0) {
      const t = sv + v;
      cv += Math.abs(sv) >= Math.abs(v) ? sv - t + v : v - t + sv;
      sv = t;
      nv++;
    }
    if (started) {
      const range = Math.abs(v - previous);
      if (range === range) {
        const t = sr + range;
        cr += sr >= range ? sr - t + range : range - t + sr;
        sr = t;
        nr++;
      }
    }
    previous = v;
    started = true;
  }
  const first = nv === 0 ? Number.NaN : (sv + cv) / nv;
  const average = nr === 0 ? Number.NaN : (sr + cr) / nr;
  const screening = screen && average === average;
  // An overflowing sum (or no value) leaves the mean to `mean`, which knows what identical huge values mean.
  const fallback = Number.isFinite(first) ? null : mean(values, start, end, base);
  if (fallback !== null && !screening) return { mean: fallback, averageMovingRange: average };
  const limit = d4 * average;
  let se = 0, ce = 0, sk = 0, ck = 0, nk = 0;
  previous = Number.NaN;
  started = false;
  for (let i = start; i <= end; i++) {
    if (base !== null && base[i] !== 1) continue;
    const v = values[i] as number;
    if (v - v === 0) {
      const residual = v - first;
      const t = se + residual;
      ce += Math.abs(se) >= Math.abs(residual) ? se - t + residual : residual - t + se;
      se = t;
    }
    if (started) {
      const range = Math.abs(v - previous);
      if (range < limit) {
        const t = sk + range;
        ck += sk >= range ? sk - t + range : range - t + sk;
        sk = t;
        nk++;
      }
    }
    previous = v;
    started = true;
  }
  return {
    mean: fallback ?? first + (se + ce) / nv,
    averageMovingRange: screening ? (nk === 0 ? Number.NaN : (sk + ck) / nk) : average,
  };
}
