import { describe, expect, it } from "vitest";
import { median } from "../../../src/index.ts";

describe("median(values, length)", () => {
  it("median(values) of an odd count is the middle value", () => {
    expect(median(Float64Array.of(5, 1, 4, 2, 3))).toBe(3);
  });
  it("median(values) of an even count is the mean of the two middle values (R's median)", () => {
    expect(median(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    // v_run_shift_freeze baseline: R median(c(16,24,19,28,18,16,24,16,18,20,21,23)) = 19.5
    expect(median(Float64Array.of(16, 24, 19, 28, 18, 16, 24, 16, 18, 20, 21, 23))).toBe(19.5);
  });
  it("median(values, length) uses only the leading values", () => {
    expect(median(Float64Array.of(1, 2, 3, 100, 100), 3)).toBe(2);
  });
  it("median(empty) is NaN", () => {
    expect(median(new Float64Array(0))).toBeNaN();
  });
  it("median(values) handles ties and huge values without overflow", () => {
    expect(median(Float64Array.of(2, 2, 2, 2))).toBe(2);
    expect(median(Float64Array.of(1.7e308, 1.7e308))).toBe(1.7e308);
  });
  it("median(values) of a large shuffled range is its middle", () => {
    const n = 100_001;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = (i * 7919) % n;
    expect(median(values)).toBe(50_000);
  });
});

describe("median(values) with signed zeros", () => {
  // Found by the property test: the middle of [0, -0, 0, 0, -5e-324] is a zero of either sign.
  it("returns a zero for [0, -0, 0, 0, -5e-324]", () => {
    expect(median(Float64Array.of(0, -0, 0, 0, -5e-324)) === 0).toBe(true);
  });
});
