import type { Lines } from "../charts/phaseContext.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import { classifySide, type PhaseRuns } from "../rules/analyzeRuns.ts";
import { mean } from "../stats/mean.ts";
import type { Improvement, PhaseSummary, Signal, SignalSide, SpcWarning } from "../types.ts";

/** Inputs of {@link summarizePhases}, on the plotted scale. @internal */
export interface SummaryInput {
  readonly phases: readonly PhaseRange[];
  readonly runs: readonly PhaseRuns[];
  readonly baselineEnds: readonly number[];
  readonly improvement: Improvement | null;
  /** The chart draws control limits (for the no-limits warning). */
  readonly limits: boolean;
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
  input.phases.forEach(({ start, end }, phase) => {
    const runs = input.runs[phase] as PhaseRuns;
    const phaseSignals = [...runs.signals];
    let sigmaSignals = 0;
    for (let i = start; i <= end; i++) {
      if (sigmaSignal[i] !== 1) continue;
      sigmaSignals++;
      const side: SignalSide = (statistic[i] as number) > (lines.ucl[i] as number) ? "above" : "below";
      phaseSignals.push({ rule: "sigma", phase, indices: [i], side, direction: classifySide(side, input.improvement) });
    }
    phaseSignals.sort((a, b) => (a.indices[0] as number) - (b.indices[0] as number));
    for (const signal of phaseSignals) signals.push(signal);
    const lcl = phaseMean(lines.lcl, start, end);
    const ucl = phaseMean(lines.ucl, start, end);
    if (input.limits && lcl === null && ucl === null) {
      warnings.push({ code: "no_limits", phase, message: `phase ${phase + 1} has no control limits (its baseline has no variation or too few values)` });
    }
    const { counts, verdict } = runs;
    const useful = verdict !== null;
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
      runsMin: null,
      runsMax: null,
      runsSignal: runs.signal,
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

function phaseMean(line: Float64Array, start: number, end: number): number | null {
  const value = mean(line, start, end, null);
  return Number.isFinite(value) ? value : null;
}
