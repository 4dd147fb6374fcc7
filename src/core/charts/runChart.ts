import { baseMedian } from "../limits/baseStatistics.ts";
import type { PhaseContext, PhaseLines } from "./phaseContext.ts";

/**
 * Run chart: the centre line is the median of the baseline (Perla, Provost &
 * Murray 2011, "The run chart: a simple analytical tool for learning from
 * variation in healthcare processes", BMJ Qual Saf 20:46–51); no limits.
 */
export function runChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const center = context.knownCenter ?? baseMedian(statistic, base, start, end);
  return { cl: center, lcl: Number.NaN, ucl: Number.NaN, lcl95: Number.NaN, ucl95: Number.NaN };
}
