import type { ValueKind } from "../charts/chartDefinitions.ts";
import type { PhaseContext, PhaseLines } from "../charts/phaseContext.ts";
import { SpcError } from "../errors.ts";
import { prepareSeries } from "../internal/prepareSeries.ts";
import { readSeries } from "../internal/readSeries.ts";
import { sigmaLine, sigmaOf, type SigmaLimitRules } from "../internal/sigmaLimits.ts";
import type { ChartSpecInput } from "../schema/chartSpec.ts";

/** A new subgroup's plotted value and lines, as `analyze` gives them for a point after a frozen baseline. @internal */
export interface FrozenPoint {
  readonly value: number;
  readonly cl: number;
  readonly lcl: number;
  readonly ucl: number;
}

/** A subgroup for {@link frozenLimits}: its y and n (null when missing or not given). @internal */
export interface FrozenRow {
  readonly y: number | null;
  readonly n: number | null;
}

/**
 * The lines of a frozen baseline, computed once: the centre line and limits of
 * run, I, MR, T, C and G charts, and the model of σᵢ of P, U, P′ and U′ charts
 * (p̄ or ū, with Laney's σ_z), from which each new subgroup's limits follow from
 * its own denominator. The returned function gives a new subgroup's value and
 * lines in constant time, with the arithmetic of `analyze` (computeChart and the
 * chart modules), so they equal what `analyze` gives for a subgroup after the
 * baseline (property-tested through `createMonitor`). It checks y and n as
 * `analyze` does and throws its errors (for `y[0]`, `n[0]`).
 *
 * The chart modules read only the baseline's points, so they are given the
 * baseline and one placeholder subgroup outside it (y = n = 1): a baseline whose
 * every value is missing then gives lines of NaN, as `analyze` does, instead of
 * being refused.
 *
 * @param spec - the spec holding exactly the baseline (its `freeze` subgroups, with `exclude`)
 * @internal
 */
export function frozenLimits(spec: ChartSpecInput & { readonly y: readonly (number | null)[]; readonly n?: readonly (number | null)[] }): (row: FrozenRow, previous: FrozenRow) => FrozenPoint {
  const freeze = spec.y.length;
  const hasN = spec.n !== undefined;
  const prepared = prepareSeries({ ...spec, y: [...spec.y, 1], ...(hasN ? { n: [...(spec.n ?? []), 1] } : {}), freeze } as ChartSpecInput);
  const { options, definition, groups, included } = prepared;
  const chart = options.chart;
  const multiply = options.multiply;
  const source = definition.statistic === "ySum" ? groups.ySum : groups.value;
  const statistic = definition.writesStatistic ? source.slice() : source;
  const base = included.slice();
  base[freeze] = 0; // the placeholder
  const context: PhaseContext = { start: 0, end: freeze, base, statistic, groups, knownCenter: options.cl, screenMovingRanges: options.screenMovingRanges, categorical: false };
  const finiteOrNaN = (v: number): number => (v - v === 0 ? v : Number.NaN);
  // A row's value before the chart's own step: y, or y/n with denominators (missing when either is, or n is 0).
  const ratio = ({ y, n }: FrozenRow): number => (y === null || (hasN && n === null) ? Number.NaN : hasN ? finiteOrNaN(y / (n as number)) : y);
  const scale = (v: number): number => {
    const scaled = v * multiply;
    if (v === v && !Number.isFinite(scaled)) throw new SpcError({ code: "invalid_option", path: ["multiply"], detail: `${multiply} makes the value of the new subgroup (${v}) too large for a number` });
    return scaled;
  };
  // A number that fits the chart (or null) passes at once; anything else goes through readSeries for analyze's error.
  const fits = (v: number | null, kind: ValueKind): boolean =>
    v === null || (typeof v === "number" && v - v === 0 && (kind === "any" || (kind === "count" ? v >= 0 && Number.isInteger(v) : kind === "nonNegative" ? v >= 0 : v > 0)));
  const check = ({ y, n }: FrozenRow): void => {
    if (fits(y, definition.y) && (!hasN || (fits(n, definition.n) && !(definition.proportion && y !== null && n !== null && y > n)))) return;
    const ys = readSeries("y", [y], definition.y, chart).values;
    if (hasN && readSeries("n", [n], definition.n, chart, definition.proportion ? ys : null).exceeded === 0) {
      if (n === 0) throw new SpcError({ code: "invalid_input", path: ["n", 0], detail: { key: "zeroDenominator", numerator: y as number, chart } });
      throw new SpcError({ code: "invalid_input", path: ["y", 0], detail: `numerator (${y}) exceeds denominator n (${n}) in a ${chart} chart` });
    }
  };

  if (definition.lines === "sigma") {
    const model = definition.compute(context);
    const rules: SigmaLimitRules = { lowerAtZero: definition.lowerAtZero, capAtOne: definition.proportion, multiply, clampAtZero: !options.allowNegativeLimits };
    const cl = finiteOrNaN(model.cl * multiply);
    return (row) => {
      check(row);
      // An incomplete row has denominator 0 (no limits), as in analyze.
      const s = sigmaOf(model, row.y === null || row.n === null ? 0 : row.n);
      return { value: scale(ratio(row)), cl, lcl: sigmaLine(model.cl, s, 3, -1, rules), ucl: sigmaLine(model.cl, s, 3, 1, rules) };
    };
  }
  if (definition.lines !== "constant") throw new SpcError({ code: "invalid_option", path: ["chart"], detail: `a monitor does not support ${chart} charts` });
  const raw: PhaseLines = definition.compute(context);
  // analyze clamps negative lower limits (allowNegativeLimits: false) only when no value of the baseline and the new point is negative.
  let negative = false;
  for (let i = 0; i < freeze; i++) if ((statistic[i] as number) < 0) negative = true;
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
  // The plotted statistic: the moving range (MR), y^(1/3.6) taken back (T, as tChart writes it), or the value.
  const valueOf =
    chart === "mr"
      ? (row: FrozenRow, previous: FrozenRow): number => Math.abs(ratio(row) - ratio(previous))
      : chart === "t"
        ? (row: FrozenRow): number => Math.pow(Math.pow(ratio(row), 1 / 3.6), 3.6)
        : (row: FrozenRow): number => ratio(row);
  return (row, previous) => {
    check(row);
    const value = scale(valueOf(row, previous));
    const { cl, lcl, ucl } = negative || value < 0 ? unclamped : clamped;
    return { value, cl, lcl, ucl };
  };
}
