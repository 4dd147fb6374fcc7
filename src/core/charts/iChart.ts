import { d2, individualsBaseline } from "../limits/averageMovingRange.ts";
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
  const estimates = individualsBaseline(statistic, context.wholeBase === true ? null : base, start, end, context.screenMovingRanges);
  return constantLimits(context.knownCenter ?? estimates.mean, estimates.averageMovingRange / d2);
}
