import { baseMean } from "../limits/baseStatistics.ts";
import { atLeastZero } from "./pChart.ts";
import type { PhaseContext, PhaseLines } from "./phaseContext.ts";

/**
 * C chart for counts: plots the count of each subgroup (the rows' sum), centre
 * line c̄ = mean count of the baseline, σ = √c̄, limits c̄ ± 3σ with the lower
 * limit at least 0 (Montgomery, eq. 7.17; Provost & Murray 2011, ch. 8).
 */
export function cChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const center = context.knownCenter ?? baseMean(statistic, base, start, end);
  const sigma = Math.sqrt(center);
  return {
    cl: center,
    lcl: atLeastZero(center - 3 * sigma),
    lcl95: atLeastZero(center - 2 * sigma),
    ucl: center + 3 * sigma,
    ucl95: center + 2 * sigma,
  };
}
