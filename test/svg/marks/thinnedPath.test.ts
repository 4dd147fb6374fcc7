import { fc, test } from "@fast-check/vitest";
import { line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { thinnedPath } from "../../../src/svg/marks/thinnedPath.ts";

/** The full line as the renderer draws it below maxPointMarks (d3-shape, 2 decimals). */
const fullLine = (xs: readonly number[], ys: readonly number[]): string =>
  line<number>()
    .defined((i) => Number.isFinite(ys[i]!))
    .x((i) => xs[i]!)
    .y((i) => ys[i]!)
    .digits(2)(xs.map((_, i) => i)) ?? "";

const vertices = (d: string): [number, number][] => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** y values with gaps, on x positions that do not decrease. */
const series = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.constant(Number.NaN) })), { minLength: 1, maxLength: 300 })
  .map((steps) => {
    const xs: number[] = [];
    let x = 10;
    for (const [dx] of steps) xs.push((x += dx / 4));
    return { xs, ys: steps.map(([, y]) => y / 4) };
  });

describe("thinnedPath", () => {
  it("is the full line when every point has a column of its own, lone points closed as d3 closes them", () => {
    const xs = [10, 20, 30, 40, 50, 60];
    const ys = [5, 7, Number.NaN, 9, Number.NaN, 4];
    expect(thinnedPath(xs, ys, (v) => v, 1)).toBe(fullLine(xs, ys));
    expect(thinnedPath(xs, ys, (v) => v, 1)).toBe("M10,5L20,7M40,9ZM60,4Z");
  });

  it("keeps the first, lowest, highest and last point of a column, in their order", () => {
    // Five points in column 0 (x 0.0–0.8), then one in column 1.
    const xs = [0, 0.2, 0.4, 0.6, 0.8, 1.5];
    const ys = [5, 9, 1, 6, 4, 3];
    // First (5), highest (9, second), lowest (1, third), last (4); the 6 between them is left out.
    expect(thinnedPath(xs, ys, (v) => v, 1)).toBe("M0,5L0.2,9L0.4,1L0.8,4L1.5,3");
  });

  // The y scale of a chart maps a value down the picture: a higher value is drawn higher (a lower y).
  const scales = [(v: number): number => v, (v: number): number => 400 - 2 * v] as const;
  test.prop([series, fc.constantFrom(0.25, 0.5, 1, 2), fc.constantFrom(...scales)])("draws only real points, and in each column its first, last, lowest and highest of every stretch", ({ xs, ys: values }, width, scale) => {
    const d = thinnedPath(xs, values, scale, width);
    const ys = values.map(scale);
    const full = vertices(fullLine(xs, ys));
    const drawn = vertices(d);
    // Every vertex drawn is a point of the full line, in the same order (a subsequence).
    let k = 0;
    for (const [x, y] of drawn) {
      while (k < full.length && !(full[k]![0] === x && full[k]![1] === y)) k++;
      expect(k).toBeLessThan(full.length);
      k++;
    }
    // Within each column, the first and last point of every stretch of it, and its lowest and highest value, are drawn.
    const key = (x: number, y: number): string => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
    const seen = new Set(drawn.map(([x, y]) => key(x, y)));
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(ys[i]!)) continue;
      // A point drawn when it is the first or last of its column's run, or its run's lowest or highest value.
      const column = Math.floor(xs[i]! / width);
      let from = i;
      while (from > 0 && Number.isFinite(ys[from - 1]!) && Math.floor(xs[from - 1]! / width) === column) from--;
      let to = i;
      while (to < xs.length - 1 && Number.isFinite(ys[to + 1]!) && Math.floor(xs[to + 1]! / width) === column) to++;
      const run = ys.slice(from, to + 1);
      if (i === from || i === to) expect(seen.has(key(xs[i]!, ys[i]!))).toBe(true);
      if (ys[i] === Math.min(...run) || ys[i] === Math.max(...run)) expect(run.some((y, j) => y === ys[i] && seen.has(key(xs[from + j]!, y)))).toBe(true);
    }
    // Breaks where the full line breaks: as many stretches.
    expect(d.split("M").length).toBe(fullLine(xs, ys).split("M").length);
  });
});
