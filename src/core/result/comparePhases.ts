import { RunCounter } from "../rules/countRuns.ts";
import { evaluateRuns } from "../rules/evaluateRuns.ts";
import type { RuleSet } from "../rules/ruleSets.ts";
import type { Improvement, PhaseComparison, PhaseSummary } from "../types.ts";

/**
 * Has the last phase moved away from the one before it? The points of the last
 * phase are held against the previous phase's centre line, as when that centre
 * line is extended into the new period to judge a change (Provost & Murray
 * 2011, *The Health Care Data Guide*, ch. 3 and 6), and the rule set's runs
 * rules are applied to them: the Anhøj rules — a longest run on one side above
 * round(log2(useful)) + 3, or fewer crossings than qbinom(0.05, useful − 1, ½)
 * (Anhøj & Olesen 2014), best box or cut box as the rule set says — or else
 * the shift rule (this many points in a row on one side). Without a change the
 * new points lie about the old centre line like any random series, so the
 * rules keep their false-alarm rate; a sustained shift makes them signal.
 *
 * A split at a change leaves the new phase stable about its own centre line,
 * and its own verdict then says only "random variation"; this comparison is
 * what says whether the change moved the process, and which way. Only
 * included, non-missing points take part; points on the old centre line
 * neither extend nor break a run. Null when either phase has no centre line,
 * when the rule set has no runs rule, or when no point of the last phase is
 * useful. The 3-sigma test is not used: the previous phase's limits depend on
 * its own subgroup sizes. @internal
 */
export function comparePhases(values: Float64Array, included: Uint8Array, previous: PhaseSummary, last: PhaseSummary, ruleSet: RuleSet, improvement: Improvement | null): PhaseComparison | null {
  const reference = previous.cl;
  if (reference === null || last.cl === null || (ruleSet.anhoej === false && ruleSet.shift === false)) return null;
  // The last phase's points against the previous centre line, counted as every phase's runs are.
  const { start, end } = last;
  // (About a constant line: no column of it, which for a long phase cost more to allocate than the count.)
  const counter = new RunCounter();
  for (let i = start; i <= end; i++) {
    if (included[i] === 0) continue;
    counter.observations++;
    counter.add((values[i] as number) - reference);
  }
  const counts = { observations: counter.observations, useful: counter.useful, longestRun: counter.longestRun, crossings: counter.crossings };
  if (counts.useful === 0) return null;
  const shifted = ruleSet.anhoej !== false ? evaluateRuns(counts, ruleSet.anhoej).signal : counts.longestRun >= (ruleSet.shift as number);
  // Which way the phase moved: its centre line against the previous one.
  const up = last.cl > reference;
  return {
    phase: previous.phase,
    shifted,
    up,
    direction: improvement === null ? null : up === (improvement === "up") ? "improvement" : "deterioration",
    cl: last.cl,
    previousCl: reference,
  };
}
