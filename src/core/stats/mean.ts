import { Sum } from "./sum.ts";

/**
 * Arithmetic mean of the finite values `values[start…end]` (where `mask` is 1,
 * when a mask is given), NaN when there are none. Like R's `mean()`: a sum
 * divided by the count, then corrected by the mean of the residuals, so that
 * identical values have exactly that value as their mean (0.1 three times has
 * mean 0.1, not 0.10000000000000002) and constant series sit exactly on their
 * centre line. The sums are compensated (Neumaier 1974).
 *
 * @example
 * mean(Float64Array.of(0.1, 0.1, 0.1), 0, 2, null); // => 0.1
 */
export function mean(values: Float64Array, start: number, end: number, mask: Uint8Array | null): number {
  const sum = new Sum();
  let constant = true;
  let previous = Number.NaN;
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if ((mask === null || mask[i] === 1) && Number.isFinite(v)) {
      if (sum.count > 0 && v !== previous) constant = false;
      previous = v;
      sum.add(v);
    }
  }
  // Identical values: their mean is the value itself (what the correction below would give).
  if (constant) return sum.count === 0 ? Number.NaN : previous;
  const first = sum.mean();
  if (!Number.isFinite(first)) return first;
  const residuals = new Sum();
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if ((mask === null || mask[i] === 1) && Number.isFinite(v)) residuals.add(v - first);
  }
  return first + residuals.value() / sum.count;
}
