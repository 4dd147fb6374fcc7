import { logGamma } from "./logGamma.ts";

/**
 * c4(n), the bias of the sample standard deviation of n normal values:
 * E[s] = c4(n)·σ with c4(n) = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2)
 * (Montgomery, *Introduction to Statistical Quality Control*, 6th ed., §6.3 and Appendix VI).
 * NaN for n ≤ 1.
 *
 * @example
 * c4(5); // => 0.93998560298662 (R: 0.93998560298662526)
 */
export function c4(n: number): number {
  if (!(n > 1)) return Number.NaN;
  return Math.sqrt(2 / (n - 1)) * Math.exp(logGamma(n / 2) - logGamma((n - 1) / 2));
}

/**
 * c5(n) = √(1 − c4(n)²), the relative standard deviation of s (Montgomery §6.3).
 *
 * @example
 * c5(5); // => 0.3412 (to 4 decimals)
 */
export function c5(n: number): number {
  const c = c4(n);
  return Math.sqrt(1 - c * c);
}

/**
 * A3 for k-sigma limits of an Xbar chart from s̄: k / (c4(n)·√n) (Montgomery eq. 6.28; k = 3, or 2 for the 95 % lines).
 *
 * @example
 * a3(5); // => 1.427 (to 3 decimals, as in Montgomery's Appendix VI)
 */
export function a3(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return k / (c4(n) * Math.sqrt(n));
}

/**
 * B3 for k-sigma limits of an S chart: max(0, 1 − k·c5(n)/c4(n)) (Montgomery eq. 6.27).
 *
 * @example
 * b3(10); // => 0.284 (to 3 decimals)
 */
export function b3(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return Math.max(0, 1 - (k * c5(n)) / c4(n));
}

/**
 * B4 for k-sigma limits of an S chart: 1 + k·c5(n)/c4(n) (Montgomery eq. 6.27).
 *
 * @example
 * b4(10); // => 1.716 (to 3 decimals)
 */
export function b4(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return 1 + (k * c5(n)) / c4(n);
}
