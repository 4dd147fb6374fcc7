import type { ChartResult, SignalRule } from "shewhart";
import type { Language } from "../i18n/words.ts";

const ruleWords: Record<Language, Record<SignalRule | "baseline" | "excluded", string>> = {
  en: { longestRun: "a long run", crossings: "too few crossings", box: "the box rule", shift: "a shift", trend: "a trend", fewRuns: "too few runs", manyRuns: "too many runs", astronomical: "an astronomical point", twoOfThree: "two of three near a limit", hugging: "hugging the centre line", sigma: "outside the limits", baseline: "in the baseline", excluded: "excluded" },
  da: { longestRun: "en lang serie", crossings: "for få kryds", box: "box-reglen", shift: "et skift", trend: "en trend", fewRuns: "for få serier", manyRuns: "for mange serier", astronomical: "et astronomisk punkt", twoOfThree: "to af tre nær en grænse", hugging: "tæt om centerlinjen", sigma: "uden for kontrolgrænserne", baseline: "i baseline", excluded: "udeladt" },
};

/**
 * The signals a point is part of, in words ("a shift, outside the limits"); the signals of its phase as a whole (too
 * few crossings, too few or many runs: no point's own); and its state (in the baseline, excluded).
 */
export function pointSignals(result: ChartResult, index: number, language: Language): { signals: string[]; phaseSignals: string[]; state: string[] } {
  const words = ruleWords[language];
  const rules = new Set<SignalRule>();
  const phaseRules = new Set<SignalRule>();
  for (const signal of result.signals) {
    // Crossings and the number of runs concern the whole phase: named at its points as the phase's, not the point's.
    if (signal.rule === "crossings" || signal.rule === "fewRuns" || signal.rule === "manyRuns") {
      if (signal.phase === result.phase[index]) phaseRules.add(signal.rule);
    } else if (signal.indices.includes(index)) rules.add(signal.rule);
  }
  const state: string[] = [];
  // A point is "in the baseline" only where its phase has a frozen baseline that ends before the phase does: a phase
  // without one computes its limits from every point, which the result's baseline column marks, but none is a baseline.
  const phase = result.phases[result.phase[index] as number];
  if (result.baseline[index] === 1 && phase !== undefined && phase.baselineEnd < phase.end) state.push(words.baseline);
  if (result.included[index] === 0) state.push(words.excluded);
  return { signals: [...rules].map((r) => words[r]), phaseSignals: [...phaseRules].map((r) => words[r]), state };
}
