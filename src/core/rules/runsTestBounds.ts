import { logGamma } from "../stats/logGamma.ts";
import { ihiRunsTable, ihiRunsTableRange } from "./ihiRunsTable.ts";

/** Largest number of useful points for which the exact distribution is summed; above it the normal approximation is used. */
const exactUpTo = 5000;

/** Fewest useful points the runs test is applied to (the IHI table starts at 10). */
export const runsTestMinimum = 10;

/**
 * Bounds of the IHI runs test ("too few or too many runs", Perla, Provost &
 * Murray 2011): signal when the number of runs is below `min` or above `max`.
 *
 * For 10 to 60 useful points these are the bounds of the table published with
 * the rules (Perla, Provost & Murray 2011, Table 1, adapted from Swed &
 * Eisenhart 1943; `ihiRunsTable`), so that a chart agrees with the table the
 * team was taught. Outside the table they come from the exact distribution
 * ({@link runsDistributionBounds}); they differ from it by one run at 18 of the
 * table's 51 rows (docs/rules/ihi.md). Null below 10 points.
 *
 * @example
 * runsTestBounds(12); // => { min: 3, max: 11 } (the published row; the distribution gives 4 and 10)
 * runsTestBounds(100); // => { min: 41, max: 61 }
 */
export function runsTestBounds(useful: number): { min: number; max: number } | null {
  if (useful < runsTestMinimum) return null;
  if (useful <= ihiRunsTableRange.max) {
    const [min, max] = ihiRunsTable[useful - ihiRunsTableRange.min] as readonly [number, number];
    return { min, max };
  }
  return runsDistributionBounds(useful);
}

/**
 * The runs-test bounds from the exact distribution (Swed & Eisenhart 1943): for
 * `useful` points split as evenly as the median splits them (n₁ = ⌊N/2⌋ below,
 * n₂ = ⌈N/2⌉ above), the number of runs R under random order has the
 * Wald–Wolfowitz distribution
 *   P(R = 2k) = 2·C(n₁−1, k−1)·C(n₂−1, k−1) / C(N, n₁),
 *   P(R = 2k+1) = [C(n₁−1, k−1)·C(n₂−1, k) + C(n₁−1, k)·C(n₂−1, k−1)] / C(N, n₁).
 * `min` is the smallest r with P(R ≤ r) > 2.5 % (fewer runs signal) and `max` the
 * largest r with P(R ≥ r) > 2.5 % (more runs signal): a two-sided 5 % test.
 * Above 5,000 points the normal approximation with mean 2n₁n₂/N + 1 and variance
 * 2n₁n₂(2n₁n₂ − N)/(N²(N − 1)) and a continuity correction is used. Null below 10 points.
 * @internal
 */
export function runsDistributionBounds(useful: number): { min: number; max: number } | null {
  if (useful < runsTestMinimum) return null;
  const n1 = Math.floor(useful / 2);
  const n2 = useful - n1;
  if (useful > exactUpTo) return normalBounds(n1, n2);
  const logTotal = logChoose(useful, n1);
  const probability = (r: number): number => {
    const k = Math.floor(r / 2);
    if (r % 2 === 0) return 2 * Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k - 1) - logTotal);
    return Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k) - logTotal) + Math.exp(logChoose(n1 - 1, k) + logChoose(n2 - 1, k - 1) - logTotal);
  };
  const most = 2 * n1 + (n2 > n1 ? 1 : 0);
  let lower = 0;
  let min = 2;
  for (let r = 2; r <= most; r++) {
    lower += probability(r);
    if (lower > 0.025) {
      min = r;
      break;
    }
  }
  let upper = 0;
  let max = most;
  for (let r = most; r >= 2; r--) {
    upper += probability(r);
    if (upper > 0.025) {
      max = r;
      break;
    }
  }
  return { min, max };
}

function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

function normalBounds(n1: number, n2: number): { min: number; max: number } {
  const n = n1 + n2;
  const mean = (2 * n1 * n2) / n + 1;
  const sd = Math.sqrt((2 * n1 * n2 * (2 * n1 * n2 - n)) / (n * n * (n - 1)));
  const z = 1.959963984540054; // the 97.5th percentile of the standard normal
  // P(R ≤ r) ≈ Φ((r + ½ − mean)/sd): the smallest r above 2.5 %, and symmetrically for the upper tail.
  return { min: Math.floor(mean - z * sd - 0.5) + 1, max: Math.ceil(mean + z * sd + 0.5) - 1 };
}
