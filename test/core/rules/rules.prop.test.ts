import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze } from "../../../src/index.ts";

const small = fc.integer({ min: -5, max: 5 });
const series = fc.array(small, { minLength: 2, maxLength: 80 });

describe("rule properties", () => {
  test.prop([series])("reflecting a series about its centre line swaps sides and trend directions and keeps every count", (y) => {
    const a = analyze({ y, rules: "ihi", cl: 0.5 });
    const b = analyze({ y: y.map((v) => 1 - v), rules: "ihi", cl: 0.5 });
    expect(Array.from(b.shift)).toEqual(Array.from(a.shift));
    expect(Array.from(b.trend)).toEqual(Array.from(a.trend));
    const swap = { above: "below", below: "above", increasing: "decreasing", decreasing: "increasing" } as const;
    expect(b.signals.map((s) => [s.rule, s.indices, s.side])).toEqual(a.signals.map((s) => [s.rule, s.indices, s.side === null ? null : swap[s.side]]));
    expect(b.phases.map((p) => [p.useful, p.runs, p.longestRun, p.runsSignal])).toEqual(a.phases.map((p) => [p.useful, p.runs, p.longestRun, p.runsSignal]));
  });

  test.prop([series])("an IHI shift and an Anhøj run are the same thing: a shift exists exactly when the longest run reaches 6", (y) => {
    const result = analyze({ y, rules: "ihi" });
    const longest = result.phases[0]!.longestRun ?? 0;
    expect(result.signals.some((s) => s.rule === "shift")).toBe(longest >= 6);
    for (const s of result.signals.filter((x) => x.rule === "shift")) expect(s.indices.length).toBeGreaterThanOrEqual(6);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 160 }), fc.integer({ min: 2, max: 20 }), fc.constantFrom("ihi", "anhoej" as const)])(
    "automatic re-phasing terminates, moves forward and never makes a phase shorter than minLength",
    (y, minLength, rules) => {
      const result = analyze({ y, rules, autoPhase: { minLength } });
      const indices = result.autoBreaks.map((b) => b.index);
      expect([...indices].sort((a, b) => a - b)).toEqual(indices);
      for (const phase of result.phases) {
        expect(phase.end).toBeGreaterThanOrEqual(phase.start);
        if (result.phases.length > 1) expect(phase.end - phase.start + 1).toBeGreaterThanOrEqual(minLength);
      }
      expect(analyze({ y, rules, autoPhase: { minLength } }).toJSON()).toEqual(result.toJSON());
    },
  );
});
