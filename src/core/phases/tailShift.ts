import type { Lines, PhaseContext } from "../charts/phaseContext.ts";
import { pooledStandardDeviation } from "../charts/pooledStandardDeviation.ts";
import type { PreparedSeries } from "../internal/prepareSeries.ts";
import { sliceSeries } from "../internal/sliceSeries.ts";
import type { AutoBreak } from "../types.ts";
import { countUseful, firstSustainedRun } from "./firstSustainedRun.ts";
import type { PhaseRange } from "./splitPhases.ts";

/**
 * The earliest sustained shift of subgroups `phase.start…phase.end` computed
 * alone as one phase without a freeze (its baseline is all its included
 * points): the chart module gives the centre line on the raw scale, as in
 * `computeChart`, and only the shift and long-run rules are applied. One pass
 * of the chart module over the part, one count of useful points, and the runs
 * up to the first qualifying one.
 * @internal
 */
export function tailShift(prepared: PreparedSeries, phase: PhaseRange, minLength: number): AutoBreak | null {
  const { definition, options } = prepared;
  const sliced = sliceSeries(prepared, phase.start, phase.end);
  const { groups, included } = sliced;
  const last = phase.end - phase.start;
  const source = definition.statistic === "value" ? groups.value : definition.statistic === "ySum" ? groups.ySum : (groups.ySd as Float64Array);
  const statistic = definition.writesStatistic ? source.slice() : source;
  const context: PhaseContext = {
    start: 0,
    end: last,
    base: included,
    statistic,
    groups,
    knownCenter: options.cl,
    screenMovingRanges: options.screenMovingRanges,
    categorical: groups.xType === "category",
  };
  let center: number | Float64Array;
  // An S chart's centre line is s̄ alone; its limits (B3 and B4 per subgroup size) are not needed here.
  if (options.chart === "s") center = options.cl ?? pooledStandardDeviation(context);
  else if (definition.lines === "constant") center = definition.compute(context).cl;
  else if (definition.lines === "sigma") center = definition.compute(context).cl;
  else {
    const lines: Lines = { cl: new Float64Array(last + 1), lcl: new Float64Array(last + 1), ucl: new Float64Array(last + 1), lcl95: new Float64Array(last + 1), ucl95: new Float64Array(last + 1) };
    definition.compute({ ...context, lines });
    center = lines.cl;
  }
  const found = firstSustainedRun(statistic, center, included, 0, last, countUseful(statistic, center, included, 0, last), prepared.ruleSet, minLength);
  return found === null ? null : { index: found.index + phase.start, rule: found.rule, indices: found.indices.map((i) => i + phase.start) };
}
