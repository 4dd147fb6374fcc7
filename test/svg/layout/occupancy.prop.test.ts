import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { crosses, Occupancy, overlaps, type Rect } from "../../../src/svg/layout/occupancy.ts";

// Pixel coordinates to a hundredth, as the renderer writes them.
const coordinate = fc.integer({ min: -5000, max: 45000 }).map((v) => v / 100);
const rect = fc.tuple(coordinate, coordinate, fc.integer({ min: 0, max: 12000 }).map((v) => v / 100), fc.integer({ min: 0, max: 4000 }).map((v) => v / 100)).map(([left, top, w, h]): Rect => ({ left, top, right: left + w, bottom: top + h }));
const segment = fc.tuple(coordinate, coordinate, coordinate, coordinate);

const eps = 1e-9;

/** Whether a segment meets a box, by sampling it densely (a slow reference for Liang–Barsky). */
function sampled(r: Rect, [x1, y1, x2, y2]: readonly [number, number, number, number]): boolean {
  for (let k = 0; k <= 4000; k++) {
    const t = k / 4000;
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    // Clearly inside: a sample that lands on an edge only by rounding (0.07 computed as 0.06999999999999) does not count.
    if (x > r.left + eps && x < r.right - eps && y > r.top + eps && y < r.bottom - eps) return true;
  }
  return false;
}

describe("Occupancy", () => {
  test.prop([rect, segment])("crosses() finds every segment that passes through a box's inside", (r, s) => {
    if (sampled(r, s)) expect(crosses(r, s)).toBe(true);
  });

  test.prop([fc.array(rect, { maxLength: 40 }), fc.array(segment, { maxLength: 40 }), rect])("counts what a box touches exactly as comparing it with everything would", (rects, segments, query) => {
    const occupancy = new Occupancy();
    for (const r of rects) occupancy.addRect(r);
    for (const [x1, y1, x2, y2] of segments) occupancy.addSegment(x1, y1, x2, y2);
    const expected = rects.filter((r) => overlaps(query, r)).length + segments.filter((s) => crosses(query, s)).length;
    expect(occupancy.count(query)).toBe(expected);
    expect(occupancy.free(query)).toBe(expected === 0);
  });
});
