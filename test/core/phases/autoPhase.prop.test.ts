// autoPhase finds its breaks from the new last part of a phase only; these properties check that the breaks,
// and so the whole result, are those of the definition: the loop that recomputes the whole series after each
// break (the implementation before issue 13, kept here as the reference).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { analyze, isSpcError, type AutoBreak, type ChartSpecInput } from "../../../src/index.ts";
import { computeChart, type ChartComputation } from "../../../src/core/internal/computeChart.ts";
import { prepareSeries } from "../../../src/core/internal/prepareSeries.ts";
import { splitPhases, type PhaseRange } from "../../../src/core/phases/splitPhases.ts";
import type { SignalRule } from "../../../src/core/types.ts";

/** The definition: compute everything, take the earliest sustained shift after the last automatic break, repeat. */
function referenceAutoBreaks(spec: ChartSpecInput, minLength: number): AutoBreak[] {
  const prepared = prepareSeries(spec);
  const { options } = prepared;
  const length = prepared.groups.length;
  const userPhases = splitPhases(length, options.breaks);
  const freezeFor = (phases: readonly PhaseRange[]): number | (number | null)[] | undefined => {
    const freeze = options.freeze;
    if (freeze === undefined || phases.length === userPhases.length) return freeze;
    return phases.map((phase) => {
      const owner = userPhases.findIndex((user) => user.start === phase.start);
      if (owner < 0) return null;
      return typeof freeze === "number" ? (owner === 0 ? freeze : null) : (freeze[owner] ?? null);
    });
  };
  const breaks = [...options.breaks];
  const autoBreaks: AutoBreak[] = [];
  let lastAuto = -1;
  for (;;) {
    const phases = splitPhases(length, breaks);
    const computation: ChartComputation = computeChart(prepared, phases, freezeFor(phases));
    let best: AutoBreak | null = null;
    for (const signal of computation.signals) {
      if (!(["shift", "longestRun"] as SignalRule[]).includes(signal.rule)) continue;
      const index = signal.indices[0] as number;
      const phase = computation.phases[signal.phase] as PhaseRange;
      if (index <= lastAuto || breaks.includes(index)) continue;
      if (index - phase.start < minLength || phase.end - index + 1 < minLength) continue;
      if (best === null || index < best.index) best = { index, rule: signal.rule, indices: signal.indices };
    }
    if (best === null) return autoBreaks;
    autoBreaks.push(best);
    lastAuto = best.index;
    breaks.push(best.index);
    breaks.sort((a, b) => a - b);
  }
}

/** Series made of level segments with noise and ties, so that shifts, long runs and points on the centre line all occur. */
const series = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 8 })
  .chain((segments) => {
    const length = segments.reduce((sum, [n]) => sum + n, 0);
    return fc.tuple(fc.constant(segments), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: length, maxLength: length }), fc.array(fc.boolean(), { minLength: length, maxLength: length }));
  })
  .map(([segments, noise, missing]) => {
    const y: (number | null)[] = [];
    for (const [n, level, spread] of segments) for (let k = 0; k < n; k++) y.push(level + (spread === 0 ? 0 : (noise[y.length] as number) % (spread + 1)));
    return y.map((v, i) => (missing[i] && i % 7 === 3 ? null : v));
  })
  .filter((y) => y.some((v) => v !== null));

const rules = fc.oneof(
  fc.constantFrom("anhoej", "bestbox", "cutbox", "ihi", "hcdg", "nhs" as const),
  fc.record({ shift: fc.oneof(fc.integer({ min: 2, max: 9 }), fc.constant(false as const)), anhoej: fc.constantFrom<"anhoej" | "bestbox" | false>("anhoej", "bestbox", false) }),
);
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe("autoPhase", () => {
  test.prop(
    [
      series,
      fc.constantFrom("run", "run", "i", "i", "c", "g", "t", "p", "p", "u", "pp", "up", "ip", "xbar", "xbar", "s" as const),
      rules,
      fc.integer({ min: 2, max: 8 }),
      fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 2 }),
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.double({ min: 0, max: 12, noNaN: true }), { nil: undefined, freq: 4 }),
    ],
    { numRuns: runs },
  )("finds the breaks of the loop that recomputes everything", (y, chart, ruleSet, minLength, freeze, exclude, userBreak, cl) => {
    const length = y.length;
    const withN = chart === "p" || chart === "u" || chart === "pp" || chart === "up" || chart === "ip";
    const spec: ChartSpecInput = {
      chart,
      y: chart === "t" ? y.map((v) => (v === null ? null : v + 1)) : y,
      ...(withN ? { n: y.map((v) => (v ?? 0) + 12) } : {}),
      ...(chart === "xbar" || chart === "s" ? { x: y.map((_, i) => Math.floor(i / 2)) } : {}),
      rules: ruleSet,
      autoPhase: { minLength },
      ...(freeze !== undefined && freeze < length ? { freeze } : {}),
      exclude: exclude.filter((i) => i < length && ((chart !== "xbar" && chart !== "s") || i < Math.ceil(length / 2))),
      ...(cl !== undefined && (chart === "run" || chart === "i" || chart === "c" || chart === "g") ? { cl: Math.round(cl * 2) / 2 } : {}),
      breaks: userBreak > 0 && userBreak < (chart === "xbar" || chart === "s" ? Math.ceil(length / 2) : length) ? [userBreak] : [],
    };
    let expected: AutoBreak[];
    try {
      expected = referenceAutoBreaks(spec, minLength);
    } catch (error) {
      if (!isSpcError(error)) throw error;
      expect(() => analyze(spec)).toThrow(error.message);
      return;
    }
    const json = analyze(spec).toJSON();
    expect(json.autoBreaks).toEqual(expected);
  });

  it("is fast on the reproduction of issue 13: a new phase at every pair of points", () => {
    const y = Array.from({ length: 8000 }, (_, i) => (i % 4 < 2 ? 10 : 0));
    const spec: ChartSpecInput = { y, autoPhase: { minLength: 2 }, rules: { shift: 2 } };
    const started = performance.now();
    const result = analyze(spec);
    const elapsed = performance.now() - started;
    // Every phase starts with a pair of 0s or of 10s, and the next pair of the other level shifts it.
    expect(result.autoBreaks.map((b) => b.index)).toEqual(Array.from({ length: 3999 }, (_, k) => 2 * (k + 1)));
    expect(elapsed).toBeLessThan(5000); // 11 s before issue 13; about 1 s now
  });
});
