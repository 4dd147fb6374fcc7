import { analyze } from "../analyze.ts";
import { tRuleValue } from "../charts/tChart.ts";
import { SpcError } from "../errors.ts";
import { RunCounter } from "../rules/countRuns.ts";
import { TrendTracker } from "../rules/detectTrends.ts";
import { evaluateRuns, type RunsVerdict } from "../rules/evaluateRuns.ts";
import type { RuleSet } from "../rules/ruleSets.ts";
import type { ChartResult } from "../result/chartResult.ts";
import type { ChartSpecInput } from "../schema/chartSpec.ts";
import type { PhaseSummary } from "../types.ts";
import { CrossingsQuantileTracker } from "../stats/crossingsQuantileTracker.ts";
import { frozenLimits, type FrozenPoint } from "./frozenLimits.ts";

/** One new subgroup for a monitor: its value (or numerator), and its denominator for charts that take one. */
export interface MonitorPoint {
  readonly y: number | null;
  readonly n?: number | null;
}

/** What a push changed: the new point, and the points that joined a shift or a trend because of it. */
export interface MonitorUpdate {
  readonly index: number;
  readonly value: number | null;
  readonly cl: number | null;
  readonly lcl: number | null;
  readonly ucl: number | null;
  readonly sigmaSignal: boolean;
  /** The phase shows non-random variation by the run rules, after this point. */
  readonly runsSignal: boolean;
  /** Points newly flagged as part of a shift or a trend (this one and earlier ones). */
  readonly shift: readonly number[];
  readonly trend: readonly number[];
}

/** The monitor's running runs analysis: what `analyze` reports for the phase, and the number of subgroups. */
export type MonitorState = Pick<
  PhaseSummary,
  "observations" | "useful" | "longestRun" | "longestRunMax" | "crossings" | "crossingsMin" | "runsSignal" | "sigmaSignals" | "excludedSigmaSignals"
> & { readonly length: number };

/** A frozen-baseline chart that grows one subgroup at a time. */
export interface Monitor {
  /** Adds a subgroup and updates value, limits and every rule in constant amortised time. */
  push(point: MonitorPoint): MonitorUpdate;
  readonly state: MonitorState;
  /** Shift and trend flags of every point so far (1 = flagged). */
  readonly shiftFlags: () => Uint8Array;
  readonly trendFlags: () => Uint8Array;
  /** The full analysis of everything pushed so far (O(n): the same as `analyze` of the whole series). */
  result(): ChartResult;
}

const unsupportedCharts = new Set(["ip", "xbar", "s"]);

/**
 * A live monitor for dashboards: starts from a spec whose data hold at least
 * the frozen baseline, then takes one subgroup at a time. Each push computes the
 * point's value and limits from the baseline's lines, computed once (constant
 * time: the centre line and limits, or p̄ or ū and σ_z from which a point's
 * limits follow from its denominator), and updates the runs analysis (Anhøj, best/cut
 * box), shifts, trends and the 3-sigma rule incrementally; the crossings limit
 * follows qbinom(0.05, useful − 1, ½) step by step. After any pushes, `state`,
 * the flags and `result()` equal `analyze` of the whole series (property-tested).
 *
 * Supports one phase with `freeze`, no `x` grouping (each push is a subgroup),
 * and the rules `anhoej`, `bestbox`, `cutbox`, shift, trend and astronomical
 * points on control charts; not the I′, Xbar and S charts.
 *
 * @throws {SpcError} for an invalid spec, or one the monitor does not support
 * @example
 * const monitor = createMonitor({ chart: "p", y: baselineY, n: baselineN, freeze: 12 });
 * monitor.push({ y: 98, n: 103 }).sigmaSignal; // => false
 */
export function createMonitor(spec: ChartSpecInput): Monitor {
  const fn = "createMonitor";
  const initial = analyze(spec);
  const raw = spec as Record<string, unknown>;
  const refuse = (path: string, detail: string): never => {
    throw new SpcError({ fn, code: "invalid_option", path: [path], detail });
  };
  if (typeof raw["freeze"] !== "number") refuse("freeze", "a monitor needs a frozen baseline: give freeze as a number of subgroups");
  const freeze = raw["freeze"] as number;
  if (initial.length < freeze) refuse("freeze", `the spec's data must hold the whole baseline (${freeze} subgroups), but has ${initial.length}`);
  if (Array.isArray(raw["breaks"]) && raw["breaks"].length > 0) refuse("breaks", "a monitor follows one phase");
  if (raw["autoPhase"] !== undefined && raw["autoPhase"] !== false) refuse("autoPhase", "a monitor follows one phase");
  if (raw["x"] !== undefined) refuse("x", "a monitor takes one subgroup per push; leave x out");
  if (unsupportedCharts.has(initial.chart)) refuse("chart", `a monitor does not support ${initial.chart} charts`);
  // Moving ranges are not independent: on an MR chart the pattern rules count but never flag (as in analyze).
  const patterns = initial.chart !== "mr";
  const ruleSet: RuleSet = initial.ruleSet;
  if (ruleSet.runs || ruleSet.twoOfThree || ruleSet.hugging !== false || (ruleSet.astronomical && initial.chart === "run")) {
    refuse("rules", "a monitor supports the Anhøj rules (or best/cut box), shift, trend and the 3-sigma rule");
  }

  const ys: (number | null)[] = Array.from(raw["y"] as ArrayLike<number | null>).map((v) => (v === null || Number.isNaN(v as number) ? null : (v as number)));
  const hasN = raw["n"] !== undefined;
  const ns: (number | null)[] = hasN ? Array.from(raw["n"] as ArrayLike<number | null>).map((v) => (v === null || Number.isNaN(v as number) ? null : (v as number))) : [];
  const exclude = (raw["exclude"] as number[] | undefined) ?? [];
  const baselineExclude = exclude.filter((k) => k < freeze);
  const base: Record<string, unknown> = { ...raw };
  delete base["y"];
  delete base["n"];
  // The baseline's lines, computed once: each push then costs constant time.
  const frozen = frozenLimits({ ...base, y: ys.slice(0, freeze), ...(hasN ? { n: ns.slice(0, freeze) } : {}), exclude: baselineExclude, freeze } as Parameters<typeof frozenLimits>[0]);

  // Runs state.
  const runs = new RunCounter();
  let sigmaSignals = 0;
  let excludedSigmaSignals = 0;
  let anySignal = false;
  const usefulIndex: number[] = [];
  const tracker = new CrossingsQuantileTracker();
  const shiftFlags = new Growable();
  const trendFlags = new Growable();
  // Trend state: monotone stretches (ties counted once), and how much of the current one is flagged.
  const trends = new TrendTracker();
  let spanFlagged = 0;
  let length = 0;

  const verdict = (): RunsVerdict | null => {
    if (runs.useful === 0 || ruleSet.anhoej === false) return null;
    // The tracker follows qbinom(0.05, useful − 1, ½) one step at a time; ask it at every size, so it stays in step.
    const known = tracker.at(runs.useful - 1);
    return evaluateRuns(runs, ruleSet.anhoej, known);
  };

  const accept = (index: number, value: number, center: number, isIncluded: boolean, sigma: boolean): { shift: number[]; trend: number[] } => {
    length = index + 1;
    shiftFlags.grow(length);
    trendFlags.grow(length);
    if (sigma) sigmaSignals++;
    if (sigma && !isIncluded) excludedSigmaSignals++;
    const newShift: number[] = [];
    const newTrend: number[] = [];
    if (!isIncluded) return { shift: newShift, trend: newTrend };
    runs.observations++;
    if (!Number.isFinite(value)) return { shift: newShift, trend: newTrend };
    // Trend: consecutive included, non-missing points.
    if (patterns && ruleSet.trend !== false) {
      if (trends.push(index, value) !== null || trends.span.length === 1) spanFlagged = 0;
      if (trends.direction !== 0 && trends.distinct >= ruleSet.trend) {
        for (; spanFlagged < trends.span.length; spanFlagged++) {
          const k = trends.span[spanFlagged] as number;
          if (trendFlags.data[k] !== 1) {
            trendFlags.data[k] = 1;
            newTrend.push(k);
          }
        }
        anySignal = true;
      }
    }
    // Runs about the centre line.
    if (runs.add(value - center)) {
      usefulIndex.push(index);
      const run = runs.run;
      if (patterns && ruleSet.shift !== false && run >= ruleSet.shift) {
        const from = run === ruleSet.shift ? usefulIndex.length - run : usefulIndex.length - 1;
        for (let k = from; k < usefulIndex.length; k++) {
          const i = usefulIndex[k] as number;
          shiftFlags.data[i] = 1;
          newShift.push(i);
        }
        anySignal = true;
      }
    }
    return { shift: newShift, trend: newTrend };
  };

  // A T chart plots y but its rules compare y taken to y^(1/3.6) and back (as analyze does).
  const multiply = initial.multiply;
  const ruleValue = (value: number, y: number | null): number => (initial.chart === "t" && y !== null && value === value ? tRuleValue(y) * multiply : value);
  // Replay the initial data through the incremental state.
  for (let i = 0; i < initial.length; i++) {
    accept(i, ruleValue(initial.value[i] as number, ys[i] ?? null), initial.cl[i] as number, initial.included[i] === 1, initial.sigmaSignal[i] === 1);
  }

  const monitor: Monitor = {
    push(point: MonitorPoint): MonitorUpdate {
      if (typeof point !== "object" || point === null) throw new SpcError({ fn: "push", code: "invalid_input", path: ["point"], expected: "{ y, n? }", received: point });
      const index = ys.length;
      const row = { y: point.y ?? null, n: point.n ?? null };
      let next: FrozenPoint;
      try {
        next = frozen(row, { y: ys[index - 1] ?? null, n: ns[index - 1] ?? null });
      } catch (error) {
        throw pushError(error);
      }
      ys.push(row.y);
      if (hasN) ns.push(row.n);
      // next.value is what the rules compare (for a T chart y^(1/3.6) taken back); a T chart plots y itself.
      const sigma = next.value > next.ucl || next.value < next.lcl;
      const changes = accept(index, next.value, next.cl, true, sigma);
      const plotted = initial.chart === "t" && row.y !== null && next.value === next.value ? row.y * multiply : next.value;
      return {
        index,
        value: numberOrNull(plotted),
        cl: numberOrNull(next.cl),
        lcl: numberOrNull(next.lcl),
        ucl: numberOrNull(next.ucl),
        sigmaSignal: sigma,
        runsSignal: monitor.state.runsSignal,
        shift: changes.shift,
        trend: changes.trend,
      };
    },
    get state(): MonitorState {
      const v = verdict();
      return {
        length,
        observations: runs.observations,
        useful: runs.useful,
        longestRun: runs.useful === 0 ? null : runs.longestRun,
        longestRunMax: v?.longestRunMax ?? null,
        crossings: runs.useful === 0 ? null : runs.crossings,
        crossingsMin: v?.crossingsMin ?? null,
        runsSignal: patterns && ((v?.signal ?? false) || anySignal),
        sigmaSignals,
        excludedSigmaSignals,
      };
    },
    shiftFlags: () => shiftFlags.data.slice(0, length),
    trendFlags: () => trendFlags.data.slice(0, length),
    result(): ChartResult {
      return analyze({ ...base, y: ys, ...(hasN ? { n: ns } : {}) } as ChartSpecInput);
    },
  };
  return monitor;
}

function numberOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** An error about the new subgroup's y or n, said of the pushed point. */
function pushError(error: unknown): unknown {
  if (error instanceof SpcError && (error.path[0] === "y" || error.path[0] === "n") && typeof error.path[1] === "number") {
    const field = error.path[0];
    return new SpcError({ fn: "push", code: error.code, path: ["point", field], detail: error.phrase ?? error.reason });
  }
  return error;
}

/** A Uint8Array that doubles when full: O(1) amortised appends. */
class Growable {
  data = new Uint8Array(64);
  grow(length: number): void {
    if (length <= this.data.length) return;
    const next = new Uint8Array(Math.max(length, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
