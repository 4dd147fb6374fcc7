import type { PhaseRange } from "../phases/splitPhases.ts";
import type { Improvement, RuleSetName, Signal, SignalSide, SpcWarning } from "../types.ts";
import { boxRange } from "./boxBounds.ts";
import { countRuns, findLongRuns, type RunsCount } from "./countRuns.ts";
import { evaluateRuns, type RunsVerdict } from "./evaluateRuns.ts";

/** Inputs of {@link analyzeRuns}, on the raw (unmultiplied) scale. @internal */
export interface RunsInput {
  readonly rules: RuleSetName;
  readonly improvement: Improvement | null;
  /** Runs signals are reported (not for MR charts and categorical x). */
  readonly runsApplicable: boolean;
  readonly phases: readonly PhaseRange[];
  readonly statistic: Float64Array;
  readonly center: Float64Array;
  readonly included: Uint8Array;
}

/** The runs analysis of one phase. @internal */
export interface PhaseRuns {
  readonly counts: RunsCount;
  /** null when the phase has no useful point. */
  readonly verdict: RunsVerdict | null;
  readonly signal: boolean;
  readonly signals: readonly Signal[];
}

/** Below this many useful points the runs rules have little power (Anhøj & Olesen 2014). */
const fewUseful = 10;

/**
 * Runs analysis of every phase against its centre line (Anhøj rules, best box
 * or cut box), with the signals it raises: each run longer than the limit, too
 * few crossings, or the cut-box corner. Done on the raw scale, before
 * `multiply`, so that a point's side of the centre line is exactly as computed.
 * @internal
 */
export function analyzeRuns(input: RunsInput): { phases: PhaseRuns[]; pointSignals: Uint8Array; warnings: SpcWarning[] } {
  const { statistic, center, included } = input;
  const pointSignals = new Uint8Array(statistic.length);
  const warnings: SpcWarning[] = [];
  const phases = input.phases.map((range, phase): PhaseRuns => {
    const { start, end } = range;
    const counts = countRuns(statistic, center, included, start, end);
    const verdict = counts.useful > 0 ? evaluateRuns(counts, input.rules) : null;
    const signal = input.runsApplicable && verdict !== null && verdict.signal;
    const signals: Signal[] = [];
    if (signal && verdict !== null) {
      pointSignals.fill(1, start, end + 1);
      if (verdict.longSignal) {
        for (const run of findLongRuns(statistic, center, included, start, end, verdict.longestRunMax)) {
          const side: SignalSide = run.side > 0 ? "above" : "below";
          signals.push({ rule: "longestRun", phase, indices: run.indices, side, direction: classifySide(side, input.improvement) });
        }
      }
      if (verdict.crossingsSignal || !verdict.longSignal) {
        signals.push({
          rule: verdict.crossingsSignal ? "crossings" : "box",
          phase,
          indices: usefulIndices(statistic, center, included, start, end),
          side: null,
          direction: input.improvement === null ? null : "neutral",
        });
      }
    }
    if (input.runsApplicable) {
      if (verdict === null) {
        warnings.push({
          code: "no_useful_points",
          phase,
          message: `phase ${phase + 1} has no useful points (all missing, excluded or on the centre line): runs are not tested`,
        });
      } else {
        if (counts.useful < fewUseful) {
          warnings.push({
            code: "few_useful_points",
            phase,
            message: `phase ${phase + 1} has only ${counts.useful} useful points; the runs rules need about ${fewUseful} to detect a shift`,
          });
        }
        if (input.rules !== "anhoej" && verdict.applied === "anhoej") {
          warnings.push({
            code: "rules_fallback",
            phase,
            message: `${input.rules} is defined for ${boxRange.min}–${boxRange.max} useful points and phase ${phase + 1} has ${counts.useful}: the Anhøj rules were used`,
          });
        }
      }
    }
    return { counts, verdict, signal, signals };
  });
  return { phases, pointSignals, warnings };
}

/** Improvement or deterioration of a signal on one side of the centre line, given the better direction. @internal */
export function classifySide(side: SignalSide, improvement: Improvement | null): Signal["direction"] {
  if (improvement === null) return null;
  return (side === "above") === (improvement === "up") ? "improvement" : "deterioration";
}

function usefulIndices(values: Float64Array, center: Float64Array, included: Uint8Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i <= end; i++) {
    const d = (values[i] as number) - (center[i] as number);
    if (included[i] === 1 && d !== 0 && d === d) out.push(i);
  }
  return out;
}
