import { describe, expect, it } from "vitest";
import { boxBounds, crossingsMin, longestRunMax } from "../../../src/index.ts";
import { evaluateRuns } from "../../../src/core/rules/evaluateRuns.ts";

const verdict = (useful: number, crossings: number, longestRun: number, rules: "anhoej" | "bestbox" | "cutbox") =>
  evaluateRuns({ observations: useful, useful, crossings, longestRun }, rules);

describe("Anhøj thresholds (Anhøj & Olesen 2014)", () => {
  // Critical values computed with R 4.2.2 from the definitions in Anhøj & Olesen 2014:
  // for (n in c(10:30, seq(40, 100, 10))) c(n, round(log2(n)) + 3, qbinom(0.05, n - 1, 0.5))
  const table: [number, number, number][] = [
    [10, 6, 2],
    [11, 6, 2],
    [12, 7, 3],
    [13, 7, 3],
    [14, 7, 4],
    [15, 7, 4],
    [16, 7, 4],
    [17, 7, 5],
    [18, 7, 5],
    [19, 7, 6],
    [20, 7, 6],
    [21, 7, 6],
    [22, 7, 7],
    [23, 8, 7],
    [24, 8, 8],
    [25, 8, 8],
    [26, 8, 8],
    [27, 8, 9],
    [28, 8, 9],
    [29, 8, 10],
    [30, 8, 10],
    [40, 8, 14],
    [50, 9, 19],
    [60, 9, 23],
    [70, 9, 28],
    [80, 9, 32],
    [90, 9, 37],
    [100, 10, 41],
  ];
  for (const [useful, longest, crossings] of table) {
    it(`useful = ${useful}: longest run > ${longest} or crossings < ${crossings} signal`, () => {
      expect(longestRunMax(useful)).toBe(longest);
      expect(crossingsMin(useful)).toBe(crossings);
    });
  }

  it("signals strictly beyond the thresholds only", () => {
    expect(verdict(24, 8, 8, "anhoej").signal).toBe(false);
    expect(verdict(24, 8, 9, "anhoej")).toMatchObject({ signal: true, longSignal: true, crossingsSignal: false });
    expect(verdict(24, 7, 8, "anhoej")).toMatchObject({ signal: true, longSignal: false, crossingsSignal: true });
  });
});

describe("best box and cut box (Anhøj & Wentzel-Larsen 2020)", () => {
  it("cover 10 to 100 useful points and nothing else", () => {
    expect(boxBounds(9)).toBeNull();
    expect(boxBounds(101)).toBeNull();
    for (let useful = 10; useful <= 100; useful++) {
      const box = boxBounds(useful);
      expect(box).not.toBeNull();
      expect(box?.cb).toBeGreaterThan(0);
      expect(box?.lb).toBeGreaterThan(0);
      expect((box?.cbord === null) === (box?.lbord === null)).toBe(true);
    }
  });

  it("best box at 10 useful points: no signal inside C >= 2 and L <= 6", () => {
    expect(boxBounds(10)).toEqual({ cb: 2, lb: 6, cbord: 3, lbord: 5 });
    expect(verdict(10, 2, 6, "bestbox").signal).toBe(false);
    expect(verdict(10, 1, 6, "bestbox").signal).toBe(true);
    expect(verdict(10, 2, 7, "bestbox").signal).toBe(true);
    expect(verdict(10, 2, 6, "bestbox")).toMatchObject({ crossingsMin: 2, longestRunMax: 6, applied: "bestbox" });
  });

  it("cut box at 10 useful points cuts the corner C = 2, L = 6", () => {
    expect(verdict(10, 2, 6, "cutbox").signal).toBe(true);
    expect(verdict(10, 2, 5, "cutbox").signal).toBe(false);
    expect(verdict(10, 3, 6, "cutbox").signal).toBe(false);
    expect(verdict(10, 3, 5, "cutbox").signal).toBe(false);
    expect(verdict(10, 1, 5, "cutbox").signal).toBe(true);
  });

  it("at 100 useful points: best box C >= 41, L <= 10; cut box border 42 and 9", () => {
    expect(boxBounds(100)).toEqual({ cb: 41, lb: 10, cbord: 42, lbord: 9 });
    expect(verdict(100, 41, 10, "bestbox").signal).toBe(false);
    expect(verdict(100, 40, 10, "bestbox").signal).toBe(true);
    expect(verdict(100, 41, 11, "bestbox").signal).toBe(true);
    expect(verdict(100, 41, 10, "cutbox").signal).toBe(true);
    expect(verdict(100, 41, 9, "cutbox").signal).toBe(false);
    expect(verdict(100, 42, 10, "cutbox").signal).toBe(false);
  });

  it("cut box equals best box where the table has no border pair (12 useful points)", () => {
    expect(boxBounds(12)).toEqual({ cb: 3, lb: 6, cbord: null, lbord: null });
    for (let c = 0; c <= 11; c++) {
      for (let l = 1; l <= 12; l++) expect(verdict(12, c, l, "cutbox").signal).toBe(verdict(12, c, l, "bestbox").signal);
    }
  });

  it("fall back to the Anhøj rules outside their range", () => {
    expect(verdict(9, 1, 5, "bestbox")).toMatchObject({ applied: "anhoej", longestRunMax: 6, crossingsMin: 2 });
    expect(verdict(101, 42, 10, "cutbox")).toMatchObject({ applied: "anhoej", longestRunMax: 10, crossingsMin: 42 });
  });
});
