import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze } from "../../../src/index.ts";
import { plotLayout } from "../../../src/svg/chartBody.ts";
import { chartObstacles } from "../../../src/svg/layout/chartObstacles.ts";
import type { Rect } from "../../../src/svg/layout/occupancy.ts";
import { buildModel } from "../../../src/svg/model.ts";
import { normalizeOptions } from "../../../src/svg/options.ts";

// A chart above maxPointMarks keeps labels off its line per pixel column (layout/chartObstacles.ts): what that
// leaves free, every point's mark and every segment of the line leave free too.
const series = fc.record({
  length: fc.integer({ min: 200, max: 3000 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  missingEvery: fc.integer({ min: 0, max: 400 }),
  width: fc.integer({ min: 320, max: 1600 }),
});
const box = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 99 })).map(([x, y, w, h, f]): [number, number, number, number] => [x + f / 100, y / 2.5, w, h]);

describe("chartObstacles above maxPointMarks", () => {
  test.prop([series, fc.array(box, { minLength: 200, maxLength: 200 })], { numRuns: 25 })("leaves free only what every point and segment leaves free", ({ length, seed, missingEvery, width }, boxes) => {
    let s = seed;
    const random = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Noise with a step and a spike or two (signals: marks of every kind), and missing values now and then.
    const y = Array.from({ length }, (_, i) => (missingEvery > 0 && i % missingEvery === 7 ? null : 50 + (i > length / 2 ? 8 : 0) + random() * 20 + (random() < 0.002 ? 60 : 0)));
    const result = analyze({ chart: "i", y, freeze: Math.min(30, length) });
    const options = normalizeOptions({ width, maxPointMarks: 100 }, "test");
    const model = buildModel(result, options, "test");
    const { frame } = plotLayout(model, options, { left: 40, right: width - 60, top: 40, bottom: 360 }, { bounds: { left: 0, right: width, top: 0, bottom: 400 }, lanes: 0, giveWay: false });
    const thinned = chartObstacles(frame);
    const every = chartObstacles({ ...frame, options: { ...frame.options, maxPointMarks: Number.POSITIVE_INFINITY } });
    let free = 0;
    let taken = 0;
    for (const [left, top, w, h] of boxes) {
      const rect: Rect = { left: left * (width / 1000), top, right: left * (width / 1000) + w, bottom: top + h };
      if (thinned.free(rect)) {
        free++;
        expect(every.free(rect), JSON.stringify(rect)).toBe(true);
      } else if (every.free(rect)) taken++;
    }
    // Not vacuous: boxes are found free; and hardly more is kept clear than before (a pixel around the line).
    expect(free).toBeGreaterThan(0);
    expect(taken).toBeLessThanOrEqual(Math.max(5, free / 4));
  });
});
