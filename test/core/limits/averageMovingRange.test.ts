import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { averageMovingRange, d4, individualsBaseline } from "../../../src/core/limits/averageMovingRange.ts";
import { mean } from "../../../src/core/stats/mean.ts";

/** The definition, step by step: ranges of consecutive used subgroups, dropped when an end is missing; then screened. */
function slowAverageMovingRange(values: (number | null)[], used: boolean[], screen: boolean): number {
  const kept = values.filter((_, i) => used[i]);
  const ranges: number[] = [];
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1];
    const b = kept[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined) ranges.push(Math.abs(b - a));
  }
  const average = (list: number[]) => (list.length === 0 ? Number.NaN : list.reduce((s, r) => s + r, 0) / list.length);
  const first = average(ranges);
  return screen && !Number.isNaN(first) ? average(ranges.filter((r) => r < d4 * first)) : first;
}

describe("averageMovingRange and individualsBaseline", () => {
  test("known values: Nelson's screening drops a range at or above 3.267 MR̄", () => {
    // Ranges 1, 1, 1, 1, 20: MR̄ = 24/5 = 4.8, 3.267 × 4.8 = 15.68, so 20 is dropped and MR̄ = 1.
    const values = Float64Array.of(10, 11, 10, 11, 10, 30);
    expect(averageMovingRange(values, null, 0, 5, false)).toBe(4.8);
    expect(averageMovingRange(values, null, 0, 5, true)).toBe(1);
  });

  test("ranges bridge subgroups outside the baseline but not missing values", () => {
    const values = Float64Array.of(1, 100, 3, Number.NaN, 6, 8);
    // Used: 1, 3, NaN, 6, 8 → ranges |3 − 1| = 2, then two dropped around the gap, |8 − 6| = 2.
    expect(averageMovingRange(values, Uint8Array.of(1, 0, 1, 1, 1, 1), 0, 5, false)).toBe(2);
  });

  const value = fc.option(fc.integer({ min: -1000, max: 1000 }).map((v) => v / 8), { nil: null, freq: 8 });
  propTest.prop([fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 120 }), fc.boolean()])(
    "agree with the definition, and the mean with mean()",
    (rows, screen) => {
      const values = Float64Array.from(rows, ([v]) => v ?? Number.NaN);
      const base = Uint8Array.from(rows, ([, used]) => (used ? 1 : 0));
      const end = rows.length - 1;
      const estimates = individualsBaseline(values, base, 0, end, screen);
      // Eighths are exact in binary, so every sum here is exact and the two must agree exactly.
      const expected = slowAverageMovingRange(rows.map(([v]) => v), rows.map(([, used]) => used), screen);
      expect(Object.is(estimates.averageMovingRange, expected) || estimates.averageMovingRange === expected).toBe(true);
      expect(Object.is(estimates.mean, mean(values, 0, end, base))).toBe(true);
    },
  );
});
