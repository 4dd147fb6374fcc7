import { baseMean } from "../limits/baseStatistics.ts";
import { atLeastZero } from "./pChart.ts";
import type { PhaseContext } from "./phaseContext.ts";

/**
 * C chart for counts: plots the count of each subgroup (the rows' sum), centre
 * line c̄ = mean count of the baseline, σ = √c̄, limits c̄ ± 3σ with the lower
 * limit at least 0 (Montgomery, eq. 7.17; Provost & Murray 2011, ch. 8).
 */
export function cChart(context: PhaseContext): void {
  const { start, end, statistic, base, lines } = context;
  const center = context.knownCenter ?? baseMean(statistic, base, start, end);
  const sigma = Math.sqrt(center);
  lines.cl.fill(center, start, end + 1);
  lines.lcl.fill(atLeastZero(center - 3 * sigma), start, end + 1);
  lines.lcl95.fill(atLeastZero(center - 2 * sigma), start, end + 1);
  lines.ucl.fill(center + 3 * sigma, start, end + 1);
  lines.ucl95.fill(center + 2 * sigma, start, end + 1);
}
