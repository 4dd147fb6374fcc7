import { describe, expect, test } from "vitest";
import { analyze } from "../../../src/index.ts";

describe("limits cl ± kσᵢ of P and U charts, written in one pass", () => {
  const y = [12, 15, 9, 14, 30, 13, 12, 16, 15, 14, 0, 17];
  const n = [40, 52, 38, 45, 60, 41, 47, 50, 44, 39, 35, 48];

  test("each point's limits are p̄ ± 3√(p̄(1 − p̄)/nᵢ) clamped to [0, 1], the 2-sigma lines too (filled when read)", () => {
    const result = analyze({ chart: "p", y, n });
    const p = y.reduce((a, b) => a + b, 0) / n.reduce((a, b) => a + b, 0);
    n.forEach((ni, i) => {
      const s = Math.sqrt((p * (1 - p)) / ni);
      expect(result.lcl[i]).toBe(Math.max(0, p - 3 * s));
      expect(result.ucl[i]).toBe(Math.min(1, p + 3 * s));
      expect(result.lcl95[i]).toBe(Math.max(0, p - 2 * s));
      expect(result.ucl95[i]).toBe(Math.min(1, p + 2 * s));
      expect(result.sigmaSignal[i]).toBe(+(result.value[i]! > result.ucl[i]! || result.value[i]! < result.lcl[i]!));
    });
  });

  test("the phase means: the mean of each line's finite values, and exactly the line where it is constant", () => {
    const varying = analyze({ chart: "u", y, n, multiply: 1000, breaks: [6] });
    for (const phase of varying.phases) {
      for (const line of ["lcl", "ucl", "lcl95", "ucl95"] as const) {
        const values = Array.from(varying[line].slice(phase.start, phase.end + 1));
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        expect(Math.abs(phase[line]! - mean)).toBeLessThanOrEqual(1e-13 * Math.abs(mean));
      }
    }
    const constant = analyze({ chart: "p", y: [1, 3, 2, 4, 2, 3], n: [10, 10, 10, 10, 10, 10] });
    for (const line of ["lcl", "ucl", "lcl95", "ucl95"] as const) expect(constant.phases[0]![line]).toBe(constant[line][0]);
  });

  test("a zero denominator leaves the point without limits, and the phase means without it", () => {
    const result = analyze({ chart: "u", y: [3, 0, 5, 4], n: [10, 0, 12, 11] });
    expect(Number.isNaN(result.ucl[1]!)).toBe(true);
    expect(Number.isNaN(result.ucl95[1]!)).toBe(true);
    const finite = [0, 2, 3].map((i) => result.ucl[i]!);
    expect(result.phases[0]!.ucl).toBeCloseTo(finite.reduce((a, b) => a + b, 0) / 3, 14);
  });
});
