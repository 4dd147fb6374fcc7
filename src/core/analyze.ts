import { chartDefinitions } from "./charts/chartDefinitions.ts";
import type { Lines, PhaseContext } from "./charts/phaseContext.ts";
import { SpcError } from "./errors.ts";
import { fromZodError } from "./internal/fromZodError.ts";
import { article, readSeries } from "./internal/readSeries.ts";
import { markBaseline } from "./phases/markBaseline.ts";
import { splitPhases } from "./phases/splitPhases.ts";
import { buildSubgroups } from "./prepare/subgroups.ts";
import { parseX } from "./prepare/parseX.ts";
import { ChartResult } from "./result/chartResult.ts";
import { analyzeRuns } from "./rules/analyzeRuns.ts";
import { summarizePhases } from "./result/summarizePhases.ts";
import { ChartSpecSchema, expectedBySpecField, type ChartSpecInput } from "./schema/chartSpec.ts";
import type { SpcWarning } from "./types.ts";

/**
 * Analyses one series: groups rows into subgroups, splits them into phases,
 * computes the centre line and limits of the chart type from each phase's
 * baseline, and finds non-random variation with the chosen rule set and the
 * 3-sigma rule (DESIGN.md §2–§5). Defaults follow qicharts2.
 *
 * Missing values (`null`, or NaN in a `Float64Array`) stay in the result as
 * gaps and are listed in `warnings`; they never become 0.
 *
 * @param spec - the chart specification (see `ChartSpecSchema`)
 * @returns the result, with typed-array columns and `toJSON()`
 * @throws {SpcError} `invalid_input` for bad values in y, n or x (naming the index and the value),
 *   `invalid_option` for bad options, `insufficient_data` when every value is missing
 * @example
 * const result = analyze({ chart: "run", y: [39.9, 43.9, 48.1, 55.2, 46.2, 44.4] });
 * result.phases[0].cl; // => 45.3 (the median)
 * @example
 * analyze({ chart: "p", y: [99, 90, 106], n: [117, 114, 137], multiply: 100 }).toJSON().points[0].ucl;
 * // => 91.22298786582638 (percent)
 */
export function analyze(spec: ChartSpecInput): ChartResult {
  const parsed = ChartSpecSchema.safeParse(spec);
  if (!parsed.success) throw fromZodError(parsed.error, spec, expectedBySpecField);
  const options = parsed.data;
  const chart = options.chart;
  const definition = chartDefinitions[chart];
  const warnings: SpcWarning[] = [];

  if (definition.denominator === "required" && options.n === undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], expected: `denominators (one per y) for ${article(chart)} ${chart} chart`, received: undefined });
  }
  if (definition.denominator === "forbidden" && options.n !== undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: `${article(chart)} ${chart} chart does not use denominators; leave n out` });
  }
  if (chart === "xbar" && options.aggregate !== undefined && options.aggregate !== "mean") {
    throw new SpcError({ code: "invalid_option", path: ["aggregate"], expected: `"mean" (an xbar chart plots subgroup means)`, received: options.aggregate });
  }
  const y = readSeries("y", options.y, definition.y, chart);
  const n = options.n === undefined ? null : readSeries("n", options.n, definition.n, chart);
  if (n !== null && n.length !== y.length) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: `expected ${y.length} values (one per y), received ${n.length}` });
  }
  if (n !== null && definition.proportion) {
    for (let i = 0; i < y.length; i++) {
      if ((y[i] as number) > (n[i] as number)) {
        throw new SpcError({
          code: "invalid_input",
          path: ["y", i],
          detail: `numerator (${y[i]}) exceeds denominator n[${i}] (${n[i]}) in ${article(chart)} ${chart} chart`,
        });
      }
    }
  }
  if (options.aggregate !== undefined && (n !== null || chart === "c" || chart === "s")) {
    warnings.push({
      code: "aggregate_ignored",
      message:
        n !== null
          ? `aggregate "${options.aggregate}" is not used: with denominators each subgroup's value is Σy/Σn`
          : `aggregate "${options.aggregate}" is not used: ${article(chart)} ${chart} chart plots the subgroup ${chart === "c" ? "sum" : "standard deviation"}`,
    });
  }

  const x = parseX(options.x, y.length, options.period);
  const groups = buildSubgroups(y, n, x, { aggregate: options.aggregate ?? "mean", moments: definition.moments });
  const length = groups.length;
  if (length === 0) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: "y is empty" });
  if (groups.count.every((c) => c === 0)) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: "every y is missing" });

  const phases = splitPhases(length, options.breaks);
  const included = new Uint8Array(length).fill(1);
  options.exclude.forEach((index, k) => {
    if (index < 0 || index >= length) {
      throw new SpcError({
        code: "invalid_option",
        path: ["exclude", k],
        expected: `a 0-based subgroup index from 0 to ${length - 1} (N = ${length} subgroups)`,
        received: index,
      });
    }
    included[index] = 0;
  });
  const baselines = markBaseline(length, phases, options.freeze);
  const base = new Uint8Array(length);
  for (let i = 0; i < length; i++) base[i] = (baselines.flags[i] as number) & (included[i] as number);

  const source = definition.statistic === "value" ? groups.value : definition.statistic === "ySum" ? groups.ySum : (groups.ySd as Float64Array);
  if (chart === "s" && source.every((v) => Number.isNaN(v))) {
    throw new SpcError({ code: "insufficient_data", path: ["x"], detail: "an s chart needs subgroups of at least 2 values, and every subgroup has fewer" });
  }
  const statistic = source.slice();
  const lines: Lines = {
    cl: new Float64Array(length).fill(Number.NaN),
    lcl: new Float64Array(length).fill(Number.NaN),
    ucl: new Float64Array(length).fill(Number.NaN),
    lcl95: new Float64Array(length).fill(Number.NaN),
    ucl95: new Float64Array(length).fill(Number.NaN),
  };
  const categorical = groups.xType === "category";
  for (const phase of phases) {
    const context: PhaseContext = {
      start: phase.start,
      end: phase.end,
      base,
      statistic,
      groups,
      lines,
      knownCenter: options.cl,
      screenMovingRanges: options.screenMovingRanges,
      categorical,
    };
    definition.compute(context);
  }

  const runs = analyzeRuns({
    rules: options.rules,
    improvement: options.improvement ?? null,
    runsApplicable: definition.runs && !categorical,
    phases,
    statistic,
    center: lines.cl,
    included,
  });

  // To the plotted scale; limits that do not exist (e.g. ±Infinity from a zero denominator) become NaN.
  const multiply = options.multiply;
  const { cl, lcl, ucl, lcl95, ucl95 } = lines;
  for (let i = 0; i < length; i++) {
    statistic[i] = (statistic[i] as number) * multiply;
    cl[i] = finiteOrNaN((cl[i] as number) * multiply);
    lcl[i] = finiteOrNaN((lcl[i] as number) * multiply);
    ucl[i] = finiteOrNaN((ucl[i] as number) * multiply);
    lcl95[i] = finiteOrNaN((lcl95[i] as number) * multiply);
    ucl95[i] = finiteOrNaN((ucl95[i] as number) * multiply);
  }
  if (!options.allowNegativeLimits) clampNegativeLimits(statistic, lines);

  // Strictly outside the limits, on the plotted scale; excluded points are tested too.
  const sigmaSignal = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const v = statistic[i] as number;
    sigmaSignal[i] = v > (lines.ucl[i] as number) || v < (lines.lcl[i] as number) ? 1 : 0;
  }
  const summary = summarizePhases({
    phases,
    runs: runs.phases,
    baselineEnds: baselines.ends,
    improvement: options.improvement ?? null,
    limits: definition.limits,
    statistic,
    lines,
    sigmaSignal,
  });
  // One warning per phase at most: concatenated, never spread into arguments (phases can number in the millions).
  const allWarnings = warnings.concat(baselines.warnings, runs.warnings, summary.warnings, dataWarnings(groups.count, groups.zeroDenominators));
  if (chart === "ip" && (options.exclude.length > 0 || options.freeze !== undefined)) {
    allWarnings.push({
      code: "options_ignored",
      message: "the I′ chart estimates sigma from every point of each phase: freeze and exclude affect only its centre line",
    });
  }
  if (!definition.runs || categorical) {
    allWarnings.push({
      code: "runs_not_applicable",
      message: categorical
        ? "x is categorical, so the points have no order: runs and crossings are not tested"
        : "moving ranges are not independent, so runs and crossings are not tested on an MR chart",
    });
  }

  const phase = new Uint32Array(length);
  phases.forEach((range, p) => phase.fill(p, range.start, range.end + 1));
  return new ChartResult({
    chart,
    rules: options.rules,
    multiply,
    xType: groups.xType,
    period: options.period ?? null,
    target: options.target ?? null,
    improvement: options.improvement ?? null,
    keys: groups.keys,
    labels: groups.labels,
    value: statistic,
    numerator: groups.ySum,
    denominator: groups.nSum,
    count: groups.count,
    ...lines,
    phase,
    baseline: baselines.flags,
    included,
    sigmaSignal,
    runsSignal: runs.pointSignals,
    shift: new Uint8Array(length),
    trend: new Uint8Array(length),
    astronomical: new Uint8Array(length),
    phases: summary.summaries,
    signals: summary.signals,
    warnings: allWarnings,
  });
}

function finiteOrNaN(value: number): number {
  return value - value === 0 ? value : Number.NaN;
}

/** With `allowNegativeLimits: false` and no negative value, negative lower limits become 0 (qicharts2's `y.neg`). */
function clampNegativeLimits(values: Float64Array, lines: Lines): void {
  for (const v of values) if (v < 0) return;
  for (let i = 0; i < values.length; i++) {
    if ((lines.lcl[i] as number) < 0) lines.lcl[i] = 0;
    if ((lines.lcl95[i] as number) < 0) lines.lcl95[i] = 0;
  }
}

const listed = 10;

function dataWarnings(count: Uint32Array, zeroDenominators: readonly number[]): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  const missing: number[] = [];
  for (let i = 0; i < count.length; i++) if (count[i] === 0) missing.push(i);
  if (missing.length > 0) {
    warnings.push({
      code: "missing_values",
      message: `${missing.length} subgroup${missing.length === 1 ? " has" : "s have"} no value (${describeIndices(missing)}); shown as gaps and left out of the calculations`,
      indices: missing,
    });
  }
  if (zeroDenominators.length > 0) {
    warnings.push({
      code: "zero_denominator",
      message: `${zeroDenominators.length} subgroup${zeroDenominators.length === 1 ? " has" : "s have"} a zero denominator (${describeIndices(zeroDenominators)}); shown as gaps`,
      indices: zeroDenominators,
    });
  }
  return warnings;
}

function describeIndices(indices: readonly number[]): string {
  const shown = indices.slice(0, listed).join(", ");
  return `${indices.length === 1 ? "index" : "indices"} ${shown}${indices.length > listed ? ", …" : ""}`;
}
