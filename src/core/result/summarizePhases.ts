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

/**
 * A point outside the control limits, and which one, as a number (a list of them allocates no object per point:
 * a series may have many): its index i above the upper limit, −1 − i below the lower one. @internal
 */
export type SigmaPoint = number;

/** The point `index` outside its limits, `above` the upper one or below the lower one. @internal */
export function sigmaPoint(index: number, above: boolean): SigmaPoint {
  return above ? index : -1 - index;
}

function indexOf(point: SigmaPoint): number {
  return point >= 0 ? point : -1 - point;
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
    // The phase's signals in time (by first index): the rules' few signals sorted (stably), merged with the points
    // outside the limits, which come in index order — a merge, not a sort, as there may be many of those. At an
    // equal first index a rule's signal comes first.
    const ruleSignals = [...rules.signals].sort(byFirstIndex);
    const phaseSignals: Signal[] = [];
    let r = 0;
    let sigmaSignals = 0;
    let excludedSigmaSignals = 0;
    for (; next < input.sigma.length && indexOf(input.sigma[next] as SigmaPoint) <= end; next++) {
      const point = input.sigma[next] as SigmaPoint;
      const index = indexOf(point);
      const side = point >= 0 ? "above" : "below";
      while (r < ruleSignals.length && ((ruleSignals[r] as Signal).indices[0] as number) <= index) phaseSignals.push(ruleSignals[r++] as Signal);
      const excluded = input.included[index] === 0;
      sigmaSignals++;
      if (excluded) excludedSigmaSignals++;
      phaseSignals.push({ rule: "sigma", phase, indices: [index], side, direction: classify(side, input.improvement), excluded });
    }
    while (r < ruleSignals.length) phaseSignals.push(ruleSignals[r++] as Signal);
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

function byFirstIndex(a: Signal, b: Signal): number {
  return (a.indices[0] as number) - (b.indices[0] as number);
}
