import { iChart } from "../charts/iChart.ts";
import type { Lines, PhaseContext } from "../charts/phaseContext.ts";
import { markBaseline, type Baselines } from "../phases/markBaseline.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import { summarizePhases } from "../result/summarizePhases.ts";
import { applyRules, type RulesOutput } from "../rules/applyRules.ts";
import type { PhaseSummary, Signal, SpcWarning } from "../types.ts";
import type { PreparedSeries } from "./prepareSeries.ts";
import { SpcError } from "../errors.ts";

/** Everything computed for one split into phases, on the plotted scale. @internal */
export interface ChartComputation {
  readonly phases: readonly PhaseRange[];
  readonly baselines: Baselines;
  readonly statistic: Float64Array;
  readonly lines: Lines;
  readonly rules: RulesOutput;
  readonly sigmaSignal: Uint8Array;
  readonly summaries: PhaseSummary[];
  readonly signals: Signal[];
  readonly warnings: SpcWarning[];
}

/**
 * Computes the centre lines and limits of every phase from its baseline, applies
 * the rule set on the raw scale, scales to the plotted scale (`multiply`), and
 * tests every point against the limits.
 * @internal
 */
export function computeChart(
  prepared: PreparedSeries,
  phases: readonly PhaseRange[],
  freeze: number | readonly (number | null)[] | undefined,
): ChartComputation {
  const { options, definition, groups, included } = prepared;
  const length = groups.length;
  const baselines = markBaseline(length, phases, freeze);
  // Without exclusions the points limits come from are just the baseline.
  let base = baselines.flags;
  if (prepared.options.exclude.length > 0) {
    base = new Uint8Array(length);
    for (let i = 0; i < length; i++) base[i] = (baselines.flags[i] as number) & (included[i] as number);
  }

  const source = definition.statistic === "value" ? groups.value : definition.statistic === "ySum" ? groups.ySum : (groups.ySd as Float64Array);
  // The subgroup columns are shared with the result (numerator) and with every split tried by autoPhase:
  // copy them only when the statistic is written (by the chart module, or by scaling).
  const statistic = definition.writesStatistic || options.multiply !== 1 ? source.slice() : source;
  const lines = definition.limits ? emptyLines(length, phases) : linesWithoutLimits(length);
  const categorical = groups.xType === "category";
  const context = (phase: PhaseRange, target: Lines, values: Float64Array): PhaseContext => ({
    start: phase.start,
    end: phase.end,
    base,
    statistic: values,
    groups,
    lines: target,
    knownCenter: options.cl,
    screenMovingRanges: options.screenMovingRanges,
    categorical,
  });
  for (const phase of phases) definition.compute(context(phase, lines, statistic));

  // On a run chart, an astronomical point lies outside the limits of an I chart of the same phase.
  let astronomicalLimits: Lines | null = null;
  if (!definition.limits && prepared.ruleSet.astronomical) {
    astronomicalLimits = emptyLines(length, phases);
    for (const phase of phases) iChart({ ...context(phase, astronomicalLimits, statistic), knownCenter: undefined });
  }
  const rules = applyRules({
    ruleSet: prepared.ruleSet,
    improvement: options.improvement ?? null,
    patterns: definition.runs && !categorical,
    limits: definition.limits,
    phases,
    statistic,
    lines,
    included,
    astronomicalLimits,
  });

  // To the plotted scale; limits that do not exist (e.g. ±Infinity from a zero denominator) become NaN.
  // Lines that are constant within a phase are scaled once per phase and filled, not point by point.
  const multiply = options.multiply;
  const { cl, lcl, ucl, lcl95, ucl95 } = lines;
  if (multiply !== 1) {
    for (let i = 0; i < length; i++) {
      const v = statistic[i] as number;
      const scaled = v * multiply;
      if (v === v && !Number.isFinite(scaled)) {
        throw new SpcError({ code: "invalid_option", path: ["multiply"], detail: `${multiply} makes the value of subgroup ${i} (${v}) too large for a number` });
      }
      statistic[i] = scaled;
    }
  }
  if (!definition.limits) {
    for (const { start, end } of phases) cl.fill(finiteOrNaN((cl[start] as number) * multiply), start, end + 1);
  } else if (definition.constantLines) {
    // A module writes a constant line over its whole phase or leaves it out (only the first entry is NaN):
    // a written line needs filling again only when scaling changes it.
    for (const { start, end } of phases) {
      for (const line of [cl, lcl, ucl, lcl95, ucl95]) {
        const raw = line[start] as number;
        const scaled = finiteOrNaN(raw * multiply);
        if (scaled !== raw) line.fill(scaled, start, end + 1);
      }
    }
  } else {
    for (let i = 0; i < length; i++) {
      cl[i] = finiteOrNaN((cl[i] as number) * multiply);
      lcl[i] = finiteOrNaN((lcl[i] as number) * multiply);
      ucl[i] = finiteOrNaN((ucl[i] as number) * multiply);
      lcl95[i] = finiteOrNaN((lcl95[i] as number) * multiply);
      ucl95[i] = finiteOrNaN((ucl95[i] as number) * multiply);
    }
  }
  if (!options.allowNegativeLimits) clampNegativeLimits(statistic, lines);

  // Strictly outside the limits, on the plotted scale; excluded points are tested too. A run chart has no limits.
  const sigmaSignal = new Uint8Array(length);
  if (definition.limits) {
    for (let i = 0; i < length; i++) {
      const v = statistic[i] as number;
      sigmaSignal[i] = v > (ucl[i] as number) || v < (lcl[i] as number) ? 1 : 0;
    }
  }
  // On a control chart an astronomical point is one outside the chart's own limits.
  if (definition.limits && prepared.ruleSet.astronomical) rules.astronomical.set(sigmaSignal);

  const summary = summarizePhases({
    phases,
    rules: rules.phases,
    baselineEnds: baselines.ends,
    improvement: options.improvement ?? null,
    limits: definition.limits,
    constantLines: definition.constantLines,
    statistic,
    lines,
    sigmaSignal,
  });
  return {
    phases,
    baselines,
    statistic,
    lines,
    rules,
    sigmaSignal,
    summaries: summary.summaries,
    signals: summary.signals,
    warnings: [...baselines.warnings, ...rules.warnings, ...summary.warnings],
  };
}

/**
 * Columns for the lines. Chart modules with per-point lines write every point
 * of a phase; those with constant lines write a whole phase or leave a line
 * out (a run chart has no limits). So only each phase's first entry needs to
 * start as NaN: the constant-line step copies it over the phase.
 */
function emptyLines(length: number, phases: readonly PhaseRange[]): Lines {
  const lines = {
    cl: new Float64Array(length),
    lcl: new Float64Array(length),
    ucl: new Float64Array(length),
    lcl95: new Float64Array(length),
    ucl95: new Float64Array(length),
  };
  for (const line of Object.values(lines)) for (const phase of phases) line[phase.start] = Number.NaN;
  return lines;
}

/**
 * The lines of a run chart: a centre line, and no limits — one NaN column
 * stands for all four limit columns (the result's columns are read-only).
 */
function linesWithoutLimits(length: number): Lines {
  const none = new Float64Array(length).fill(Number.NaN);
  return { cl: new Float64Array(length), lcl: none, ucl: none, lcl95: none, ucl95: none };
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
