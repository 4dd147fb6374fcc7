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

  test("a phase without clamped limits (one compensated sum of σᵢ) and one with (the general loop) agree with the definition", () => {
    // Rates with large denominators: no lower limit reaches 0, so the phase takes the unclamped path; a zero
    // denominator there still leaves its point without limits and out of the means.
    const unclamped = analyze({ chart: "u", y: [30, 0, 50, 40, 36, 44], n: [100, 0, 120, 110, 105, 115], multiply: 100 });
    const clamped = analyze({ chart: "u", y: [3, 0, 5, 4, 0, 6], n: [10, 0, 12, 11, 2, 13], multiply: 100 });
    for (const result of [unclamped, clamped]) {
      const phase = result.phases[0]!;
      const center = result === unclamped ? 200 / 550 : 18 / 48; // Σy / Σn
      expect(Number.isNaN(result.lcl[1]!)).toBe(true);
      for (const line of ["lcl", "ucl", "lcl95", "ucl95"] as const) {
        const k = line.startsWith("l") ? -1 : 1;
        const width = line.endsWith("95") ? 2 : 3;
        const finite: number[] = [];
        [0, 2, 3, 4, 5].forEach((i) => {
          const n = (result === unclamped ? [100, 0, 120, 110, 105, 115] : [10, 0, 12, 11, 2, 13])[i]!;
          const raw = center + k * width * Math.sqrt(center / n);
          const expected = Math.max(0, raw) * 100;
          expect(result[line][i]).toBeCloseTo(expected, 12);
          finite.push(result[line][i]!);
        });
        const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
        expect(Math.abs(phase[line]! - mean)).toBeLessThanOrEqual(1e-13 * Math.abs(mean));
      }
    }
    expect(Math.min(...Array.from(clamped.lcl).filter((v) => !Number.isNaN(v)))).toBe(0);
    expect(Math.min(...Array.from(unclamped.lcl).filter((v) => !Number.isNaN(v)))).toBeGreaterThan(0);
  });

  test("property: P and U limits, flags and phase means equal their definition on either path", () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const chart = trial % 2 === 0 ? "p" : "u";
      const length = 5 + Math.floor(next() * 40);
      const big = next() < 0.5;
      const n = Array.from({ length }, () => (next() < 0.05 ? 0 : Math.floor((big ? 500 : 3) + next() * (big ? 500 : 30))));
      const y = n.map((d) => (chart === "p" ? Math.floor(next() * (d + 1) * (0.2 + 0.6 * next())) : Math.floor(next() * d * 0.5)));
      if (n.every((d) => d === 0)) continue;
      const result = analyze({ chart, y, n });
      const phase = result.phases[0]!;
      const center = y.reduce((a, b) => a + b, 0) / n.reduce((a, b) => a + b, 0);
      const spread = chart === "p" ? center * (1 - center) : center;
      for (const [line, k] of [["lcl", -3], ["ucl", 3], ["lcl95", -2], ["ucl95", 2]] as const) {
        const finite: number[] = [];
        n.forEach((d, i) => {
          const raw = center + k * Math.sqrt(spread / d);
          const expected = d === 0 ? Number.NaN : Math.min(chart === "p" ? 1 : Infinity, Math.max(0, raw));
          if (Number.isNaN(expected)) expect(Number.isNaN(result[line][i]!)).toBe(true);
          else {
            expect(Math.abs(result[line][i]! - expected)).toBeLessThanOrEqual(1e-12);
            finite.push(result[line][i]!);
          }
        });
        const mean = finite.length === 0 ? Number.NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
        if (Number.isNaN(mean)) expect(Number.isNaN(phase[line]!)).toBe(true);
        else expect(Math.abs(phase[line]! - mean)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(mean)));
      }
      result.value.forEach((v, i) => expect(result.sigmaSignal[i]).toBe(+(v > result.ucl[i]! || v < result.lcl[i]!)));
    }
  });
});

