import type { PhaseLines } from "../charts/phaseContext.ts";
import type { PhaseRange } from "../phases/splitPhases.ts";
import { classify, type PhaseRules } from "../rules/applyRules.ts";
import { orNull } from "./chartResult.ts";
import { readDirection } from "./readDirection.ts";
import type { Words } from "../words/words.ts";
import type { Improvement, PhaseSummary, Signal, SpcWarning } from "../types.ts";

/** Inputs of {@link summarizePhases}, on the plotted scale. @internal */
export interface SummaryInput {
  readonly phases: readonly PhaseRange[];
  readonly rules: readonly PhaseRules[];
  readonly baselineEnds: readonly number[];
  readonly improvement: Improvement | null;
  /** The chart draws control limits (for the no-limits warning). */
  readonly limits: boolean;
  /** Each line of each phase: its value, or its mean where it varies from point to point (NaN where there is none). */
  readonly lines: readonly PhaseLines[];
  /** 1 for included subgroups, 0 for excluded ones. */
  readonly included: Uint8Array;
  /** The points outside the limits, in order. */
  readonly sigma: readonly SigmaPoint[];
  readonly words: Words;
}

/** A point outside the control limits, and which one. @internal */
export interface SigmaPoint {
  readonly index: number;
  readonly side: "above" | "below";
}

/**
 * One summary per phase (like qicharts2's `summary()`: the runs analysis and
 * the mean of each line over the phase) and every signal, ordered by phase and
 * first index. @internal
 */
export function summarizePhases(input: SummaryInput): { summaries: PhaseSummary[]; signals: Signal[]; warnings: SpcWarning[]; since: (number | null)[] } {
  const summaries: PhaseSummary[] = [];
  const signals: Signal[] = [];
  const since: (number | null)[] = [];
  const warnings: SpcWarning[] = [];
  let next = 0; // the first sigma point not yet assigned to a phase
  input.phases.forEach(({ start, end }, phase) => {
    const rules = input.rules[phase] as PhaseRules;
    const lines = input.lines[phase] as PhaseLines;
    const phaseSignals = [...rules.signals];
    let sigmaSignals = 0;
    let excludedSigmaSignals = 0;
    for (; next < input.sigma.length && (input.sigma[next] as SigmaPoint).index <= end; next++) {
      const { index, side } = input.sigma[next] as SigmaPoint;
      const excluded = input.included[index] === 0;
      sigmaSignals++;
      if (excluded) excludedSigmaSignals++;
      phaseSignals.push({ rule: "sigma", phase, indices: [index], side, direction: classify(side, input.improvement), excluded });
    }
    phaseSignals.sort((a, b) => (a.indices[0] as number) - (b.indices[0] as number));
    // The direction is read in time; the signals of the old level of a phase that moved are neutral (readDirection).
    const reading = readDirection(phaseSignals, rules.span);
    since.push(reading.since);
    for (const signal of phaseSignals) signals.push(reading.oldLevel.has(signal) ? { ...signal, direction: "neutral" } : signal);
    const lcl = orNull(lines.lcl);
    const ucl = orNull(lines.ucl);
    if (input.limits && lcl === null && ucl === null) {
      warnings.push({ code: "no_limits", phase, message: input.words.warnings.noLimits(phase + 1) });
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
      direction: reading.direction,
      sigmaSignals,
      excludedSigmaSignals,
      cl: orNull(lines.cl),
      lcl,
      ucl,
      lcl95: orNull(lines.lcl95),
      ucl95: orNull(lines.ucl95),
    });
  });
  return { summaries, signals, warnings, since };
}
