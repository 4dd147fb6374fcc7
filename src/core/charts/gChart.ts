import { baseMean, baseMedian } from "../limits/baseStatistics.ts";
import type { PhaseContext, PhaseLines } from "./phaseContext.ts";

/**
 * G chart for the number of opportunities (e.g. discharges) between rare events,
 * geometric distribution: limits from the baseline mean m, m ± 3√(m(m + 1)),
 * lower limits floored at 0 (Montgomery, §7.3.3; Provost & Murray 2011, ch. 9).
 * The plotted centre line is the median of the baseline, which the skewed
 * distribution makes the better reference for runs; with a known `cl` (taken as
 * the mean) it is the geometric median 0.693 × cl (Provost & Murray 2011, p. 228).
 */
export function gChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const mean = context.knownCenter ?? baseMean(statistic, base, start, end);
  const sigma = Math.sqrt(mean * (mean + 1));
  const lower = mean - 3 * sigma;
  const lower95 = mean - 2 * sigma;
  const center = context.knownCenter === undefined ? baseMedian(statistic, base, start, end) : 0.693 * context.knownCenter;
  return { cl: center, lcl: lower < 0 ? 0 : lower, lcl95: lower95 < 0 ? 0 : lower95, ucl: mean + 3 * sigma, ucl95: mean + 2 * sigma };
}
