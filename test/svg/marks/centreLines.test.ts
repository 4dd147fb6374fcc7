import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { stepPath, stepPathOf } from "../../../src/svg/marks/centreLines.ts";

const pairs = (d: string): number[][] => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("stepPath", () => {
  it("draws each step from halfway to halfway, broken where a level is missing", () => {
    expect(stepPath([[10, 5], [20, 7], [30, Number.NaN], [40, 9]])).toBe("M10,5L15,5L15,7L25,7M35,9L40,9");
  });

  it("draws steps sharing a pixel column as its first level, its range and its last level", () => {
    // 100 steps across 10 px: ten in each pixel column.
    const levels = Array.from({ length: 100 }, (_, k) => 50 + ((k * 37) % 11));
    const d = stepPath(levels.map((v, k) => [100 + k / 10, v]));
    const drawn = pairs(d);
    expect(drawn.length).toBeLessThan(80);
    // The extremes of the steps lying in each pixel column are drawn in that column.
    const xs = levels.map((_, k) => 100 + k / 10);
    for (let c = 100; c < 110; c++) {
      const own = levels.filter((_, k) => Math.floor(k === 0 ? xs[k]! : (xs[k]! + xs[k - 1]!) / 2) === c && Math.floor(k === 99 ? xs[k]! : (xs[k]! + xs[k + 1]!) / 2) === c);
      const inColumn = drawn.filter(([x]) => x! >= c && x! <= c + 1).map(([, y]) => y!);
      expect(Math.min(...inColumn)).toBeLessThanOrEqual(Math.min(...own));
      expect(Math.max(...inColumn)).toBeGreaterThanOrEqual(Math.max(...own));
      expect(inColumn).toContain(Math.min(...own));
      expect(inColumn).toContain(Math.max(...own));
    }
    expect(drawn[0]).toEqual([100, levels[0]]);
    expect(drawn.at(-1)).toEqual([109.9, levels.at(-1)]);
  });
});

/**
 * The step path by its definition, one step at a time: each step from halfway to its neighbours (its own x at the
 * ends); consecutive steps within one pixel column drawn as the column's first level, its range and its last level;
 * a missing level breaks the line.
 */
function definition(from: number, to: number, xs: ArrayLike<number>, values: ArrayLike<number>, yOf: (v: number) => number): string {
  const f = (v: number): string => String(Math.round(v * 100) / 100);
  let d = "";
  let pen = false;
  let group: { start: number; end: number; levels: number[] } | null = null;
  let column = Number.NaN;
  const flush = (): void => {
    if (group === null) return;
    const { start, end, levels } = group;
    const ys = levels.map(yOf);
    if (levels.length === 1) d += `${pen ? "L" : "M"}${f(start)},${f(ys[0]!)}L${f(end)},${f(ys[0]!)}`;
    else {
      const mid = f((start + end) / 2);
      const a = yOf(Math.min(...levels));
      const b = yOf(Math.max(...levels));
      d += `${pen ? "L" : "M"}${f(start)},${f(ys[0]!)}L${mid},${f(ys[0]!)}L${mid},${f(Math.min(a, b))}L${mid},${f(Math.max(a, b))}L${mid},${f(ys.at(-1)!)}L${f(end)},${f(ys.at(-1)!)}`;
    }
    pen = true;
    group = null;
  };
  for (let k = from; k <= to; k++) {
    const left = k === from ? xs[k]! : (xs[k]! + xs[k - 1]!) / 2;
    const right = k === to ? xs[k]! : (xs[k]! + xs[k + 1]!) / 2;
    const v = values[k]!;
    if (!Number.isFinite(v)) {
      flush();
      pen = false;
      column = Number.NaN;
      continue;
    }
    const own = Math.floor(left);
    if (group !== null && own === column && Math.floor(right) === column) {
      group.end = right;
      group.levels.push(v);
      continue;
    }
    flush();
    column = Math.floor(right) === own ? own : Number.NaN;
    group = { start: left, end: right, levels: [v] };
  }
  flush();
  return d;
}

describe("stepPathOf", () => {
  // Positions that do not decrease, from sparse (several px apart) to dense (many steps to a pixel), and levels with gaps.
  const series = fc.integer({ min: 1, max: 400 }).chain((n) =>
    fc.record({
      xs: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }).map((steps) => {
        let x = 20;
        return Float64Array.from(steps, (dx) => (x += dx / 16));
      }),
      levels: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }), { minLength: n, maxLength: n }),
      others: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }), { minLength: n, maxLength: n }),
      cut: fc.tuple(fc.nat(), fc.nat()),
    }),
  );
  test.prop([series, fc.constantFrom((v: number) => v, (v: number) => 300 - 4.5 * v)])("draws what the definition draws, for any range, again with the layout it kept", ({ xs, levels, others, cut }, yOf) => {
    const from = cut[0] % xs.length;
    const to = from + (cut[1] % (xs.length - from));
    expect(stepPathOf(from, to, xs, levels, yOf)).toBe(definition(from, to, xs, levels, yOf));
    // The same positions and range with other levels (a chart drawn again): the layout kept, the levels read anew.
    expect(stepPathOf(from, to, xs, others, yOf)).toBe(definition(from, to, xs, others, yOf));
  });
});
