import type { ChartComputation } from "../internal/computeChart.ts";
import type { AutoBreak, SignalRule } from "../types.ts";
import { splitPhases, type PhaseRange } from "./splitPhases.ts";

/** Default shortest phase automatic re-phasing may create, before and after a break. */
export const defaultMinPhaseLength = 10;

/**
 * Automatic re-phasing: while a sustained shift is found — a `shift` of the
 * rule set, or with the Anhøj rules a run longer than its limit — start a new
 * phase at the shift's first point and compute again. Only breaks after the
 * last automatic one are taken (breaks move forward), only where both the phase
 * before and the one after keep `minLength` subgroups, and the earliest such
 * shift first; so the loop is deterministic and ends after at most N / minLength
 * steps.
 *
 * @param compute - computes the chart for a set of breaks and the freeze that goes with them
 * @internal
 */
export function autoPhase(
  length: number,
  userBreaks: readonly number[],
  minLength: number,
  compute: (phases: readonly PhaseRange[]) => ChartComputation,
): { computation: ChartComputation; autoBreaks: AutoBreak[] } {
  const breaks = [...userBreaks];
  const autoBreaks: AutoBreak[] = [];
  let lastAuto = -1;
  for (;;) {
    const computation = compute(splitPhases(length, breaks));
    const next = findSustainedShift(computation, breaks, lastAuto, minLength);
    if (next === null) return { computation, autoBreaks };
    autoBreaks.push(next);
    lastAuto = next.index;
    breaks.push(next.index);
    breaks.sort((a, b) => a - b);
  }
}

const sustained: readonly SignalRule[] = ["shift", "longestRun"];

function findSustainedShift(computation: ChartComputation, breaks: readonly number[], after: number, minLength: number): AutoBreak | null {
  let best: AutoBreak | null = null;
  for (const signal of computation.signals) {
    if (!sustained.includes(signal.rule)) continue;
    const index = signal.indices[0] as number;
    const phase = computation.phases[signal.phase] as PhaseRange;
    if (index <= after || breaks.includes(index)) continue;
    if (index - phase.start < minLength || phase.end - index + 1 < minLength) continue;
    if (best === null || index < best.index) best = { index, rule: signal.rule, indices: signal.indices };
  }
  return best;
}
