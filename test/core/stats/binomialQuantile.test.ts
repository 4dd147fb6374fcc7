import { describe, expect, it } from "vitest";
import { binomialHalfQuantile } from "../../../src/index.ts";
import { binomialHalfCdf, binomialHalfProbability } from "../../../src/core/stats/binomialQuantile.ts";
import { exactBinomialHalfQuantile } from "../../oracles/exactBinomialHalfQuantile.ts";

// Expected values from R 4.2.2: qbinom(0.05, useful - 1, 0.5), as printed by
// `sprintf("%.0f", qbinom(0.05, n - 1, 0.5))`.
const fromR: [useful: number, quantile: number][] = [
  [1, 0],
  [2, 0],
  [3, 0],
  [5, 0],
  [10, 2],
  [11, 2],
  [20, 6],
  [50, 19],
  [99, 41],
  [100, 41],
  [101, 42],
  [1000, 474],
  [1001, 474],
  [12345, 6081],
  [100000, 49739],
  [1000000, 499177],
  [12345678, 6169949],
  [100000000, 49991775],
  [1e9, 499973992],
  [1e12, 499999177573],
];

describe("binomialHalfQuantile(0.05, trials)", () => {
  for (const [useful, quantile] of fromR) {
    it(`equals R's qbinom(0.05, ${useful} - 1, 0.5) = ${quantile}`, () => {
      expect(binomialHalfQuantile(0.05, useful - 1)).toBe(quantile);
    });
  }

  it("agrees with exact integer arithmetic for every number of trials up to 1500", () => {
    for (let trials = 0; trials <= 1500; trials++) {
      expect(binomialHalfQuantile(0.05, trials), `trials = ${trials}`).toBe(exactBinomialHalfQuantile(0.05, trials));
    }
  });
});

describe("binomialHalfCdf and binomialHalfProbability", () => {
  it("match R's pbinom and dbinom", () => {
    // R: pbinom(48, 99, 0.5) = 0.42041076261282168
    expect(binomialHalfCdf(48, 99)).toBeCloseTo(0.42041076261282168, 15);
    // R: pbinom(4999000, 9999999, 0.5) = 0.2637512370698229
    expect(Math.abs(binomialHalfCdf(4999000, 9999999) / 0.2637512370698229 - 1)).toBeLessThan(1e-12);
    // R: dbinom(4999000, 9999999, 0.5) = 0.0002066179330021285
    expect(Math.abs(binomialHalfProbability(4999000, 9999999) / 0.0002066179330021285 - 1)).toBeLessThan(1e-13);
  });

  it("are 0 and 1 outside the support", () => {
    expect(binomialHalfCdf(-1, 10)).toBe(0);
    expect(binomialHalfCdf(10, 10)).toBe(1);
    expect(binomialHalfProbability(11, 10)).toBe(0);
  });
});
