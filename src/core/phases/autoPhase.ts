import type { ChartComputation } from "../internal/computeChart.ts";
import type { AutoBreak, SignalRule } from "../types.ts";
import type { PhaseRange } from "./splitPhases.ts";

/** Default shortest phase automatic re-phasing may create, before and after a break. */
export const defaultMinPhaseLength = 10;

/**
 * Automatic re-phasing: while a sustained shift is found — a `shift` of the
 * rule set, or with the Anhøj rules a run longer than its limit — start a new
 * phase at the shift's first point and compute again. Only breaks after the
 * last automatic one are taken (breaks move forward), only where both the phase
 * before and the one after keep `minLength` subgroups, and the earliest such
 * shift first.
 *
 * Because breaks only move forward, a break changes only the phase it splits:
 * the part before it can no longer yield a break (its points all come before
 * the break), and the phases after it are untouched. So the chain of breaks of
 * each phase the user made is found on its own: from the first computation,
 * then each time from the new last part alone (`tailShift`), never again from
 * the whole series. The breaks are exactly those of the definition above
 * (checked against the loop that recomputes everything, in
 * test/core/phases/autoPhase.prop.test.ts).
 *
 * Cost (docs/phases.md, bench/autoPhase.mjs): one computation of the whole
 * series, one per new part, and one of the final split. Where the centre line
 * is a median, a mean or a ratio of sums (run, G, I, C, P, P′, U, U′, Xbar charts) a
 * new part's centre line is updated rather than recomputed (`PhaseTails`):
 * O(N log N) plus the points of the reported runs. On S, T and I′ charts
 * the centre line of each new part is computed afresh by the chart module (it
 * depends on all the part's points) and only the shift rules are applied
 * (`tailShift`): O(N) when no shift is found, O(N · B) with B automatic breaks
 * at worst, in a few passes over each part.
 *
 * @param userPhases - the phases the user made (`breaks`)
 * @param initial - the computation of those phases
 * @param minLength - the shortest phase before and after a break
 * @param tailShift - the earliest sustained shift of subgroups `phase.start…phase.end` computed alone as one phase without a freeze (part of user phase `owner`)
 * @internal
 */
export function autoPhase(
  userPhases: readonly PhaseRange[],
  initial: ChartComputation,
  minLength: number,
  tailShift: (phase: PhaseRange, owner: number) => AutoBreak | null,
): AutoBreak[] {
  const autoBreaks: AutoBreak[] = [];
  userPhases.forEach((phase, p) => {
    let next = earliestSustainedShift(initial, p, 0, phase, minLength);
    while (next !== null) {
      autoBreaks.push(next);
      next = tailShift({ start: next.index, end: phase.end }, p);
    }
  });
  return autoBreaks;
}

const sustained: readonly SignalRule[] = ["shift", "longestRun"];

/**
 * The earliest sustained shift of one phase of a computation that leaves
 * `minLength` subgroups on both sides (the first listed wins a tie).
 * `offset` turns the computation's indices into the series' indices.
 */
function earliestSustainedShift(computation: ChartComputation, phaseIndex: number, offset: number, phase: PhaseRange, minLength: number): AutoBreak | null {
  let best: AutoBreak | null = null;
  for (const signal of computation.signals) {
    if (signal.phase !== phaseIndex || !sustained.includes(signal.rule)) continue;
    const index = (signal.indices[0] as number) + offset;
    if (index - phase.start < minLength || phase.end - index + 1 < minLength) continue;
    if (best === null || index < best.index) best = { index, rule: signal.rule, indices: offset === 0 ? signal.indices : signal.indices.map((i) => i + offset) };
  }
  return best;
}
