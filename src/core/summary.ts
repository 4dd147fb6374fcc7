import { SpcError } from "./errors.ts";
import type { ChartResult } from "./result/chartResult.ts";
import type { ChartResultJSON, PhaseDirection } from "./types.ts";

/** One row of {@link summary}: a phase, like a row of qicharts2's `summary()`. */
export interface SummaryRow {
  readonly phase: number;
  /** x of the first and last subgroup of the phase, and of its baseline. */
  readonly from: number | string;
  readonly to: number | string;
  readonly baselineFrom: number | string;
  readonly baselineTo: number | string;
  readonly observations: number;
  readonly useful: number;
  readonly longestRun: number | null;
  readonly longestRunMax: number | null;
  readonly crossings: number | null;
  readonly crossingsMin: number | null;
  /** Number of runs, and the IHI runs-test bounds when the rule set uses them. */
  readonly runs: number | null;
  readonly runsMin: number | null;
  readonly runsMax: number | null;
  readonly runsSignal: boolean;
  /** The combined meaning of the phase's signals (with `improvement`). */
  readonly direction: PhaseDirection | null;
  readonly sigmaSignals: number;
  /** Of `sigmaSignals`, the excluded points (not evidence of a change). */
  readonly excludedSigmaSignals: number;
  /** Means over the phase (qicharts2's aLCL, CL, aUCL …), on the plotted scale. */
  readonly lcl: number | null;
  readonly lcl95: number | null;
  readonly cl: number | null;
  readonly ucl95: number | null;
  readonly ucl: number | null;
}

/**
 * One row per phase: its span, the runs analysis, the number of points outside
 * the limits, and the mean centre line and limits — the table analysts know
 * from qicharts2's `summary()`. Accepts a result or its JSON.
 *
 * @throws {SpcError} `invalid_input` for anything that is not a result
 *
 * @example
 * summary(analyze({ y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }))[0].cl; // => 5.5
 */
export function summary(result: ChartResult | ChartResultJSON): SummaryRow[] {
  if (typeof result !== "object" || result === null || !Array.isArray((result as { phases?: unknown }).phases) || (!("xAt" in result) && !Array.isArray((result as { points?: unknown }).points))) {
    throw new SpcError({ fn: "summary", code: "invalid_input", path: ["result"], expected: "a ChartResult or its JSON", received: result });
  }
  const xAt = (i: number): number | string => ("xAt" in result ? result.xAt(i) : (result.points[i]?.x ?? i + 1));
  return result.phases.map((phase) => ({
    phase: phase.phase,
    from: xAt(phase.start),
    to: xAt(phase.end),
    baselineFrom: xAt(phase.baselineStart),
    baselineTo: xAt(phase.baselineEnd),
    observations: phase.observations,
    useful: phase.useful,
    longestRun: phase.longestRun,
    longestRunMax: phase.longestRunMax,
    crossings: phase.crossings,
    crossingsMin: phase.crossingsMin,
    runs: phase.runs,
    runsMin: phase.runsMin,
    runsMax: phase.runsMax,
    runsSignal: phase.runsSignal,
    direction: phase.direction,
    sigmaSignals: phase.sigmaSignals,
    excludedSigmaSignals: phase.excludedSigmaSignals,
    lcl: phase.lcl,
    lcl95: phase.lcl95,
    cl: phase.cl,
    ucl95: phase.ucl95,
    ucl: phase.ucl,
  }));
}
