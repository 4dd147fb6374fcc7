import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";

// 12 weeks around 80 % and 12 around 93 % (numerators of 100): a change that worked, split at it.
const before = [78, 82, 80, 79, 83, 81, 77, 80, 82, 79, 81, 80];
const after = [92, 94, 93, 91, 95, 93, 92, 94, 93, 92, 95, 93];
const y = [...before, ...after];
const n = y.map(() => 100);

describe("the last phase against the one before it", () => {
  it("says the split change is a sustained shift up, an improvement, in English and Danish", () => {
    const result = analyze({ chart: "p", y, n, multiply: 100, breaks: [12], improvement: "up" });
    // Phase 2 is stable about its own centre line; all 12 of its points lie above phase 1's: longest run 12 > round(log2(12)) + 3 = 7.
    expect(result.assessment.variation).toBe("common");
    expect(result.assessment.comparison).toEqual({ phase: 0, shifted: true, up: true, direction: "improvement", cl: result.phases[1]!.cl, previousCl: result.phases[0]!.cl });
    // The centre lines are the phases' proportions: 962/1200 and 1117/1200.
    expect(result.assessment.comparison!.previousCl).toBeCloseTo((962 / 1200) * 100, 12);
    expect(result.assessment.comparison!.cl).toBeCloseTo((1117 / 1200) * 100, 12);
    expect(result.assessment.message).toBe(
      "The last phase (phase 2) shows only random variation. Against the centre line of phase 1 (80.2%), phase 2 (93.1%) is a sustained shift up: an improvement.",
    );
    expect(analyze({ chart: "p", y, n, multiply: 100, breaks: [12], improvement: "up", locale: "da-DK" }).assessment.message).toBe(
      "Den sidste fase (fase 2) viser kun tilfældig variation. Set mod centerlinjen i fase 1 (80,2\u00a0%) er fase 2 (93,1\u00a0%) et vedvarende skift op: en forbedring.",
    );
  });

  it("calls the same move a deterioration when lower is better, and names no direction without one", () => {
    expect(analyze({ chart: "p", y, n, breaks: [12], improvement: "down" }).assessment.comparison?.direction).toBe("deterioration");
    const run = analyze({ y, breaks: [12] }).assessment;
    expect(run.comparison).toMatchObject({ shifted: true, up: true, direction: null });
    expect(run.message).toMatch(/is a sustained shift up\.$/);
  });

  it("says a difference may be chance when the new points straddle the old centre line", () => {
    const noisy = [...before, 83, 78, 84, 79, 82, 80, 85, 78, 83, 81, 84, 79];
    const result = analyze({ y: noisy, breaks: [12], improvement: "up" });
    expect(result.assessment.comparison).toMatchObject({ shifted: false });
    expect(result.assessment.message).toMatch(/but its points show no sustained shift against it: the difference may be chance\.$/);
  });

  it("uses the shift rule of the IHI rules (6 in a row), and nothing without a runs rule or with one phase", () => {
    const short = [...before, 93, 94, 92, 95, 93, 94];
    expect(analyze({ y: short, breaks: [12], rules: "ihi" }).assessment.comparison?.shifted).toBe(true);
    expect(analyze({ y: short.slice(0, 17), breaks: [12], rules: "ihi" }).assessment.comparison?.shifted).toBe(false);
    expect(analyze({ y, breaks: [12], rules: { preset: "ihi", shift: false, trend: false, runs: false, astronomical: false } }).assessment.comparison).toBeNull();
    expect(analyze({ y }).assessment.comparison).toBeNull();
  });

  it("keeps the comparison out of the message when the last phase signals by itself", () => {
    // Phase 2 climbs on: its own runs signal, and its message says so alone.
    const climbing = [...before, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96];
    const result = analyze({ y: climbing, breaks: [12], improvement: "up" });
    expect(result.assessment.changed).toBe(true);
    expect(result.assessment.comparison).toMatchObject({ shifted: true, up: true, direction: "improvement" });
    expect(result.assessment.message).not.toMatch(/Against the centre line/);
  });

  it("leaves excluded and missing points out of the comparison", () => {
    // The new phase's only points below the old centre line are excluded or missing: the run above is unbroken.
    const withHoles = [...before, 93, 70, 94, null, 92, 95, 93, 94, 92, 93, 95, 94];
    const result = analyze({ y: withHoles, breaks: [12], exclude: [13] });
    expect(result.assessment.comparison).toMatchObject({ shifted: true, up: true });
  });
});

describe("the numbers of the comparison and the target, as the chart prints them", () => {
  it("gives both centre lines to the same decimals (a user's trial read '(13,5)' beside '(9,93)')", () => {
    const y = [14, 13, 12, 15, 13, 14, 12, 14, 13, 15, 14, 13, 10, 9, 10, 11, 9, 10, 10, 9, 11, 10, 9, 10];
    expect(analyze({ chart: "i", y, breaks: [12], improvement: "down", locale: "da-DK" }).assessment.message).toContain("Set mod centerlinjen i fase 1 (13,5) er fase 2 (9,8) et vedvarende skift ned");
  });

  it("says a P chart's target in percent at any scale, as its axis and labels do", () => {
    const y = [70, 72, 68, 71, 69, 73, 67, 70, 71, 69, 72, 68, 70, 71, 69, 70, 72, 68, 71, 69];
    const n = y.map(() => 100);
    expect(analyze({ chart: "p", y, n, multiply: 100, target: 85, improvement: "up" }).assessment.message).toContain("the wrong side of the target 85%:");
    expect(analyze({ chart: "p", y, n, target: 0.925, improvement: "up" }).assessment.message).toContain("the wrong side of the target 92.5%:");
    expect(analyze({ chart: "p", y, n, multiply: 100, target: 85, improvement: "up", locale: "da-DK" }).assessment.message).toContain("forkerte side af målet 85\u00a0%:");
  });
});
