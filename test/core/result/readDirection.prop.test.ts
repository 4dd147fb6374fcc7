import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, type ChartSpecInput } from "../../../src/index.ts";

// A two-level step: n1 points at one level, then n2 at another, each point moved by noise of 5–20 % of the gap, so the
// levels never overlap and, with equal levels, the centre line (median or mean) lies strictly between them (with noise up
// to 40 % of the gap, a mean can fall inside a level: fast-check found such a series). Sizes 10–20: the smaller level lies wholly on one side of the median, and its run is longer than
// the Anhøj limit. (The median falls inside the larger level, so where the move is dated can shift by a point or two
// with the noise; with equal levels the median lies between them and the move begins exactly at the step.)
const noise = fc.array(
  fc.tuple(fc.double({ min: 0.05, max: 0.2, noNaN: true }), fc.boolean()).map(([size, negative]) => (negative ? -size : size)),
  { minLength: 40, maxLength: 40 },
);
const step = fc.record({
  n1: fc.integer({ min: 10, max: 20 }),
  n2: fc.oneof(fc.integer({ min: 10, max: 20 }), fc.constant(-1)), // -1: as many as n1
  low: fc.integer({ min: 0, max: 50 }),
  gap: fc.integer({ min: 20, max: 60 }),
  up: fc.boolean(),
});
const steps = step.map((s) => ({ ...s, n2: s.n2 < 0 ? s.n1 : s.n2 }));
const charts = fc.constantFrom<ChartSpecInput["chart"]>("run", "i");
const better = fc.constantFrom("up" as const, "down" as const);

function series({ n1, n2, low, gap, up }: { n1: number; n2: number; low: number; gap: number; up: boolean }, moves: number[]): number[] {
  const first = up ? low : low + gap;
  const second = up ? low + gap : low;
  return Array.from({ length: n1 + n2 }, (_, i) => (i < n1 ? first : second) + (moves[i] as number) * gap);
}

describe("direction read in time (property)", () => {
  test.prop([steps, noise, charts, better])("reversing time on a two-level step swaps improvement and deterioration", (s, moves, chart, improvement) => {
    const y = series(s, moves);
    const forward = analyze({ chart, y, improvement }).assessment;
    const backward = analyze({ chart, y: [...y].reverse(), improvement }).assessment;
    // the later level is the better one exactly when the step goes the better way
    const expected = s.up === (improvement === "up") ? "improvement" : "deterioration";
    expect(forward).toMatchObject({ changed: true, direction: expected });
    expect(backward).toMatchObject({ changed: true, direction: expected === "improvement" ? "deterioration" : "improvement" });
    expect(forward.since).not.toBeNull();
    expect(backward.since).not.toBeNull();
    if (s.n1 === s.n2) {
      expect(forward.since).toBe(s.n1);
      expect(backward.since).toBe(s.n2);
    }
  });

  test.prop([steps, noise, noise, charts, better])("noise within the levels does not change the verdict", (s, a, b, chart, improvement) => {
    const one = analyze({ chart, y: series(s, a), improvement }).assessment;
    const other = analyze({ chart, y: series(s, b), improvement }).assessment;
    expect([other.changed, other.direction, other.variation]).toEqual([one.changed, one.direction, one.variation]);
    if (s.n1 === s.n2) expect([one.since, other.since]).toEqual([s.n1, s.n1]);
  });
});
