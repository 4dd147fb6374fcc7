import { computeChart, type ChartComputation } from "./internal/computeChart.ts";
import { combinedRows } from "./internal/combinedRows.ts";
import { comparePhases } from "./result/comparePhases.ts";
import { periodGaps } from "./internal/periodGaps.ts";
import { gapWarnings, trueZeroDenominators } from "./internal/gapWarnings.ts";
import { prepareSeries } from "./internal/prepareSeries.ts";
import { autoPhase, defaultMinPhaseLength } from "./phases/autoPhase.ts";
import { shiftFinder } from "./phases/shiftFinder.ts";
import { splitPhases, type PhaseRange } from "./phases/splitPhases.ts";
import { assessLastPhase } from "./result/assessLastPhase.ts";
import { ChartResult } from "./result/chartResult.ts";
import type { ChartSpecInput } from "./schema/chartSpec.ts";
import type { AutoBreak, PhaseSummary, SpcWarning, Untested } from "./types.ts";
import { formatSubgroup } from "./words/formatSubgroup.ts";
import { plainNumber } from "./words/plainNumber.ts";
import { sayWarning } from "./words/sayWarning.ts";
import type { WarningPhrase } from "./words/warningPhrase.ts";
import type { Words } from "./words/words.ts";

/**
 * Analyses one series: groups rows into subgroups, splits them into phases,
 * computes the centre line and limits of the chart type from each phase's
 * baseline, and finds non-random variation with the chosen rule set and the
 * 3-sigma rule (DESIGN.md §2–§5). Defaults follow qicharts2.
 *
 * Missing values (`null`, or NaN in a `Float64Array`) stay in the result as
 * gaps and are listed in `warnings`; they never become 0. `assessment` gives
 * the verdict on the last phase; it and every warning are worded in the
 * language of `locale` (Danish for `da…`, English otherwise: `wordsFor`).
 *
 * Analysing the same data again with other options (an interface that
 * redraws on every change of baseline or phase): pass `y`, `n` and `x` as
 * arrays frozen with `Object.freeze`, the same arrays each time. What was
 * read and grouped from them is then kept and shared by the next result,
 * instead of being read again (DESIGN.md §3, "Analysing again").
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
  const prepared = prepareSeries(spec);
  const { options, groups, definition, words } = prepared;
  const length = groups.length;
  const userPhases = splitPhases(length, options.breaks);
  // A freeze belongs to a phase the user made; phases split off automatically have no baseline of their own.
  const freezeFor = (phases: readonly PhaseRange[]): number | (number | null)[] | undefined => {
    const freeze = options.freeze;
    if (freeze === undefined || phases.length === userPhases.length) return freeze;
    return phases.map((phase) => {
      const owner = userPhases.findIndex((user) => user.start === phase.start);
      if (owner < 0) return null;
      return typeof freeze === "number" ? (owner === 0 ? freeze : null) : (freeze[owner] ?? null);
    });
  };

  let computation: ChartComputation;
  let autoBreaks: AutoBreak[] = [];
  if (options.autoPhase === undefined || options.autoPhase === false) {
    computation = computeChart(prepared, userPhases, options.freeze);
  } else {
    const minLength = options.autoPhase === true ? defaultMinPhaseLength : (options.autoPhase.minLength ?? defaultMinPhaseLength);
    computation = computeChart(prepared, userPhases, options.freeze);
    // A new last part of a phase has no freeze: it is computed alone, from its own points.
    autoBreaks = autoPhase(userPhases, computation, minLength, shiftFinder(prepared, userPhases, minLength));
    if (autoBreaks.length > 0) {
      const phases = splitPhases(length, [...options.breaks, ...autoBreaks.map((b) => b.index)].sort((a, b) => a - b));
      computation = computeChart(prepared, phases, freezeFor(phases));
    }
  }

  const { statistic, lines, rules, sigmaSignal, summaries, signals } = computation;
  const improvement = options.improvement ?? null;
  const target = options.target ?? null;
  const plotted = definition.statistic === "ySd" ? (groups.ySd as Float64Array) : definition.statistic === "ySum" ? groups.ySum : groups.value;
  const spread = definition.statistic === "ySd" || (options.aggregate === "sd" && groups.nSum === null);
  const warnings: SpcWarning[] = prepared.warnings.concat(
    computation.warnings,
    dataWarnings(groups.count, groups.missing, trueZeroDenominators(groups.zeroDenominators, groups.nSum), words),
    gapWarnings(plotted, groups.count, groups.nSum, spread, words, (indices) => describeIndices(indices, words)),
  );
  const subgroupText = (i: number): string => formatSubgroup(words, { xType: groups.xType, period: prepared.period, keys: groups.keys, labels: groups.labels }, i);
  // A chart of single values whose rows were averaged by default (no aggregate chosen) says so when most points are means.
  const averaged = (options.chart === "run" || options.chart === "i" || options.chart === "mr") && options.n === undefined && options.aggregate === undefined;
  warnings.push(...combinedRows(groups, options.y.length, words, subgroupText, averaged));
  // Weeks, months, quarters or years with no row: the line is drawn across them, so they are named.
  if (groups.xType === "date" && groups.keys !== null) {
    warnings.push(...periodGaps(groups.keys, prepared.period, words, subgroupText));
  }
  if (options.chart === "ip" && (options.exclude.length > 0 || options.freeze !== undefined)) {
    const phrase: WarningPhrase = { key: "ipOptionsIgnored" };
    warnings.push({ code: "options_ignored", message: sayWarning(phrase, words), phrase });
  }
  const unordered = !definition.runs ? "mr_chart" : groups.xType === "category" ? "unordered_x" : null;
  if (unordered !== null) warnings.push({ code: "runs_not_applicable", message: words.warnings.runsNotApplicable(unordered) });
  const last = summaries[summaries.length - 1] as (typeof summaries)[number];
  // A rule set without a runs rule (no Anhøj rules, no shift rule, no runs test) never looked for a sustained shift.
  const { anhoej, shift, runs } = prepared.ruleSet;
  const untested: Untested | null = unordered ?? (anhoej === false && shift === false && !runs ? "no_runs_rules" : last.useful === 0 ? "no_useful_points" : null);
  const period = prepared.period;
  // A proportion chart's scale runs from 0 to multiply (1 for proportions, 100 for percent).
  const scale = definition.proportion ? options.multiply : null;
  // A point the user excluded (a known special cause) is still shown as outside the limits, but is never evidence of a change.
  const assessment = assessLastPhase({
    phases: summaries,
    signals,
    target,
    improvement,
    since: computation.since[summaries.length - 1] ?? null,
    untested,
    limits: definition.limits,
    words,
    comparison: summaries.length < 2 || !definition.runs ? null : comparePhases(statistic, prepared.included, summaries[summaries.length - 2] as PhaseSummary, last, prepared.ruleSet, improvement),
    subgroup: subgroupText,
    scale,
  });
  if (assessment.assuranceReason !== null && assessment.assuranceReason !== "no_target" && target !== null) {
    const phrase: WarningPhrase = { key: "targetUnassessed", reason: assessment.assuranceReason, chart: options.chart, target, scale, phase: last.phase, phases: summaries.length, useful: last.useful };
    warnings.push({ code: "target_unassessed", phase: last.phase, message: sayWarning(phrase, words), phrase });
  }
  // A percent chart's target of 0.5 beside values that are all above 1 % was perhaps meant as a proportion (50 %).
  // It is still judged: 0.5 % can be a real target. A target of 0 is the same on either scale.
  if (scale !== null && scale > 1 && target !== null && target > 0 && target <= 1 && allAbove(statistic, 1)) {
    const format = (v: number): string => plainNumber(v, words);
    warnings.push({ code: "target_maybe_proportion", message: words.warnings.targetMaybeProportion(format(target), format(scale), format(target * scale)) });
  }

  // Each point's direction combines the signals it is part of (bits: 1 improvement, 2 deterioration, 4 neutral).
  let direction: Uint8Array | null = null;
  if (improvement !== null) {
    direction = new Uint8Array(length);
    for (const signal of signals) {
      // An excluded signal keeps its mark on the chart but not a direction: it is not evidence of a change.
      if (signal.excluded) continue;
      const bit = signal.direction === "improvement" ? 1 : signal.direction === "deterioration" ? 2 : 4;
      for (const i of signal.indices) direction[i] = (direction[i] as number) | bit;
    }
  }

  const phase = (): Uint32Array => {
    const column = new Uint32Array(length);
    computation.phases.forEach((range, p) => column.fill(p, range.start, range.end + 1));
    return column;
  };
  return new ChartResult({
    chart: options.chart,
    rules: prepared.rulesName,
    ruleSet: prepared.ruleSet,
    multiply: options.multiply,
    xType: groups.xType,
    period,
    target,
    improvement,
    keys: groups.keys,
    labels: groups.labels,
    value: options.chart === "t" ? inputValues(groups.value, statistic, options.multiply) : statistic,
    numerator: groups.ySum,
    denominator: groups.nSum,
    count: groups.count,
    ...lines,
    phase,
    baseline: computation.baselines.flags,
    included: prepared.included,
    sigmaSignal,
    runsSignal: rules.runsSignal,
    shift: rules.shift,
    trend: rules.trend,
    astronomical: rules.astronomical,
    direction,
    phases: summaries,
    signals,
    assessment,
    autoBreaks,
    warnings,
  });
}

/**
 * The plotted values of a T chart: the input values (times multiply), not their round trip through y^(1/3.6) and
 * back (2 became 1.9999999999999998). The rules and the 3-sigma test keep the round trip (`statistic`), which puts
 * each point on the side of the centre line it has on the transformed scale.
 */
function inputValues(values: Float64Array, statistic: Float64Array, multiply: number): Float64Array {
  if (multiply === 1) return values;
  const plotted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = (values[i] as number) * multiply;
    plotted[i] = Number.isFinite(v) || v !== v ? v : (statistic[i] as number);
  }
  return plotted;
}

const listed = 10;

/** Some value is a number, and every number is above `floor` (missing values are NaN and skipped). */
function allAbove(values: Float64Array, floor: number): boolean {
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (!(v > floor)) return false;
    any = true;
  }
  return any;
}

function dataWarnings(counts: () => Uint32Array, missingCount: number, zeroDenominators: readonly number[], words: Words): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  const missing: number[] = [];
  if (missingCount > 0) {
    const count = counts();
    for (let i = 0; i < count.length; i++) if (count[i] === 0) missing.push(i);
  }
  if (missing.length > 0) {
    warnings.push({
      code: "missing_values",
      message: words.warnings.missingValues(missing.length, describeIndices(missing, words)),
      indices: missing,
    });
  }
  if (zeroDenominators.length > 0) {
    warnings.push({
      code: "zero_denominator",
      message: words.warnings.zeroDenominator(zeroDenominators.length, describeIndices(zeroDenominators, words)),
      indices: zeroDenominators,
    });
  }
  return warnings;
}

function describeIndices(indices: readonly number[], words: Words): string {
  return words.warnings.indices(indices.slice(0, listed), indices.length > listed);
}
