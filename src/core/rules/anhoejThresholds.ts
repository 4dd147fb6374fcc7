import { binomialHalfQuantile } from "../stats/binomialQuantile.ts";

/**
 * Anhøj rule 1, unusually long run: a run longer than round(log2(useful)) + 3
 * points signals (Anhøj & Olesen 2014, "Run charts revisited", PLoS ONE 9(11):
 * e113825, after Schilling 2012, "The surprising predictability of long runs",
 * Mathematics Magazine 85:141–149).
 *
 * @param useful - data points not on the centre line (≥ 1)
 * @example
 * longestRunMax(24); // => 8
 */
export function longestRunMax(useful: number): number {
  return Math.round(Math.log2(useful)) + 3;
}

/**
 * Anhøj rule 2, unusually few crossings: fewer crossings than the 5th percentile
 * of Binomial(useful − 1, ½) signal (Anhøj & Olesen 2014; Chen 2010, "A note on
 * the runs test", Model Assisted Statistics and Applications 5:73–77). The
 * percentile is R's `qbinom(0.05, useful − 1, 0.5)`, computed exactly for any size.
 *
 * @param useful - data points not on the centre line (≥ 1)
 * @example
 * crossingsMin(24); // => 8
 */
export function crossingsMin(useful: number): number {
  return binomialHalfQuantile(0.05, Math.max(useful - 1, 0));
}
