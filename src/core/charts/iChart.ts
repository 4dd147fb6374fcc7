import { baseMean } from "../limits/baseStatistics.ts";
import { averageMovingRange, d2 } from "../limits/averageMovingRange.ts";
import { constantLimits, type PhaseContext, type PhaseLines } from "./phaseContext.ts";

/**
 * I (individuals) chart: centre line x̄ of the baseline, σ̂ = MR̄ / 1.128 from the
 * average moving range of the baseline (screened by default, Nelson 1982);
 * limits x̄ ± 3σ̂ (Montgomery, *Introduction to Statistical Quality Control*,
 * 6th ed., eq. 6.33; Provost & Murray, *The Health Care Data Guide*, 2011, ch. 7).
 * Moving ranges bridge excluded subgroups but not missing ones; a constant
 * baseline leaves no limits.
 */
export function iChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const center = context.knownCenter ?? baseMean(statistic, base, start, end);
  const sigma = averageMovingRange(statistic, base, start, end, center, context.screenMovingRanges) / d2;
  return constantLimits(center, sigma);
}
