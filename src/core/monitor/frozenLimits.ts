import type { PhaseContext, PhaseLines } from "../charts/phaseContext.ts";
import { SpcError } from "../errors.ts";
import { prepareSeries } from "../internal/prepareSeries.ts";
import { readSeries } from "../internal/readSeries.ts";
import type { ValueKind } from "../charts/chartDefinitions.ts";
import { sigmaLine, sigmaOf, type SigmaLimitRules } from "../internal/sigmaLimits.ts";
import type { ChartSpecInput } from "../schema/chartSpec.ts";

/** A new subgroup's plotted value and lines, as `analyze` gives them for a point after a frozen baseline. @internal */
export interface FrozenPoint {
  readonly value: number;
  readonly cl: number;
  readonly lcl: number;
  readonly ucl: number;
}

/**
 * The lines of a frozen baseline, computed once: the centre line and limits of
 * run, I, MR, T, C and G charts, and the model of σᵢ of P, U, P′ and U′ charts
 * (p̄ or ū, with Laney's σ_z), from which each new subgroup's limits follow from
 * its own denominator. The returned function gives a new subgroup's value and lines in
 * constant time, with the arithmetic of `analyze` (computeChart and the chart
 * modules), so they equal what `analyze` gives for the subgroup after the
 * baseline (property-tested through `createMonitor`). It checks y and n as
 * `analyze` does and throws the same errors (for `y[0]`, `n[0]`).
 *
 * @param spec - the spec holding exactly the baseline (its `freeze` subgroups, with `exclude`)
 * @internal
 */
export function frozenLimits(spec: ChartSpecInput): (y: number | null, n: number | null, previous: number | null) => FrozenPoint {
  const prepared = prepareSeries(spec);
  const { options, definition, groups, included } = prepared;
  const length = groups.length;
  const chart = options.chart;
  const multiply = options.multiply;
  const source = definition.statistic === "ySum" ? groups.ySum : groups.value;
  const statistic = definition.writesStatistic ? source.slice() : source;
  const context: PhaseContext = {
    start: 0,
    end: length - 1,
    base: included, // the whole window is the frozen baseline
    statistic,
    groups,
    knownCenter: options.cl,
    screenMovingRanges: options.screenMovingRanges,
    categorical: false,
  };
  // Whether the baseline's own values are negative (analyze clamps negative lower limits only when no value is).
  let negative = false;
  const scale = (v: number): number => {
    const scaled = v * multiply;
    if (v === v && !Number.isFinite(scaled)) throw new SpcError({ code: "invalid_option", path: ["multiply"], detail: `${multiply} makes the value of the new subgroup (${v}) too large for a number` });
    return scaled;
  };
  const finiteOrNaN = (v: number): number => (v - v === 0 ? v : Number.NaN);
  // A number that fits the chart (or null) passes at once; anything else goes through readSeries for analyze's error.
  const fits = (v: number | null, kind: ValueKind): boolean =>
    v === null ||
    (typeof v === "number" && v - v === 0 && (kind === "any" || (kind === "count" ? v >= 0 && Number.isInteger(v) : kind === "nonNegative" ? v >= 0 : v > 0)));
  const check = (y: number | null, n: number | null): void => {
    const needsN = definition.denominator === "required";
    if (fits(y, definition.y) && (!needsN || (fits(n, definition.n) && !(definition.proportion && y !== null && n !== null && y > n)))) return;
    const ys = readSeries("y", [y], definition.y, chart).values;
    if (definition.denominator === "required") {
      const read = readSeries("n", [n], definition.n, chart, definition.proportion ? ys : null);
      if (read.exceeded === 0) throw new SpcError({ code: "invalid_input", path: ["y", 0], detail: `numerator (${y}) exceeds denominator n (${n}) in a ${chart} chart` });
    }
  };

  if (definition.lines === "sigma") {
    const model = definition.compute(context);
    const rules: SigmaLimitRules = { lowerAtZero: definition.lowerAtZero, capAtOne: definition.proportion, multiply, clampAtZero: !options.allowNegativeLimits };
    const cl = finiteOrNaN(model.cl * multiply);
    return (y, n) => {
      check(y, n);
      const complete = y !== null && n !== null;
      const ratio = complete ? y / n : Number.NaN;
      const s = sigmaOf(model, complete ? n : 0);
      return { value: scale(ratio - ratio === 0 ? ratio : Number.NaN), cl, lcl: sigmaLine(model.cl, s, 3, -1, rules), ucl: sigmaLine(model.cl, s, 3, 1, rules) };
    };
  }
  if (definition.lines !== "constant") throw new SpcError({ code: "invalid_option", path: ["chart"], detail: `a monitor does not support ${chart} charts` });
  const raw: PhaseLines = definition.compute(context);
  for (let i = 0; i < length; i++) if ((statistic[i] as number) * multiply < 0) negative = true;
  const lines = (clampAtZero: boolean): PhaseLines => {
    const lower = (v: number): number => (clampAtZero && v < 0 ? 0 : v);
    return {
      cl: finiteOrNaN(raw.cl * multiply),
      lcl: lower(finiteOrNaN(raw.lcl * multiply)),
      ucl: finiteOrNaN(raw.ucl * multiply),
      lcl95: lower(finiteOrNaN(raw.lcl95 * multiply)),
      ucl95: finiteOrNaN(raw.ucl95 * multiply),
    };
  };
  const clamped = lines(!options.allowNegativeLimits);
  const unclamped = lines(false);
  const valueOf =
    chart === "mr"
      ? (y: number | null, previous: number | null): number => (y === null || previous === null ? Number.NaN : Math.abs(y - previous))
      : chart === "t"
        ? (y: number | null): number => (y === null ? Number.NaN : Math.pow(Math.pow(y, 1 / 3.6), 3.6))
        : (y: number | null): number => (y === null ? Number.NaN : y);
  return (y, _n, previous) => {
    check(y, null);
    const value = scale(valueOf(y, previous));
    const { cl, lcl, ucl } = negative || value < 0 ? unclamped : clamped;
    return { value, cl, lcl, ucl };
  };
}
