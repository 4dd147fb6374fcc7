import { describe, expect, test } from "vitest";
import { analyze } from "../../../src/index.ts";

describe("ChartResult columns", () => {
  // Two phases of an I chart: 1, 3, 2, 4 then 10, 12, 11, 13. Each phase: mean 2.5 and 11.5,
  // moving ranges 2, 1, 2 (average 5/3), so σ̂ = (5/3) / 1.128 and the limits are mean ± 3σ̂.
  const y = [1, 3, 2, 4, 10, 12, 11, 13];
  const result = analyze({ chart: "i", y, breaks: [4] });
  const sigma = 5 / 3 / 1.128;

  test("limits constant within a phase are filled per phase when read", () => {
    for (let i = 0; i < 8; i++) {
      const center = i < 4 ? 2.5 : 11.5;
      expect(result.cl[i]).toBe(center);
      expect(result.lcl[i]).toBeCloseTo(center - 3 * sigma, 12);
      expect(result.ucl[i]).toBeCloseTo(center + 3 * sigma, 12);
      expect(result.lcl95[i]).toBeCloseTo(center - 2 * sigma, 12);
      expect(result.ucl95[i]).toBeCloseTo(center + 2 * sigma, 12);
    }
    expect(Array.from(result.phase)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  test("a column read twice is the same array, and agrees with the phase summaries and toJSON", () => {
    expect(result.ucl).toBe(result.ucl);
    expect(result.phase).toBe(result.phase);
    const json = result.toJSON();
    json.points.forEach((point, i) => {
      expect(point.ucl).toBe(result.ucl[i]);
      expect(point.lcl95).toBe(result.lcl95[i]);
      expect(point.phase).toBe(result.phase[i]);
      expect(point.ucl).toBe(result.phases[point.phase]?.ucl);
    });
  });

  test("a run chart's four limit columns are one array of NaN", () => {
    const run = analyze({ y });
    expect(run.lcl).toBe(run.ucl);
    expect(run.lcl95).toBe(run.ucl);
    expect(run.ucl95).toBe(run.ucl);
    expect(Array.from(run.ucl).every(Number.isNaN)).toBe(true);
    expect(run.ucl).toHaveLength(8);
  });

  test("per-point limits (P chart) are separate columns, scaled by multiply", () => {
    const p = analyze({ chart: "p", y: [5, 10, 8], n: [50, 200, 100], multiply: 100 });
    expect(p.lcl).not.toBe(p.ucl);
    // p̄ = 23/350; σ at n = 50 is √(p̄(1 − p̄)/50) (Montgomery eq. 7.8).
    const pbar = 23 / 350;
    expect(p.ucl[0]).toBeCloseTo(100 * (pbar + 3 * Math.sqrt((pbar * (1 - pbar)) / 50)), 10);
    expect(p.ucl[1]).toBeCloseTo(100 * (pbar + 3 * Math.sqrt((pbar * (1 - pbar)) / 200)), 10);
  });

  test("multiply scales constant lines too, and a negative lower limit is clamped to 0 only when no value is negative", () => {
    const scaled = analyze({ chart: "i", y, breaks: [4], multiply: 10 });
    expect(scaled.ucl[0]).toBeCloseTo(10 * (2.5 + 3 * sigma), 10);
    expect(scaled.phases[1]?.cl).toBe(115);
    const clamped = analyze({ chart: "i", y: [1, 3, 2, 4], allowNegativeLimits: false });
    expect(clamped.lcl[0]).toBe(0); // 2.5 − 3σ̂ < 0
    expect(clamped.phases[0]?.lcl).toBe(0);
    const negative = analyze({ chart: "i", y: [-1, 3, 2, 4], allowNegativeLimits: false });
    expect(negative.lcl[0]).toBeLessThan(0);
  });

  test("count is 1 per row, 0 where y is missing, when rows are subgroups; the rows' count when x groups them", () => {
    const rows = analyze({ y: [4, null, 6, 5] });
    expect(Array.from(rows.count)).toEqual([1, 0, 1, 1]);
    expect(rows.count).toBe(rows.count);
    expect(rows.toJSON().points.map((p) => p.count)).toEqual([1, 0, 1, 1]);
    const typed = analyze({ y: Float64Array.of(4, Number.NaN, 6), aggregate: "sd" });
    expect(Array.from(typed.count)).toEqual([1, 0, 1]);
    const grouped = analyze({ chart: "xbar", y: [1, 2, 3, 4, 5], x: [1, 1, 2, 2, 2] });
    expect(Array.from(grouped.count)).toEqual([2, 3]);
  });

  test("never shares storage with the caller's arrays", () => {
    const input = Float64Array.of(4, 5, 6, 7);
    const run = analyze({ y: input });
    input.fill(100);
    expect(Array.from(run.value)).toEqual([4, 5, 6, 7]);
    expect(Array.from(run.numerator)).toEqual([4, 5, 6, 7]);
    expect(run.value).not.toBe(input);
  });
});
