import { describe, expect, it } from "vitest";
import { readDirection } from "../../../src/core/result/readDirection.ts";
import { analyze } from "../../../src/index.ts";
import type { Signal, SignalDirection } from "../../../src/index.ts";

const signal = (first: number, last: number, direction: SignalDirection, excluded = false, rule: Signal["rule"] = "shift"): Signal => ({
  rule,
  phase: 0,
  indices: Array.from({ length: last - first + 1 }, (_, k) => first + k),
  side: null,
  direction,
  excluded,
});

describe("readDirection: the direction of a phase read in time", () => {
  it("one kind of signal gives its direction and no 'since'", () => {
    expect(readDirection([signal(0, 7, "improvement"), signal(12, 12, "improvement")])).toMatchObject({ direction: "improvement", since: null });
    expect(readDirection([signal(3, 9, "deterioration")])).toMatchObject({ direction: "deterioration", since: null });
  });

  it("neutral signals count only alone; nothing gives null", () => {
    expect(readDirection([signal(0, 9, "neutral")]).direction).toBe("neutral");
    expect(readDirection([signal(0, 9, "neutral"), signal(2, 4, "deterioration")]).direction).toBe("deterioration");
    expect(readDirection([]).direction).toBeNull();
  });

  it("the earlier kind before the later kind: the process moved, since the first point of the later signals", () => {
    const early = signal(0, 11, "deterioration");
    const late = signal(12, 23, "improvement");
    const reading = readDirection([early, late, signal(0, 23, "neutral")]);
    expect(reading).toMatchObject({ direction: "improvement", since: 12 });
    expect([...reading.oldLevel]).toEqual([early]);
    expect(readDirection([signal(0, 11, "improvement"), signal(14, 23, "deterioration")])).toMatchObject({ direction: "deterioration", since: 14 });
  });

  it("both kinds: a move needs a run of each kind, and with a span the old level at the phase's start or the new one at its end", () => {
    const span = { first: 0, last: 28 };
    // An excursion below in the middle, then one point above the limits: no level to have moved to (a user's trial, dip.csv).
    expect(readDirection([signal(3, 12, "deterioration", false, "longestRun"), signal(22, 22, "improvement", false, "sigma")], span)).toMatchObject({ direction: "mixed", since: null });
    // A dip and the trend back out of it, then a lone point above (ihi.csv).
    expect(readDirection([signal(5, 10, "deterioration"), signal(7, 12, "improvement", false, "trend"), signal(17, 17, "improvement", false, "astronomical")], span).direction).toBe("mixed");
    // A level on each side and one at an end: the old level at the start, or the new one at the end.
    expect(readDirection([signal(0, 9, "deterioration", false, "longestRun"), signal(15, 22, "improvement", false, "longestRun")], span)).toMatchObject({ direction: "improvement", since: 15 });
    expect(readDirection([signal(4, 9, "deterioration", false, "longestRun"), signal(18, 28, "improvement", false, "longestRun")], span)).toMatchObject({ direction: "improvement", since: 18 });
    // A run, then one point outside the limits, is no new level, even from the start to the end of the phase.
    expect(readDirection([signal(0, 27, "deterioration", false, "longestRun"), signal(28, 28, "improvement", false, "sigma")], span).direction).toBe("mixed");
    expect(readDirection([signal(0, 0, "deterioration", false, "sigma"), signal(1, 28, "improvement", false, "longestRun")], span).direction).toBe("mixed");
    // The rule is symmetric in time: a lone point, then a run that ends inside the phase, is not a move either.
    expect(readDirection([signal(6, 6, "improvement", false, "sigma"), signal(16, 25, "deterioration", false, "longestRun")], span).direction).toBe("mixed");
  });

  it("an I chart with a dip in the middle and one high point later is not 'moved up' (a user's trial)", () => {
    const y = [52, 49, 53, 50, 47, 46, 45, 48, 47, 46, 45, 47, 46, 53, 50, 52, 49, 51, 54, 50, 53, 49, 90, 51, 48, 52, 50, 51, 49];
    const { assessment } = analyze({ chart: "i", y, improvement: "up" });
    expect(assessment.variation).toBe("change");
    expect(assessment.message).toBe("The process shows non-random variation: signals of both improvement and deterioration.");
  });

  it("a bridging signal may overlap the old level if it starts and ends after it", () => {
    // the old run 0–9, a trend 6–12 leaving it, the new run 10–19: moved from 6
    expect(readDirection([signal(0, 9, "deterioration"), signal(6, 12, "improvement"), signal(10, 19, "improvement")])).toMatchObject({ direction: "improvement", since: 6 });
  });

  it("boundaries: a later signal that starts with, or ends with or before, an earlier one interleaves (mixed)", () => {
    expect(readDirection([signal(0, 9, "deterioration"), signal(0, 12, "improvement")]).direction).toBe("mixed");
    expect(readDirection([signal(0, 9, "deterioration"), signal(5, 9, "improvement")]).direction).toBe("mixed");
    expect(readDirection([signal(0, 9, "deterioration"), signal(1, 10, "improvement")])).toMatchObject({ direction: "improvement", since: 1 });
  });

  it("interleaved signals stay mixed", () => {
    const reading = readDirection([signal(0, 5, "improvement"), signal(8, 8, "deterioration"), signal(12, 18, "improvement")]);
    expect(reading).toMatchObject({ direction: "mixed", since: null });
    expect(reading.oldLevel.size).toBe(0);
  });

  it("one kind: a run that begins the phase is the old level; the phase moved away from it", () => {
    const span = { first: 0, last: 23 };
    const early = signal(0, 9, "deterioration");
    const reading = readDirection([early, signal(0, 23, "neutral")], span);
    expect(reading).toMatchObject({ direction: "improvement", since: 10 });
    expect([...reading.oldLevel]).toEqual([early]);
    // the first useful point may come after missing ones
    expect(readDirection([signal(2, 9, "improvement")], { first: 2, last: 23 })).toMatchObject({ direction: "deterioration", since: 10 });
  });

  it("one kind: a run that ends the phase is a move to its side", () => {
    expect(readDirection([signal(14, 23, "improvement")], { first: 0, last: 23 })).toMatchObject({ direction: "improvement", since: 14 });
  });

  it("one kind, read by side: a run in the middle, a run over the whole phase, a lone point at the start, no span", () => {
    const span = { first: 0, last: 23 };
    expect(readDirection([signal(5, 14, "deterioration")], span)).toMatchObject({ direction: "deterioration", since: null });
    expect(readDirection([signal(0, 23, "deterioration")], span)).toMatchObject({ direction: "deterioration", since: null });
    expect(readDirection([signal(0, 0, "deterioration", false, "sigma")], span)).toMatchObject({ direction: "deterioration", since: null });
    expect(readDirection([signal(0, 9, "deterioration")])).toMatchObject({ direction: "deterioration", since: null });
    // a run at the start and another signal of the same kind at the very end: not a move
    expect(readDirection([signal(0, 9, "deterioration"), signal(23, 23, "deterioration", false, "sigma")], span)).toMatchObject({ direction: "deterioration", since: null });
  });

  it("excluded signals are not read", () => {
    expect(readDirection([signal(3, 3, "deterioration", true), signal(6, 12, "improvement")])).toMatchObject({ direction: "improvement", since: null });
    expect(readDirection([signal(3, 3, "deterioration", true)]).direction).toBeNull();
  });
});

describe("a step change in one phase (#12): 12 points around 80, then 12 around 60", () => {
  const before = [80, 82, 79, 81, 78, 80, 83, 79, 81, 80, 82, 78];
  const after = [60, 62, 59, 61, 58, 60, 63, 59, 61, 60, 62, 58];
  const x = Array.from({ length: 24 }, (_, i) => `2020-W${String(i + 1).padStart(2, "0")}`);

  it("lower is better: an improvement from the first point below, and the old level drawn neutral", () => {
    const json = analyze({ y: [...before, ...after], improvement: "down" }).toJSON();
    expect(json.phases[0]?.direction).toBe("improvement");
    expect(json.assessment).toMatchObject({ changed: true, direction: "improvement", since: 12 });
    expect(json.assessment.message).toMatch(/^The process moved down from .*13.*: an improvement\./);
    expect(json.points.slice(0, 12).every((p) => p.direction === "neutral")).toBe(true);
    expect(json.points.slice(12).every((p) => p.direction === "improvement")).toBe(true);
    expect(json.signals.find((s) => s.rule === "longestRun" && s.side === "above")?.direction).toBe("neutral");
  });

  it("higher is better: the same step is a deterioration", () => {
    const json = analyze({ y: [...before, ...after], improvement: "up" }).toJSON();
    expect(json.assessment).toMatchObject({ direction: "deterioration", since: 12 });
    expect(json.assessment.message).toMatch(/moved down from .*: a deterioration\./);
  });

  it("a step up, both improvement directions, with the IHI rules and with weeks as x", () => {
    const up = analyze({ y: [...after, ...before], x, improvement: "up", rules: "ihi" }).toJSON();
    expect(up.assessment).toMatchObject({ direction: "improvement", since: 12 });
    expect(up.assessment.message).toContain("moved up from");
    const down = analyze({ y: [...after, ...before], x, improvement: "down", rules: "ihi" }).toJSON();
    expect(down.assessment).toMatchObject({ direction: "deterioration", since: 12 });
  });

  it("without an improvement direction the step is a change with no direction and no 'since'", () => {
    expect(analyze({ y: [...before, ...after] }).toJSON().assessment).toMatchObject({ changed: true, direction: null, since: null });
  });

  it("an I chart of the step: points outside the limits on both sides still read in time", () => {
    const json = analyze({ chart: "i", y: [...before, ...after], improvement: "down" }).toJSON();
    expect(json.assessment).toMatchObject({ direction: "improvement", since: 12 });
  });

  it("a high point among the low ones makes it mixed", () => {
    const y = [...before, ...after.slice(0, 6), 95, ...after.slice(6)];
    const json = analyze({ chart: "i", y, improvement: "down" }).toJSON();
    expect(json.assessment.direction).toBe("mixed");
    expect(json.assessment.since).toBeNull();
  });
});
