import { iChart } from "../charts/iChart.ts";
import { atLeastZero, atMostOne } from "../charts/pChart.ts";
import type { Lines, PhaseContext, PhaseLines, SigmaModel } from "../charts/phaseContext.ts";
import { markBaseline, type Baselines } from "../phases/markBaseline.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import { sigmaPoint, summarizePhases, type SigmaPoint } from "../result/summarizePhases.ts";
import { applyRules, type RulesOutput } from "../rules/applyRules.ts";
import { identicalValue, mean } from "../stats/mean.ts";
import type { PhaseSummary, Signal, SpcWarning } from "../types.ts";
import type { PreparedSeries } from "./prepareSeries.ts";
import { SpcError } from "../errors.ts";
import { once } from "./once.ts";
import { sigmaLimits, sigmaLine, sigmaOf, type SigmaLimitRules } from "./sigmaLimits.ts";

/** A column of the result, or what makes it when it is first read (a line that is constant within each phase). @internal */
export type LazyColumn = Float64Array | (() => Float64Array);

/** The result's line columns: the centre line as an array (the runs analysis walks it), the limits possibly lazy. @internal */
export interface LineColumns {
  readonly cl: Float64Array;
  readonly lcl: LazyColumn;
  readonly ucl: LazyColumn;
  readonly lcl95: LazyColumn;
  readonly ucl95: LazyColumn;
}

/** Everything computed for one split into phases, on the plotted scale. @internal */
export interface ChartComputation {
  readonly phases: readonly PhaseRange[];
  readonly baselines: Baselines;
  readonly statistic: Float64Array;
  readonly lines: LineColumns;
  readonly rules: RulesOutput;
  readonly sigmaSignal: Uint8Array;
  readonly summaries: PhaseSummary[];
  readonly signals: Signal[];
  /** Per phase, the first subgroup of the move when its direction was read in time (readDirection). */
  readonly since: readonly (number | null)[];
  readonly warnings: SpcWarning[];
}

/**
 * Computes the centre lines and limits of every phase from its baseline, applies
 * the rule set on the raw scale, scales to the plotted scale (`multiply`), and
 * tests every point against the limits.
 *
 * Charts whose lines are constant within a phase (run, I, MR, T, C, G) give one
 * set of lines per phase; only the centre line becomes a column here, and the
 * limit columns of the result are filled when they are first read. Charts whose
 * limits are cl ± kσᵢ (P, U, P′, U′, I′) give σᵢ per point: the 3-sigma columns
 * are written in one pass that also tests each point and sums the four lines for
 * the phase means, and the 2-sigma columns are filled when first read.
 * @internal
 */
export function computeChart(
  prepared: PreparedSeries,
  phases: readonly PhaseRange[],
  freeze: number | readonly (number | null)[] | undefined,
): ChartComputation {
  const { options, definition, groups, included } = prepared;
  const length = groups.length;
  const baselines = markBaseline(length, phases, freeze, prepared.words);
  // Without exclusions the points limits come from are just the baseline.
  let base = baselines.flags;
  if (prepared.options.exclude.length > 0) {
    base = new Uint8Array(length);
    for (let i = 0; i < length; i++) base[i] = (baselines.flags[i] as number) & (included[i] as number);
  }

  const source = definition.statistic === "value" ? groups.value : definition.statistic === "ySum" ? groups.ySum : (groups.ySd as Float64Array);
  // The subgroup columns are shared with the result (numerator) and with every split tried by autoPhase:
  // copy them only when the chart module writes the statistic. Scaled (multiply) without being written, the
  // plotted column is a copy of its own, made once per multiply for a kept preparation (prepareSeries).
  const written = definition.writesStatistic;
  const raw = written ? source.slice() : source;
  const categorical = groups.xType === "category";
  const context = (phase: PhaseRange, p: number): PhaseContext => ({
    start: phase.start,
    end: phase.end,
    base,
    wholeBase: freeze === undefined && options.exclude.length === 0,
    baseEnd: baselines.ends[p] ?? phase.end,
    statistic: raw,
    groups,
    knownCenter: options.cl,
    screenMovingRanges: options.screenMovingRanges,
    categorical,
  });

  // Raw-scale lines: per phase for constant-line charts (with the centre line as a column), σᵢ per point for
  // sigma charts (with the centre line per phase), else per point.
  const constants = definition.lines === "constant" ? phases.map((phase, p) => definition.compute(context(phase, p))) : null;
  const sigmaModels = definition.lines === "sigma" ? phases.map((phase, p) => definition.compute(context(phase, p))) : null;
  // σᵢ follows from the subgroup's denominator (the number of rows on an I′ chart without n).
  const denominators = sigmaModels === null ? null : (groups.nSum ?? Float64Array.from(groups.count()));
  let pointLines: Lines | null = null;
  if (definition.lines === "point") {
    const lines = emptyLines(length);
    phases.forEach((phase, p) => definition.compute({ ...context(phase, p), lines }));
    pointLines = lines;
  }
  const center = pointLines?.cl ?? fillPhases(length, phases, (constants ?? (sigmaModels as SigmaModel[])).map((c) => c.cl));
  // The limits of sigma charts as cl ± kσᵢ, clamped as the chart demands (raw scale).
  const capAtOne = definition.proportion;
  const lowerAtZero = definition.lines === "sigma" && definition.lowerAtZero;
  const lowerRaw = (c: number, s: number, k: number): number => (lowerAtZero ? atLeastZero(c - k * s) : c - k * s);
  const upperRaw = (c: number, s: number, k: number): number => (capAtOne ? atMostOne(c + k * s) : c + k * s);
  const rawSigmaLines = (): Lines => {
    const lines = emptyLines(length);
    phases.forEach(({ start, end }, p) => {
      const model = (sigmaModels as SigmaModel[])[p] as SigmaModel;
      const c = model.cl;
      lines.cl.fill(c, start, end + 1);
      for (let i = start; i <= end; i++) {
        const s = sigmaOf(model, (denominators as Float64Array)[i] as number);
        lines.lcl[i] = lowerRaw(c, s, 3);
        lines.ucl[i] = upperRaw(c, s, 3);
        lines.lcl95[i] = lowerRaw(c, s, 2);
        lines.ucl95[i] = upperRaw(c, s, 2);
      }
    });
    return lines;
  };

  // On a run chart, an astronomical point lies outside the limits of an I chart of the same phase.
  const astronomicalLimits = !definition.limits && prepared.ruleSet.astronomical ? phases.map((phase, p) => iChart({ ...context(phase, p), knownCenter: undefined })) : null;
  const rules = applyRules({
    ruleSet: prepared.ruleSet,
    improvement: options.improvement ?? null,
    patterns: definition.runs && !categorical,
    limits: definition.limits,
    phases,
    statistic: raw,
    center,
    lines: once(() => pointLines ?? (constants !== null ? linesFromConstants(length, phases, constants) : rawSigmaLines())),
    included,
    astronomicalLimits,
    words: prepared.words,
  });

  // To the plotted scale; limits that do not exist (e.g. ±Infinity from a zero denominator) become NaN.
  const multiply = options.multiply;
  let statistic = raw;
  if (multiply !== 1) {
    const kept = written ? undefined : prepared.scaled?.get(multiply);
    if (kept !== undefined) statistic = kept;
    else {
      // A written statistic (raw is the analysis' own copy) is scaled in place; a subgroup column into a copy.
      statistic = written ? raw : new Float64Array(length);
      for (let i = 0; i < length; i++) {
        const v = raw[i] as number;
        const scaled = v * multiply;
        if (v === v && !Number.isFinite(scaled)) {
          throw new SpcError({ code: "invalid_option", path: ["multiply"], detail: `${multiply} makes the value of subgroup ${i} (${v}) too large for a number` });
        }
        statistic[i] = scaled;
      }
      if (!written) prepared.scaled?.set(multiply, statistic);
    }
  }
  // With `allowNegativeLimits: false` and no negative value, negative lower limits become 0 (qicharts2's `y.neg`).
  // Counts and ratios of counts are never negative: no pass needed to know it.
  const clampAtZero = !options.allowNegativeLimits && (definition.y !== "any" || !hasNegative(statistic));
  let lineSummaries: PhaseLines[];
  let lines: LineColumns;
  const sigma: SigmaPoint[] = [];
  const sigmaSignal = new Uint8Array(length);
  if (constants !== null) {
    const scaled = constants.map((c) => clampNegative(scaleLines(c, multiply), clampAtZero));
    phases.forEach(({ start, end }, p) => {
      const { cl, lcl, ucl } = scaled[p] as PhaseLines;
      if (cl !== center[start]) center.fill(cl, start, end + 1);
      // Strictly outside the limits, on the plotted scale; excluded points are tested too. A run chart has no limits.
      if (definition.limits) testConstantLimits(statistic, start, end, lcl, ucl, sigmaSignal, sigma);
    });
    lineSummaries = scaled;
    const column = (line: keyof PhaseLines) => once(() => fillPhases(length, phases, scaled.map((c) => c[line])));
    // A run chart's four limit columns are one array of NaN.
    const none = definition.limits ? null : column("lcl");
    lines = { cl: center, lcl: none ?? column("lcl"), ucl: none ?? column("ucl"), lcl95: none ?? column("lcl95"), ucl95: none ?? column("ucl95") };
  } else if (sigmaModels !== null) {
    const limitRules: SigmaLimitRules = { lowerAtZero, capAtOne, multiply, clampAtZero };
    const n = denominators as Float64Array;
    const lcl = new Float64Array(length);
    const ucl = new Float64Array(length);
    lineSummaries = phases.map(({ start, end }, p) => {
      const model = sigmaModels[p] as SigmaModel;
      const cl = finiteOrNaN(model.cl * multiply);
      if (!Object.is(cl, center[start])) center.fill(cl, start, end + 1);
      return { cl, ...sigmaLimits(statistic, n, model, start, end, limitRules, lcl, ucl, sigmaSignal, sigma) };
    });
    // The 2-sigma lines, made when first read (drawn, or read by code that uses the columns).
    const narrow = (sign: 1 | -1) =>
      once(() => {
        const out = new Float64Array(length);
        phases.forEach(({ start, end }, p) => {
          const model = sigmaModels[p] as SigmaModel;
          for (let i = start; i <= end; i++) out[i] = sigmaLine(model.cl, sigmaOf(model, n[i] as number), 2, sign, limitRules);
        });
        return out;
      });
    lines = { cl: center, lcl, ucl, lcl95: narrow(-1), ucl95: narrow(1) };
  } else {
    const { cl, lcl, ucl, lcl95, ucl95 } = pointLines as Lines;
    for (let i = 0; i < length; i++) {
      cl[i] = finiteOrNaN((cl[i] as number) * multiply);
      lcl[i] = clampLower(finiteOrNaN((lcl[i] as number) * multiply), clampAtZero);
      ucl[i] = finiteOrNaN((ucl[i] as number) * multiply);
      lcl95[i] = clampLower(finiteOrNaN((lcl95[i] as number) * multiply), clampAtZero);
      ucl95[i] = finiteOrNaN((ucl95[i] as number) * multiply);
    }
    testPointLimits(statistic, lcl, ucl, sigmaSignal, sigma);
    lineSummaries = phases.map(({ start, end }) => ({
      cl: lineMean(cl, start, end),
      lcl: lineMean(lcl, start, end),
      ucl: lineMean(ucl, start, end),
      lcl95: lineMean(lcl95, start, end),
      ucl95: lineMean(ucl95, start, end),
    }));
    lines = pointLines as Lines;
  }
  // On a control chart an astronomical point is one outside the chart's own limits.
  if (definition.limits && prepared.ruleSet.astronomical) rules.astronomical.set(sigmaSignal);

  const summary = summarizePhases({
    phases,
    rules: rules.phases,
    baselineEnds: baselines.ends,
    improvement: options.improvement ?? null,
    limits: definition.limits,
    lines: lineSummaries,
    included,
    sigma,
    words: prepared.words,
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
    since: summary.since,
    warnings: [...baselines.warnings, ...rules.warnings, ...summary.warnings],
  };
}

/**
 * The mean of a line over a phase: a line that is constant over the phase (the centre line of Xbar and S charts)
 * is found in one read that stops at the first difference; the others take the two passes of the mean.
 */
function lineMean(line: Float64Array, start: number, end: number): number {
  return identicalValue(line, start, end, null) ?? mean(line, start, end, null);
}

/** Flags and lists the points of subgroups `start…end` strictly outside limits constant over them. */
function testConstantLimits(values: Float64Array, start: number, end: number, lcl: number, ucl: number, flags: Uint8Array, out: SigmaPoint[]): void {
  for (let i = start; i <= end; i++) {
    const v = values[i] as number;
    if (v > ucl || v < lcl) {
      flags[i] = 1;
      out.push(sigmaPoint(i, v > ucl));
    }
  }
}

/** Flags and lists the points strictly outside their own limits. */
function testPointLimits(values: Float64Array, lcl: Float64Array, ucl: Float64Array, flags: Uint8Array, out: SigmaPoint[]): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const upper = ucl[i] as number;
    if (v > upper || v < (lcl[i] as number)) {
      flags[i] = 1;
      out.push(sigmaPoint(i, v > upper));
    }
  }
}

/** Per-point line columns: the chart modules with per-point lines write every point of every phase. */
function emptyLines(length: number): Lines {
  return { cl: new Float64Array(length), lcl: new Float64Array(length), ucl: new Float64Array(length), lcl95: new Float64Array(length), ucl95: new Float64Array(length) };
}

/** The per-point columns of constant lines (for the rules that walk the limits point by point). */
function linesFromConstants(length: number, phases: readonly PhaseRange[], constants: readonly PhaseLines[]): Lines {
  const line = (key: keyof PhaseLines): Float64Array => fillPhases(length, phases, constants.map((c) => c[key]));
  return { cl: line("cl"), lcl: line("lcl"), ucl: line("ucl"), lcl95: line("lcl95"), ucl95: line("ucl95") };
}

function fillPhases(length: number, phases: readonly PhaseRange[], values: readonly number[]): Float64Array {
  const column = new Float64Array(length);
  phases.forEach(({ start, end }, p) => column.fill(values[p] as number, start, end + 1));
  return column;
}

function scaleLines(lines: PhaseLines, multiply: number): PhaseLines {
  return {
    cl: finiteOrNaN(lines.cl * multiply),
    lcl: finiteOrNaN(lines.lcl * multiply),
    ucl: finiteOrNaN(lines.ucl * multiply),
    lcl95: finiteOrNaN(lines.lcl95 * multiply),
    ucl95: finiteOrNaN(lines.ucl95 * multiply),
  };
}

function finiteOrNaN(value: number): number {
  return value - value === 0 ? value : Number.NaN;
}

function hasNegative(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < 0) return true;
  return false;
}

function clampLower(limit: number, clampAtZero: boolean): number {
  return clampAtZero && limit < 0 ? 0 : limit;
}

function clampNegative(lines: PhaseLines, clampAtZero: boolean): PhaseLines {
  return { ...lines, lcl: clampLower(lines.lcl, clampAtZero), lcl95: clampLower(lines.lcl95, clampAtZero) };
}
