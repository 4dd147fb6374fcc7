import { describe, expect, it } from "vitest";
import { stepPath } from "../../../src/svg/marks/centreLines.ts";

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
