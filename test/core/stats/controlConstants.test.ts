import { describe, expect, it } from "vitest";
import { a3, b3, b4, c4, c5 } from "../../../src/index.ts";
import { logGamma } from "../../../src/core/stats/logGamma.ts";

describe("c4(n)", () => {
  // R 4.2.2: sqrt(2/(n-1)) * exp(lgamma(n/2) - lgamma((n-1)/2))
  const fromR: [number, number][] = [
    [2, 0.79788456080286541],
    [3, 0.88622692545275805],
    [4, 0.92131773192356126],
    [5, 0.93998560298662526],
    [10, 0.97265927412158826],
    [25, 0.9896403755857015],
    [100, 0.99747797607122135],
    [1000, 0.99974978110123114],
  ];
  for (const [n, expected] of fromR) {
    it(`c4(${n}) = ${expected} (R)`, () => {
      // ln Γ of values near 50 carries ~1 ulp of ~150 (3e-14), far inside the 1e-9 the charts need
      expect(Math.abs(c4(n) / expected - 1)).toBeLessThan(1e-12);
    });
  }
  it("is NaN for n <= 1", () => {
    expect(c4(1)).toBeNaN();
    expect(c4(0)).toBeNaN();
    expect(a3(1)).toBeNaN();
    expect(b3(1)).toBeNaN();
    expect(b4(1)).toBeNaN();
  });
});

describe("A3, B3, B4", () => {
  // Montgomery, Introduction to Statistical Quality Control, 6th ed., Appendix VI (3 decimals).
  it("match the printed table for n = 5 and n = 10", () => {
    expect(a3(5)).toBeCloseTo(1.427, 3);
    expect(b3(5)).toBe(0);
    expect(b4(5)).toBeCloseTo(2.089, 3);
    expect(a3(10)).toBeCloseTo(0.975, 3);
    expect(b3(10)).toBeCloseTo(0.284, 3);
    expect(b4(10)).toBeCloseTo(1.716, 3);
    expect(c5(5) ** 2 + c4(5) ** 2).toBeCloseTo(1, 15);
  });
});

describe("logGamma(x)", () => {
  // R 4.2.2: lgamma(x)
  const fromR: [number, number][] = [
    [0.5, 0.57236494292470008],
    [1, 0],
    [1.5, -0.12078223763524518],
    [2.5, 0.28468287047291918],
    [7.3, 7.1478925230222492],
    [15, 25.191221182738683],
    [50.5, 146.51925549072064],
    [1000.25, 5906.9472682711175],
  ];
  for (const [x, expected] of fromR) {
    it(`logGamma(${x}) = ${expected} (R)`, () => {
      expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)));
    });
  }
  it("is NaN for x <= 0", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});
