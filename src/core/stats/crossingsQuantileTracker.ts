import { binomialHalfCdf, binomialHalfProbability, binomialHalfQuantile } from "./binomialQuantile.ts";

/** Steps between exact recomputations, so that floating-point drift can never decide a threshold. */
const resync = 4096;

/**
 * Follows qbinom(0.05, m, ½) as m grows by one at a time, in O(1) per step.
 * With X′ = X + B for a fair coin B: P(X′ ≤ c) = P(X ≤ c) − ½·P(X = c) and
 * P(X′ = c) = ½·(P(X = c) + P(X = c − 1)), so the cumulative probability at the
 * current quantile is carried forward and the quantile moves by at most one.
 * Every 4096 steps it is recomputed exactly. @internal
 */
export class CrossingsQuantileTracker {
  private trials = -1;
  private quantile = 0;
  private cdf = 1; // P(X <= quantile)
  private pmf = 1; // P(X = quantile)

  /** The 5th percentile for `trials` trials; `trials` must stay or grow by one between calls (or restart). */
  at(trials: number): number {
    if (trials === this.trials) return this.quantile; // asked again (a push that added no useful point)
    if (trials !== this.trials + 1 || trials % resync === 0 || this.trials < 0) return this.exact(trials);
    const c = this.quantile;
    const below = c === 0 ? 0 : (this.pmf * c) / (this.trials - c + 1); // P(X = c − 1) at the old size
    this.cdf -= this.pmf / 2;
    this.pmf = (this.pmf + below) / 2;
    this.trials = trials;
    // The quantile only moves up as trials grow; step while P(X <= c) < 5 %.
    while (this.cdf < 0.05 && this.quantile < trials) {
      const next = (this.pmf * (trials - this.quantile)) / (this.quantile + 1);
      this.quantile++;
      this.pmf = next;
      this.cdf += next;
    }
    return this.quantile;
  }

  private exact(trials: number): number {
    this.trials = trials;
    this.quantile = binomialHalfQuantile(0.05, trials);
    this.cdf = binomialHalfCdf(this.quantile, trials);
    this.pmf = binomialHalfProbability(this.quantile, trials);
    return this.quantile;
  }
}
