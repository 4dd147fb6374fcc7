import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze.ts";
import { lineSummary } from "../../../src/svg/layout/lineSummary.ts";
import { renderSvg } from "../../../src/svg/render.ts";

describe("lineSummary", () => {
  it("reads each pixel column's extent and the segment from the column before, and breaks at a gap", () => {
    const positions = Float64Array.of(10.1, 10.6, 11.2, 11.9, 13.5, 14.2);
    const { columns, thinned } = lineSummary(positions, [5, 8, 2, 3, Number.NaN, 7]);
    // Columns 10, 11 and 14 (13.5 is a gap): left, right, lowest, highest, then the joining segment's ends.
    expect([...columns]).toEqual([10.1, 10.6, 5, 8, Number.NaN, Number.NaN, 10.1, 5, 11.2, 11.9, 2, 3, 10.6, 8, 11.2, 2, 14.2, 14.2, 7, 7, Number.NaN, Number.NaN, 14.2, 7]);
    // Per half pixel: every point here has a column of its own, the gap a break (-1).
    expect([...thinned]).toEqual([0, 1, 2, 3, -1, 5]);
  });

  it("is kept for the same positions and the same values, number for number, and made again when a value changes", () => {
    const positions = Float64Array.from({ length: 1000 }, (_, i) => i / 10);
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i * 37) % 11);
    values[500] = Number.NaN;
    const first = lineSummary(positions, values);
    // Another array with the same numbers (an analysis made again) finds the same summary.
    expect(lineSummary(positions, Float64Array.from(values))).toBe(first);
    const changed = Float64Array.from(values);
    changed[3] = 99;
    const second = lineSummary(positions, changed);
    expect(second).not.toBe(first);
    expect(second.columns[3]).toBe(99);
    // Other positions (another width) are their own.
    expect(lineSummary(Float64Array.from(positions, (p) => p * 2), values)).not.toBe(second);
  });
});

describe("a dense chart drawn again", () => {
  // Daily dates (the same array each time: the core keeps its reading, so the results share their x keys).
  const x = Array.from({ length: 8000 }, (_, k) => new Date(Date.UTC(2000, 0, 1 + k)).toISOString().slice(0, 10));
  const y1 = x.map((_, k) => 50 + ((k * 7919) % 23) + (k > 5000 ? 6 : 0));
  const y2 = x.map((_, k) => 50 + ((k * 104729) % 19) - (k > 3000 ? 4 : 0));
  it("draws what a chart drawn from its JSON draws, after charts of other values, baselines and widths", () => {
    const options = { maxPointMarks: 5000, locale: "da-DK" } as const;
    for (const [y, freeze, width] of [[y1, 100, 720], [y1, 200, 720], [y2, 200, 720], [y2, 200, 900], [y1, 30, 900]] as const) {
      const result = analyze({ chart: "i", x, y, freeze });
      expect(renderSvg(result, { ...options, width })).toBe(renderSvg(result.toJSON(), { ...options, width }));
    }
  });
});
