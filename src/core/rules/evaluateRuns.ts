import type { RunsMethod } from "../types.ts";
import { crossingsMin, longestRunMax } from "./anhoejThresholds.ts";
import { boxBounds } from "./boxBounds.ts";
import type { RunsCount } from "./countRuns.ts";

/** The verdict of a rule set on one phase's runs and crossings. */
export interface RunsVerdict {
  readonly longestRunMax: number;
  readonly crossingsMin: number;
  readonly longSignal: boolean;
  readonly crossingsSignal: boolean;
  readonly signal: boolean;
  /** The rule set actually applied (bestbox/cutbox fall back to anhoej outside 10–100 useful points). */
  readonly applied: RunsMethod;
}

/**
 * Applies a rule set to the counts of one phase with at least one useful point.
 *
 * - `anhoej`: signal when longestRun > round(log2(useful)) + 3 or crossings <
 *   qbinom(0.05, useful − 1, ½) (Anhøj & Olesen 2014). Strict inequalities.
 * - `bestbox`: signal unless crossings ≥ cb and longestRun ≤ lb (Anhøj &
 *   Wentzel-Larsen 2020); the reported limits are cb and lb.
 * - `cutbox`: like bestbox, but where the table gives a border pair the corner
 *   of the box is cut: crossings = cb passes only with longestRun ≤ lbord, and
 *   longestRun = lb only with crossings ≥ cbord (Anhøj & Wentzel-Larsen 2020).
 *
 * bestbox and cutbox are defined for 10–100 useful points; elsewhere the Anhøj
 * rules apply (`applied` says so, and `analyze` adds a warning).
 *
 * @param knownCrossingsMin - the Anhøj crossings limit when the caller already has it (the live monitor follows it step by step)
 */
export function evaluateRuns(counts: RunsCount, rules: RunsMethod, knownCrossingsMin?: number): RunsVerdict {
  const { useful, longestRun, crossings } = counts;
  const box = rules === "anhoej" ? null : boxBounds(useful);
  if (box === null) {
    const longMax = longestRunMax(useful);
    const crossMin = knownCrossingsMin ?? crossingsMin(useful);
    const longSignal = longestRun > longMax;
    const crossingsSignal = crossings < crossMin;
    return { longestRunMax: longMax, crossingsMin: crossMin, longSignal, crossingsSignal, signal: longSignal || crossingsSignal, applied: "anhoej" };
  }
  const longSignal = longestRun > box.lb;
  const crossingsSignal = crossings < box.cb;
  let signal = longSignal || crossingsSignal;
  if (!signal && rules === "cutbox" && box.cbord !== null && box.lbord !== null) {
    const acceptedInside = crossings >= box.cb + 1 && longestRun <= box.lb - 1;
    const acceptedOnCrossingsEdge = crossings === box.cb && longestRun <= box.lbord;
    const acceptedOnRunEdge = crossings >= box.cbord && longestRun <= box.lb;
    signal = !(acceptedInside || acceptedOnCrossingsEdge || acceptedOnRunEdge);
  }
  return { longestRunMax: box.lb, crossingsMin: box.cb, longSignal, crossingsSignal, signal, applied: rules };
}
