import type { Lines, PhaseLines } from "../charts/phaseContext.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import type { Improvement, Signal, SignalDirection, SignalSide, SpcWarning } from "../types.ts";
import { boxRange } from "./boxBounds.ts";
import { countRuns, findLongRuns, type RunsCount } from "./countRuns.ts";
import { detectHugging } from "./detectHugging.ts";
import { detectTrends } from "./detectTrends.ts";
import { detectTwoOfThree } from "./detectTwoOfThree.ts";
import { evaluateRuns, type RunsVerdict } from "./evaluateRuns.ts";
import type { RuleSet } from "./ruleSets.ts";
import { runsTestBounds } from "./runsTestBounds.ts";
import type { Words } from "../words/words.ts";

/** Inputs of {@link applyRules}, on the raw (unmultiplied) scale. @internal */
export interface RulesInput {
  readonly ruleSet: RuleSet;
  readonly improvement: Improvement | null;
  /** Pattern rules apply: the points are ordered and independent (not for MR charts or categorical x). */
  readonly patterns: boolean;
  /** The chart has control limits (zone rules need them). */
  readonly limits: boolean;
  readonly phases: readonly PhaseRange[];
  readonly statistic: Float64Array;
  /** The centre line per subgroup. */
  readonly center: Float64Array;
  /** Every line per subgroup, made when a zone rule (two of three, hugging) first needs it. */
  readonly lines: () => Lines;
  readonly included: Uint8Array;
  /** Limits an astronomical point lies outside, per phase: an I chart of the same phase on a run chart; null on control charts. */
  readonly astronomicalLimits: readonly PhaseLines[] | null;
  readonly words: Words;
}

/** The rules' findings in one phase. @internal */
export interface PhaseRules {
  readonly counts: RunsCount;
  /** The Anhøj verdict, when the rule set uses it and the phase has a useful point. */
  readonly verdict: RunsVerdict | null;
  /** IHI runs-test bounds, when the rule set uses them and the phase has enough useful points. */
  readonly runsBounds: { readonly min: number; readonly max: number } | null;
  /** Non-random variation by the run rules (Anhøj, shift, trend, runs test). */
  readonly signal: boolean;
  readonly signals: readonly Signal[];
  /** Where the useful points of the phase begin and end (with `improvement` and a useful point; for `readDirection`). */
  readonly span: UsefulSpan | null;
}

/** The first and the last useful point of a phase (subgroup indices). @internal */
export interface UsefulSpan {
  readonly first: number;
  readonly last: number;
  /**
   * The first subgroup after i with a value that counts (neither missing nor excluded); i + 1 when left out. A point on
   * the centre line is not skipped: where a phase moved, the new level may sit on the phase's median.
   */
  readonly next?: (i: number) => number;
}

/** Output of {@link applyRules}. @internal */
export interface RulesOutput {
  readonly phases: PhaseRules[];
  readonly runsSignal: Uint8Array;
  readonly shift: Uint8Array;
  readonly trend: Uint8Array;
  readonly astronomical: Uint8Array;
  readonly warnings: SpcWarning[];
}

/**
 * Below this many useful points the runs rules have little power (Anhøj & Olesen 2014): the `few_useful_points`
 * warning, and too few to show a last phase stable enough to judge a target against its limits (`few_points`).
 */
export const fewUseful = 10;

/**
 * Applies a rule set to every phase: the Anhøj runs analysis (or best/cut box),
 * shifts, trends, the IHI runs test, two of three beyond 2 sigma, hugging, and
 * astronomical points on run charts. Done on the raw scale, before `multiply`,
 * so that a point's side of the centre line is exactly as computed. The 3-sigma
 * rule is applied later, on the plotted scale (`sigmaSignal`).
 * @internal
 */
export function applyRules(input: RulesInput): RulesOutput {
  const { statistic, center, included, ruleSet } = input;
  const length = statistic.length;
  const runsSignal = new Uint8Array(length);
  const shift = new Uint8Array(length);
  const trend = new Uint8Array(length);
  const astronomical = new Uint8Array(length);
  const warnings: SpcWarning[] = [];
  const { words } = input;
  // Phases with too few useful points for the runs rules: one warning for the whole result, naming them.
  const few: { phase: number; useful: number }[] = [];
  const phases = input.phases.map((range, phase): PhaseRules => {
    const { start, end } = range;
    const counts = countRuns(statistic, center, included, start, end);
    const signals: Signal[] = [];
    // Only an astronomical point can be excluded: every other rule reads included points only.
    const add = (rule: Signal["rule"], indices: number[], side: SignalSide | null, excluded = false): void => {
      signals.push({ rule, phase, indices, side, direction: classify(side, input.improvement), excluded });
    };
    let signal = false;
    let verdict: RunsVerdict | null = null;
    let runsBounds: { min: number; max: number } | null = null;
    // The counts and the thresholds are reported even where patterns do not signal (MR charts, categorical x), as qicharts2 does.
    if (ruleSet.anhoej !== false && counts.useful > 0) verdict = evaluateRuns(counts, ruleSet.anhoej);
    if (ruleSet.runs) runsBounds = runsTestBounds(counts.useful);
    if (input.patterns) {
      if (verdict !== null && ruleSet.anhoej !== false) {
        if (verdict.signal) {
          signal = true;
          if (verdict.longSignal) {
            for (const run of findLongRuns(statistic, center, included, start, end, verdict.longestRunMax)) add("longestRun", run.indices, run.side > 0 ? "above" : "below");
          }
          if (verdict.crossingsSignal || !verdict.longSignal) add(verdict.crossingsSignal ? "crossings" : "box", usefulIndices(statistic, center, included, start, end, counts.useful), null);
        }
        if (ruleSet.anhoej !== "anhoej" && verdict.applied === "anhoej") {
          warnings.push({
            code: "rules_fallback",
            phase,
            message: words.warnings.rulesFallback(ruleSet.anhoej, boxRange.min, boxRange.max, phase + 1, counts.useful),
          });
        }
      }
      if (ruleSet.shift !== false) {
        for (const run of findLongRuns(statistic, center, included, start, end, ruleSet.shift - 1)) {
          signal = true;
          for (const i of run.indices) shift[i] = 1;
          add("shift", run.indices, run.side > 0 ? "above" : "below");
        }
      }
      if (ruleSet.trend !== false) {
        for (const found of detectTrends(statistic, included, start, end, ruleSet.trend)) {
          signal = true;
          for (const i of found.indices) trend[i] = 1;
          add("trend", found.indices, found.direction);
        }
      }
      if (ruleSet.runs) {
        const runs = counts.crossings + 1;
        if (runsBounds !== null && (runs < runsBounds.min || runs > runsBounds.max)) {
          signal = true;
          add(runs < runsBounds.min ? "fewRuns" : "manyRuns", usefulIndices(statistic, center, included, start, end, counts.useful), null);
        }
      }
      if (input.limits && ruleSet.twoOfThree) {
        for (const found of detectTwoOfThree(statistic, input.lines(), included, start, end)) add("twoOfThree", found.indices, found.side);
      }
      if (input.limits && ruleSet.hugging !== false) {
        for (const found of detectHugging(statistic, input.lines(), included, start, end, ruleSet.hugging)) add("hugging", found, null);
      }
      if (counts.useful === 0) {
        warnings.push({ code: "no_useful_points", phase, message: words.warnings.noUsefulPoints(phase + 1) });
      } else if (counts.useful < fewUseful && (ruleSet.anhoej !== false || ruleSet.shift !== false || ruleSet.runs)) {
        few.push({ phase, useful: counts.useful });
      }
    }
    const limits = input.astronomicalLimits?.[phase];
    if (ruleSet.astronomical && limits !== undefined) {
      for (let i = start; i <= end; i++) {
        const v = statistic[i] as number;
        const side = v > limits.ucl ? "above" : v < limits.lcl ? "below" : null;
        if (side === null) continue;
        astronomical[i] = 1;
        add("astronomical", [i], side, included[i] === 0);
      }
    }
    if (signal) runsSignal.fill(1, start, end + 1);
    const span = input.improvement !== null && counts.useful > 0 ? usefulSpan(statistic, center, included, start, end) : null;
    return { counts, verdict, runsBounds, signal, signals, span };
  });
  if (few.length > 0) {
    warnings.push({
      code: "few_useful_points",
      ...(few.length === 1 ? { phase: (few[0] as { phase: number }).phase } : {}),
      message: words.warnings.fewUsefulPoints(
        few.map((f) => ({ phase: f.phase + 1, useful: f.useful })),
        fewUseful,
        ruleSet.runs,
      ),
    });
  }
  return { phases, runsSignal, shift, trend, astronomical, warnings };
}

/** Improvement or deterioration of a signal, given the better direction; neutral for signals without a side. @internal */
export function classify(side: SignalSide | null, improvement: Improvement | null): SignalDirection | null {
  if (improvement === null) return null;
  if (side === null) return "neutral";
  const up = side === "above" || side === "increasing";
  return up === (improvement === "up") ? "improvement" : "deterioration";
}

function usefulSpan(values: Float64Array, center: Float64Array, included: Uint8Array, start: number, end: number): UsefulSpan {
  const isUseful = (i: number): boolean => {
    const d = (values[i] as number) - (center[i] as number);
    return included[i] === 1 && d !== 0 && d === d;
  };
  let first = start;
  while (!isUseful(first)) first++;
  let last = end;
  while (!isUseful(last)) last--;
  const next = (i: number): number => {
    let j = i + 1;
    while (j < last && (included[j] !== 1 || values[j] !== values[j])) j++;
    return j;
  };
  return { first, last, next };
}

function usefulIndices(values: Float64Array, center: Float64Array, included: Uint8Array, start: number, end: number, useful: number): number[] {
  // Sized beforehand (countRuns counted the useful points by the same test): growing an array by push to 10⁶
  // indices took 5–8 times as long.
  const out: number[] = new Array(useful);
  let k = 0;
  for (let i = start; i <= end; i++) {
    const d = (values[i] as number) - (center[i] as number);
    if (included[i] === 1 && d !== 0 && d === d) out[k++] = i;
  }
  out.length = k;
  return out;
}
