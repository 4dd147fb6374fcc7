import { computeChart, type ChartComputation } from "./internal/computeChart.ts";
import { prepareSeries } from "./internal/prepareSeries.ts";
import { autoPhase, defaultMinPhaseLength } from "./phases/autoPhase.ts";
import { splitPhases, type PhaseRange } from "./phases/splitPhases.ts";
import { assessLastPhase } from "./result/assessLastPhase.ts";
import { ChartResult } from "./result/chartResult.ts";
import type { ChartSpecInput } from "./schema/chartSpec.ts";
import type { AutoBreak, SpcWarning } from "./types.ts";

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
  const prepared = prepareSeries(spec);
  const { options, groups, definition } = prepared;
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
    ({ computation, autoBreaks } = autoPhase(length, options.breaks, minLength, (phases) => computeChart(prepared, phases, freezeFor(phases))));
  }

  const { statistic, lines, rules, sigmaSignal, summaries, signals } = computation;
  const improvement = options.improvement ?? null;
  const target = options.target ?? null;
  const warnings: SpcWarning[] = prepared.warnings.concat(computation.warnings, dataWarnings(groups.count, groups.missing, groups.zeroDenominators));
  if (options.chart === "ip" && (options.exclude.length > 0 || options.freeze !== undefined)) {
    warnings.push({ code: "options_ignored", message: "the I′ chart estimates sigma from every point of each phase: freeze and exclude affect only its centre line" });
  }
  if (!definition.runs || groups.xType === "category") {
    warnings.push({
      code: "runs_not_applicable",
      message:
        groups.xType === "category"
          ? "x is categorical, so the points have no order: runs, crossings, shifts and trends are not tested"
          : "moving ranges are not independent, so runs, crossings, shifts and trends are not tested on an MR chart",
    });
  }
  // A point the user excluded (a known special cause) is still shown as outside the limits, but does not make the phase "changed".
  const lastHasSignal = signals.some((s) => s.phase === summaries.length - 1 && s.indices.some((i) => prepared.included[i] === 1));
  const assessment = assessLastPhase(summaries, lastHasSignal, target, improvement);
  if (target !== null && assessment.target === null) {
    warnings.push({
      code: "target_unassessed",
      phase: summaries.length - 1,
      message:
        improvement === null
          ? "the target is not assessed: give improvement (\"up\" or \"down\") to say which side of it is good"
          : `the target is not assessed: phase ${summaries.length} has no control limits`,
    });
  }

  // Each point's direction combines the signals it is part of (bits: 1 improvement, 2 deterioration, 4 neutral).
  let direction: Uint8Array | null = null;
  if (improvement !== null) {
    direction = new Uint8Array(length);
    for (const signal of signals) {
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
    period: prepared.period,
    target,
    improvement,
    keys: groups.keys,
    labels: groups.labels,
    value: statistic,
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

const listed = 10;

function dataWarnings(counts: () => Uint32Array, missingCount: number, zeroDenominators: readonly number[]): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  const missing: number[] = [];
  if (missingCount > 0) {
    const count = counts();
    for (let i = 0; i < count.length; i++) if (count[i] === 0) missing.push(i);
  }
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
