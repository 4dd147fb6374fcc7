import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { binomialHalfQuantile, median } from "../../../src/index.ts";
import { exactBinomialHalfQuantile } from "../../oracles/exactBinomialHalfQuantile.ts";
import { sortedMedian } from "../../oracles/naiveRuns.ts";

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

describe("binomialHalfQuantile(0.05, trials)", () => {
  test.prop([fc.integer({ min: 0, max: 4000 })], { numRuns: 100 })("agrees with exact integer arithmetic", (trials) => {
    expect(binomialHalfQuantile(0.05, trials)).toBe(exactBinomialHalfQuantile(0.05, trials));
  });
});
