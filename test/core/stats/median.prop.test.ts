import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { binomialHalfQuantile, median } from "../../../src/index.ts";
import { exactBinomialHalfQuantile } from "../../oracles/exactBinomialHalfQuantile.ts";
import { sortedMedian } from "../../oracles/naiveRuns.ts";
import { select } from "../../../src/core/stats/median.ts";

describe("median(values)", () => {
  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 200 })])(
    "agrees with sorting, lies within [min, max] and ignores order",
    (values) => {
      const m = median(Float64Array.from(values));
      expect(m === sortedMedian(values)).toBe(true); // 0 and -0 are one median
      expect(m).toBeGreaterThanOrEqual(Math.min(...values));
      expect(m).toBeLessThanOrEqual(Math.max(...values));
      expect(median(Float64Array.from([...values].reverse()))).toBe(m);
    },
  );
});

describe("select(values, k) on long arrays (the sampling step of Floyd–Rivest)", () => {
  // Lengths past 600 take the recursive sample; small integer domains make many ties.
  const values = fc.oneof(
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 601, maxLength: 5000 }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 601, maxLength: 5000 }),
  );
  test.prop([values, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 200 })("places the k-th smallest at k, partitioned", (list, at) => {
    const a = Float64Array.from(list);
    const k = Math.min(a.length - 1, Math.floor(at * a.length));
    select(a, k, 0, a.length - 1);
    // -0 and 0 are one value here: compare with ===, not Object.is.
    const sorted = [...list].sort((p, q) => p - q).map((v) => v + 0);
    expect((a[k] as number) === sorted[k]).toBe(true);
    for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k] as number);
    for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k] as number);
    expect([...a].sort((p, q) => p - q).map((v) => v + 0)).toEqual(sorted); // a permutation of the input
  });
  test.prop([values])("median agrees with sorting", (list) => {
    expect(median(Float64Array.from(list)) === sortedMedian(list)).toBe(true);
  });
});

describe("binomialHalfQuantile(0.05, trials)", () => {
  test.prop([fc.integer({ min: 0, max: 4000 })], { numRuns: 100 })("agrees with exact integer arithmetic", (trials) => {
    expect(binomialHalfQuantile(0.05, trials)).toBe(exactBinomialHalfQuantile(0.05, trials));
  });
});
