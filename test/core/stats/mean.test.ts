import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { mean } from "../../../src/core/stats/mean.ts";

describe("mean(values, start, end, mask)", () => {
  test("identical values have exactly their value as mean (R: mean(rep(0.1, 3)) is 0.1)", () => {
    expect(mean(Float64Array.of(0.1, 0.1, 0.1), 0, 2, null)).toBe(0.1);
    expect(mean(new Float64Array(1001).fill(0.7), 0, 1000, null)).toBe(0.7);
  });

  test("skips missing values and masked ones; NaN when none is left", () => {
    expect(mean(Float64Array.of(1, Number.NaN, 3), 0, 2, null)).toBe(2);
    expect(mean(Float64Array.of(1, 100, 3), 0, 2, Uint8Array.of(1, 0, 1))).toBe(2);
    expect(mean(Float64Array.of(1, 2, 3, 4), 1, 2, null)).toBe(2.5);
    expect(mean(Float64Array.of(Number.NaN), 0, 0, null)).toBeNaN();
    expect(mean(Float64Array.of(1, 2), 0, 1, Uint8Array.of(0, 0))).toBeNaN();
  });

  test("values whose sum overflows: identical ones keep their value, others have no finite mean", () => {
    expect(mean(Float64Array.of(1e308, 1e308, 1e308), 0, 2, null)).toBe(1e308);
    expect(Number.isFinite(mean(Float64Array.of(1e308, 1.5e308), 0, 1, null))).toBe(false);
  });

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), fc.integer({ min: 1, max: 2000 })])(
    "of a constant series is its value, for any value and length",
    (value, length) => {
      expect(mean(new Float64Array(length).fill(value), 0, length - 1, null) === value).toBe(true);
    },
  );

  propTest.prop([fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 500 })])(
    "of integers is within the rounding of the residuals of their exact mean",
    (list) => {
      // Integer sums are exact in a BigInt, so total / n is the correctly rounded mean. The residual
      // pass rounds each v − x̄₁ once (relative 2⁻⁵³), so the corrected mean is within 2⁻⁵² max|v| of it.
      const total = list.reduce((a, b) => a + BigInt(b), 0n);
      const exact = Number(total) / list.length;
      const largest = Math.max(...list.map(Math.abs));
      expect(Math.abs(mean(Float64Array.from(list), 0, list.length - 1, null) - exact)).toBeLessThanOrEqual(2 ** -52 * largest + Number.EPSILON * Math.abs(exact));
    },
  );
});
