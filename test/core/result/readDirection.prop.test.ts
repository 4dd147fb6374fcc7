import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, type ChartSpecInput } from "../../../src/index.ts";

// A two-level step: n1 points at one level and n2 at another, each with noise smaller than half the gap, so every
// point lies on its level's side of the median and the two runs are each longer than the Anhøj limit.
const step = fc.record({
  n1: fc.integer({ min: 10, max: 20 }),
  n2: fc.integer({ min: 10, max: 20 }),
  low: fc.integer({ min: 0, max: 50 }),
  gap: fc.integer({ min: 20, max: 60 }),
  up: fc.boolean(),
  noise: fc.array(fc.double({ min: -0.4, max: 0.4, noNaN: true }), { minLength: 40, maxLength: 40 }),
});
const charts = fc.constantFrom<ChartSpecInput["chart"]>("run", "i");
const better = fc.constantFrom("up" as const, "down" as const);

function series({ n1, n2, low, gap, up, noise }: { n1: number; n2: number; low: number; gap: number; up: boolean; noise: number[] }, noisy: boolean): number[] {
  const first = up ? low : low + gap;
  const second = up ? low + gap : low;
  return Array.from({ length: n1 + n2 }, (_, i) => (i < n1 ? first : second) + (noisy ? (noise[i] as number) * gap : 0));
}

describe("direction read in time (property)", () => {
  test.prop([step, charts, better])("reversing time on a two-level step swaps improvement and deterioration", (s, chart, improvement) => {
    const y = series(s, true);
    const forward = analyze({ chart, y, improvement }).assessment;
    const backward = analyze({ chart, y: [...y].reverse(), improvement }).assessment;
    expect(forward.changed).toBe(true);
    const swapped = { improvement: "deterioration", deterioration: "improvement" } as const;
    expect(forward.direction === "improvement" || forward.direction === "deterioration").toBe(true);
    expect(backward.direction).toBe(swapped[forward.direction as "improvement"]);
    // the later level is the better one exactly when the step goes the better way
    expect(forward.direction === "improvement").toBe(s.up === (improvement === "up"));
    expect(forward.since).toBe(s.n1);
    expect(backward.since).toBe(s.n2);
  });

  test.prop([step, charts, better])("noise within the levels does not change the verdict", (s, chart, improvement) => {
    const clean = analyze({ chart, y: series(s, false), improvement }).assessment;
    const noisy = analyze({ chart, y: series(s, true), improvement }).assessment;
    expect([noisy.changed, noisy.direction, noisy.since]).toEqual([clean.changed, clean.direction, clean.since]);
  });
});
