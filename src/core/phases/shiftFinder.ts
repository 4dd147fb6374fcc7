import type { PreparedSeries } from "../internal/prepareSeries.ts";
import type { AutoBreak } from "../types.ts";
import { PhaseTails, type TailCenter } from "./phaseTails.ts";
import type { PhaseRange } from "./splitPhases.ts";
import { tailShift } from "./tailShift.ts";

/**
 * How autoPhase finds the earliest sustained shift of a new last part of a phase: where the centre line is a median,
 * a mean or a ratio of sums of the part's points, from a centre line kept up to date as the part shrinks
 * (`PhaseTails`); otherwise, and whenever that centre line is too close to a point to tell its side, by computing
 * the part's centre line alone (`tailShift`).
 * @internal
 */
export function shiftFinder(prepared: PreparedSeries, userPhases: readonly PhaseRange[], minLength: number): (phase: PhaseRange, owner: number) => AutoBreak | null {
  const { options, groups } = prepared;
  const chart = options.chart;
  const exact = (phase: PhaseRange) => (): AutoBreak | null => tailShift(prepared, phase, minLength);
  const center: TailCenter | null =
    chart === "run" || chart === "g"
      ? { kind: "median" }
      : chart === "i" || chart === "c"
        ? { kind: "mean" }
        : (chart === "p" || chart === "pp" || chart === "u" || chart === "up") && groups.nSum !== null
          ? { kind: "ratio", numerators: groups.ySum, denominators: groups.nSum }
          : chart === "xbar" && groups.yMean !== null
            ? grandMean(groups.yMean, groups.count())
            : null;
  if (center === null) return (phase) => exact(phase)();
  const values = chart === "c" ? groups.ySum : groups.value;
  // A G chart's known centre line is plotted as 0.693 × cl (the median of a geometric distribution).
  const known = options.cl === undefined ? undefined : chart === "g" ? 0.693 * options.cl : options.cl;
  const tails = new Map<number, PhaseTails>();
  return (phase, owner) => {
    let found = tails.get(owner);
    if (found === undefined) {
      found = new PhaseTails(values, prepared.included, userPhases[owner] as PhaseRange, known, center);
      tails.set(owner, found);
    }
    return found.earliestShift(phase.start, prepared.ruleSet, minLength, exact(phase));
  };
}

/** An Xbar chart's centre line Σnᵢx̄ᵢ / Σnᵢ as a ratio of sums, with the products the chart module adds. */
function grandMean(means: Float64Array, counts: Uint32Array): TailCenter {
  const weighted = new Float64Array(means.length);
  const sizes = new Float64Array(means.length);
  for (let i = 0; i < means.length; i++) {
    weighted[i] = (counts[i] as number) * (means[i] as number);
    sizes[i] = counts[i] as number;
  }
  return { kind: "ratio", numerators: weighted, denominators: sizes };
}
