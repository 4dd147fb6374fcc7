import { Sum } from "./sum.ts";

/**
 * Arithmetic mean of the finite values `values[start…end]` (where `mask` is 1,
 * when a mask is given), NaN when there are none. Like R's `mean()`: a sum
 * divided by the count, then corrected by the mean of the residuals. The sums
 * are compensated (Neumaier 1974).
 *
 * The correction also makes the mean of identical values that value exactly
 * (0.1 three times has mean 0.1, not 0.10000000000000002), so a constant series
 * sits exactly on its centre line: each residual v − x̄₁ is exact (Sterbenz:
 * x̄₁ lies within a factor of 2 of v), so x̄₁ + Σ(v − x̄₁)/n differs from v by far
 * less than half a unit in v's last place and rounds to v.
 *
 * @example
 * mean(Float64Array.of(0.1, 0.1, 0.1), 0, 2, null); // => 0.1
 */
export function mean(values: Float64Array, start: number, end: number, mask: Uint8Array | null): number {
  const sum = new Sum();
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if ((mask === null || mask[i] === 1) && v - v === 0) sum.add(v);
  }
  if (sum.count === 0) return Number.NaN;
  const first = sum.mean();
  // The sum overflowed: identical values still have a mean (their value); others have none to give.
  if (!Number.isFinite(first)) return identicalValue(values, start, end, mask) ?? first;
  const residuals = new Sum();
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if ((mask === null || mask[i] === 1) && v - v === 0) residuals.add(v - first);
  }
  return first + residuals.value() / sum.count;
}

/** The value all the finite values of `values[start…end]` (where `mask` is 1) share; null when they differ or there are none. @internal */
export function identicalValue(values: Float64Array, start: number, end: number, mask: Uint8Array | null): number | null {
  let shared: number | null = null;
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if (!((mask === null || mask[i] === 1) && v - v === 0)) continue;
    if (shared === null) shared = v;
    else if (v !== shared) return null;
  }
  return shared;
}
