import type { Lines } from "../charts/phaseContext.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import { classify, type PhaseRules } from "../rules/applyRules.ts";
import { mean } from "../stats/mean.ts";
import type { Improvement, PhaseDirection, PhaseSummary, Signal, SignalDirection, SignalSide, SpcWarning } from "../types.ts";

/** Inputs of {@link summarizePhases}, on the plotted scale. @internal */
export interface SummaryInput {
  readonly phases: readonly PhaseRange[];
  readonly rules: readonly PhaseRules[];
  readonly baselineEnds: readonly number[];
  readonly improvement: Improvement | null;
  /** The chart draws control limits (for the no-limits warning). */
  readonly limits: boolean;
  /** Lines are constant within a phase: their mean is their value. */
  readonly constantLines: boolean;
  readonly statistic: Float64Array;
  readonly lines: Lines;
  readonly sigmaSignal: Uint8Array;
}

/**
 * One summary per phase (like qicharts2's `summary()`: the runs analysis and
 * the mean of each line over the phase) and every signal, ordered by phase and
 * first index. @internal
 */
export function summarizePhases(input: SummaryInput): { summaries: PhaseSummary[]; signals: Signal[]; warnings: SpcWarning[] } {
  const { statistic, lines, sigmaSignal } = input;
  const summaries: PhaseSummary[] = [];
  const signals: Signal[] = [];
  const warnings: SpcWarning[] = [];
  const phaseMean = (line: Float64Array, start: number, end: number): number | null => {
    const value = input.constantLines ? (line[start] as number) : mean(line, start, end, null);
    return Number.isFinite(value) ? value : null;
  };
  input.phases.forEach(({ start, end }, phase) => {
    const rules = input.rules[phase] as PhaseRules;
    const phaseSignals = [...rules.signals];
    let sigmaSignals = 0;
    for (let i = start; i <= end; i++) {
      if (sigmaSignal[i] !== 1) continue;
      sigmaSignals++;
      const side: SignalSide = (statistic[i] as number) > (lines.ucl[i] as number) ? "above" : "below";
      phaseSignals.push({ rule: "sigma", phase, indices: [i], side, direction: classify(side, input.improvement) });
    }
    phaseSignals.sort((a, b) => (a.indices[0] as number) - (b.indices[0] as number));
    for (const signal of phaseSignals) signals.push(signal);
    const lcl = phaseMean(lines.lcl, start, end);
    const ucl = phaseMean(lines.ucl, start, end);
    if (input.limits && lcl === null && ucl === null) {
      warnings.push({ code: "no_limits", phase, message: `phase ${phase + 1} has no control limits (its baseline has no variation, too few values, or values too large to compute with)` });
    }
    const { counts, verdict, runsBounds } = rules;
    const useful = counts.useful > 0;
    summaries.push({
      phase,
      start,
      end,
      baselineStart: start,
      baselineEnd: input.baselineEnds[phase] as number,
      observations: counts.observations,
      useful: counts.useful,
      longestRun: useful ? counts.longestRun : null,
      longestRunMax: verdict?.longestRunMax ?? null,
      crossings: useful ? counts.crossings : null,
      crossingsMin: verdict?.crossingsMin ?? null,
      runs: useful ? counts.crossings + 1 : null,
      runsMin: runsBounds?.min ?? null,
      runsMax: runsBounds?.max ?? null,
      runsSignal: rules.signal,
      direction: combineDirections(phaseSignals.map((s) => s.direction)),
      sigmaSignals,
      cl: phaseMean(lines.cl, start, end),
      lcl,
      ucl,
      lcl95: phaseMean(lines.lcl95, start, end),
      ucl95: phaseMean(lines.ucl95, start, end),
    });
  });
  return { summaries, signals, warnings };
}

/**
 * The combined meaning of several signals: `mixed` when improvement and
 * deterioration both occur, neutral only when nothing else does, `null` when
 * there is nothing to combine. @internal
 */
export function combineDirections(directions: readonly (SignalDirection | null)[]): PhaseDirection | null {
  let improvement = false;
  let deterioration = false;
  let neutral = false;
  for (const d of directions) {
    if (d === "improvement") improvement = true;
    else if (d === "deterioration") deterioration = true;
    else if (d === "neutral") neutral = true;
  }
  if (improvement && deterioration) return "mixed";
  if (improvement) return "improvement";
  if (deterioration) return "deterioration";
  return neutral ? "neutral" : null;
}
