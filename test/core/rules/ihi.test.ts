import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze, detectTrends, resolveRuleSet, runsTestBounds } from "../../../src/index.ts";
import { runsDistributionBounds } from "../../../src/core/rules/runsTestBounds.ts";

const flags = (column: Uint8Array) => Array.from(column);

describe("IHI shift (6 or more useful points on one side of the centre line)", () => {
  const cl = 10; // a known centre line keeps the tests about the rule, not the median
  it("6 points above signal, 5 do not", () => {
    const six = analyze({ y: [9, 11, 11, 11, 11, 11, 11, 9, 11, 9], cl, rules: "ihi" });
    expect(flags(six.shift)).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(six.signals.filter((s) => s.rule === "shift")).toEqual([{ rule: "shift", phase: 0, indices: [1, 2, 3, 4, 5, 6], side: "above", direction: null, excluded: false }]);
    const five = analyze({ y: [9, 11, 11, 11, 11, 11, 9, 11, 9, 9], cl, rules: "ihi" });
    expect(flags(five.shift).every((f) => f === 0)).toBe(true);
  });

  it("points on the centre line neither add to nor break a shift", () => {
    // two above, one on the line, four above: a shift of 6 useful points; the point on the line is not flagged
    const result = analyze({ y: [9, 11, 11, 10, 11, 11, 11, 11, 9], cl, rules: "ihi" });
    expect(flags(result.shift)).toEqual([0, 1, 1, 0, 1, 1, 1, 1, 0]);
    // two above, one on the line, three above: only 5 useful points, the point on the line does not add
    const short = analyze({ y: [9, 11, 11, 10, 11, 11, 11, 9, 9], cl, rules: "ihi" });
    expect(flags(short.shift).every((f) => f === 0)).toBe(true);
  });

  it("missing and excluded points do not break a shift", () => {
    const result = analyze({ y: [9, 11, 11, null, 11, 11, 30, 11, 11, 9], cl, rules: "ihi", exclude: [6] });
    expect(flags(result.shift)).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 1, 0]);
  });

  it("a preset's shift length can be changed (7, as NHS Making Data Count)", () => {
    const y = [9, 11, 11, 11, 11, 11, 11, 9, 9, 9];
    expect(flags(analyze({ y, cl, rules: { preset: "ihi", shift: 7 } }).shift).every((f) => f === 0)).toBe(true);
    expect(flags(analyze({ y, cl, rules: { preset: "ihi", shift: 6 } }).shift).some((f) => f === 1)).toBe(true);
  });
});

describe("IHI trend (5 or more points all increasing or all decreasing)", () => {
  it("5 increasing points signal, 4 do not", () => {
    expect(flags(analyze({ y: [5, 1, 2, 3, 4, 5, 2], rules: "ihi" }).trend)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(flags(analyze({ y: [5, 1, 2, 3, 4, 2, 3], rules: "ihi" }).trend).every((f) => f === 0)).toBe(true);
  });

  it("equal neighbours are counted once: they neither add nor break", () => {
    // 1, 2, 2, 3, 4: four distinct rising values, no trend; 1, 2, 2, 3, 4, 5: five, a trend spanning the tie
    expect(detectTrends(Float64Array.of(1, 2, 2, 3, 4), Uint8Array.of(1, 1, 1, 1, 1), 0, 4, 5)).toEqual([]);
    expect(detectTrends(Float64Array.of(1, 2, 2, 3, 4, 5), Uint8Array.of(1, 1, 1, 1, 1, 1), 0, 5, 5)).toEqual([
      { indices: [0, 1, 2, 3, 4, 5], direction: "increasing" },
    ]);
  });

  it("the turning point ends one trend and starts the next", () => {
    expect(detectTrends(Float64Array.of(5, 4, 3, 2, 1, 2, 3, 4, 5), new Uint8Array(9).fill(1), 0, 8, 5)).toEqual([
      { indices: [0, 1, 2, 3, 4], direction: "decreasing" },
      { indices: [4, 5, 6, 7, 8], direction: "increasing" },
    ]);
  });

  it("is classified by the better direction", () => {
    const down = analyze({ y: [9, 8, 7, 6, 5, 6, 7, 6, 7, 6], rules: "ihi", improvement: "down" });
    expect(down.signals.find((s) => s.rule === "trend")).toMatchObject({ side: "decreasing", direction: "improvement" });
  });
});

describe("IHI runs test (too few or too many runs)", () => {
  // runsDistributionBounds: the exact Wald–Wolfowitz distribution for n1 = floor(N/2), n2 = ceiling(N/2), 2.5 % in each tail,
  // computed with R 4.2.2 (choose() in the distribution; see docs/rules/ihi.md):
  // lower = min(r: P(R <= r) > 0.025), upper = max(r: P(R >= r) > 0.025).
  const fromR: [number, number, number][] = [
    [10, 3, 9],
    [11, 4, 9],
    [12, 4, 10],
    [13, 4, 11],
    [14, 4, 12],
    [15, 5, 12],
    [16, 5, 13],
    [17, 6, 13],
    [18, 6, 14],
    [19, 6, 15],
    [20, 7, 15],
    [21, 7, 16],
    [22, 8, 16],
    [23, 8, 17],
    [24, 8, 18],
    [25, 9, 18],
    [26, 9, 19],
    [27, 10, 19],
    [28, 10, 20],
    [29, 10, 21],
    [30, 11, 21],
    [31, 11, 22],
    [32, 12, 22],
    [33, 12, 23],
    [34, 12, 24],
    [35, 13, 24],
    [36, 13, 25],
    [37, 14, 25],
    [38, 14, 26],
    [39, 14, 26],
    [40, 15, 27],
    [41, 15, 28],
    [42, 16, 28],
    [43, 16, 29],
    [44, 17, 29],
    [45, 17, 30],
    [46, 17, 31],
    [47, 18, 31],
    [48, 18, 32],
    [49, 19, 32],
    [50, 19, 33],
    [51, 20, 33],
    [52, 20, 34],
    [53, 20, 35],
    [54, 21, 35],
    [55, 21, 36],
    [56, 22, 36],
    [57, 22, 37],
    [58, 23, 37],
    [59, 23, 38],
    [60, 24, 38],
    [100, 41, 61],
    [1000, 470, 532],
  ];
  for (const [useful, min, max] of fromR) {
    it(`the distribution at ${useful} useful points: fewer than ${min} or more than ${max} runs`, () => {
      expect(runsDistributionBounds(useful)).toEqual({ min, max });
    });
  }

  // The table published with the rules (Perla, Provost & Murray 2011, Table 1): test/fixtures/ihi-runs-table.
  const published = readFileSync(new URL("../../fixtures/ihi-runs-table/table.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number) as [number, number, number]);

  it("the fixture holds the 51 rows 10–60", () => {
    expect(published.map(([useful]) => useful)).toEqual(Array.from({ length: 51 }, (_, k) => 10 + k));
  });

  for (const [useful, lower, upper] of published) {
    it(`${useful} useful points: the published bounds ${lower}–${upper}`, () => {
      expect(runsTestBounds(useful)).toEqual({ min: lower, max: upper });
    });
  }

  it("the published table and the distribution differ by one run at exactly 18 rows", () => {
    const differing = published.filter(([useful, lower, upper]) => {
      const exact = runsDistributionBounds(useful)!;
      expect(Math.abs(exact.min - lower)).toBeLessThanOrEqual(1);
      expect(Math.abs(exact.max - upper)).toBeLessThanOrEqual(1);
      return exact.min !== lower || exact.max !== upper;
    });
    expect(differing.map(([useful]) => useful)).toEqual([11, 12, 17, 20, 22, 23, 25, 29, 32, 35, 37, 41, 43, 53, 55, 56, 57, 59]);
  });

  it("outside the table (61 points and more) the distribution is used", () => {
    expect(runsTestBounds(61)).toEqual(runsDistributionBounds(61));
    expect(runsTestBounds(100)).toEqual({ min: 41, max: 61 });
  });

  it("is not applied below 10 useful points", () => {
    expect(runsTestBounds(9)).toBeNull();
    expect(runsDistributionBounds(9)).toBeNull();
  });

  // N useful points (a known centre line 0, values ±1) in `runs` runs: runs − 1 single points, then the rest.
  const inRuns = (useful: number, runs: number): number[] =>
    Array.from({ length: useful }, (_, i) => (Math.min(i, runs - 1) % 2 === 0 ? 1 : -1));
  const runsOnly = { preset: "ihi", shift: false, trend: false, astronomical: false } as const;

  it("signals by the published row where the two disagree (12 points: 3 runs pass, 2 signal; 11 runs pass, 12 signal)", () => {
    const at = (useful: number, runs: number) => analyze({ y: inRuns(useful, runs), cl: 0, rules: runsOnly }).phases[0]!;
    expect(at(12, 3)).toMatchObject({ useful: 12, runs: 3, runsMin: 3, runsMax: 11, runsSignal: false });
    expect(at(12, 2)).toMatchObject({ runs: 2, runsSignal: true });
    expect(at(12, 11)).toMatchObject({ runs: 11, runsSignal: false });
    expect(at(12, 12)).toMatchObject({ runs: 12, runsSignal: true });
    // 20 points: 16 runs pass (the distribution would signal above 15)
    expect(at(20, 16)).toMatchObject({ runsMin: 6, runsMax: 16, runsSignal: false });
    expect(at(20, 17).runsSignal).toBe(true);
    // 53 points: 20 runs signal (the distribution would let them pass), 21 pass
    expect(at(53, 20)).toMatchObject({ runsMin: 21, runsMax: 34, runsSignal: true });
    expect(at(53, 21).runsSignal).toBe(false);
    // 61 points, outside the table: the distribution's bounds
    const exact = runsDistributionBounds(61)!;
    expect(at(61, exact.min)).toMatchObject({ runsMin: exact.min, runsSignal: false });
    expect(at(61, exact.min - 1).runsSignal).toBe(true);
  });

  it("switches to the normal approximation above 5000 points without a jump", () => {
    const exact = runsTestBounds(5000)!;
    const approximate = runsTestBounds(5002)!;
    expect(Math.abs(approximate.min - exact.min - 1)).toBeLessThanOrEqual(1);
    expect(Math.abs(approximate.max - exact.max - 1)).toBeLessThanOrEqual(1);
  });

  it("signals too many runs in an alternating series and reports the bounds", () => {
    const y = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : 3));
    const result = analyze({ y, rules: "ihi" });
    expect(result.phases[0]).toMatchObject({ useful: 20, runs: 20, runsMin: 6, runsMax: 16, runsSignal: true });
    expect(result.signals.map((s) => s.rule)).toContain("manyRuns");
  });
});

describe("astronomical point", () => {
  it("on a run chart: outside the 3-sigma limits of an I chart of the same phase", () => {
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11];
    const result = analyze({ y, rules: "ihi" });
    expect(flags(result.astronomical)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    const i = analyze({ chart: "i", y });
    expect(i.sigmaSignal[9]).toBe(1);
  });

  it("on a control chart: outside the chart's own limits", () => {
    const result = analyze({ chart: "c", y: [4, 5, 3, 4, 20, 4], rules: "ihi" });
    expect(flags(result.astronomical)).toEqual(flags(result.sigmaSignal));
  });
});

describe("control chart rule sets", () => {
  it("hcdg and nhs presets", () => {
    expect(resolveRuleSet("hcdg")).toMatchObject({ shift: 8, trend: 6, twoOfThree: true, hugging: 15 });
    expect(resolveRuleSet("nhs")).toMatchObject({ shift: 7, trend: 7, twoOfThree: true, hugging: false });
  });

  it("two of three points beyond 2 sigma on the same side signal", () => {
    // C chart with known cl 16: sigma 4, 2-sigma line at 24, 3-sigma limit at 28
    const result = analyze({ chart: "c", y: [16, 15, 17, 25, 16, 26, 16, 15, 17, 16], cl: 16, rules: "nhs" });
    expect(result.signals.filter((s) => s.rule === "twoOfThree")).toEqual([{ rule: "twoOfThree", phase: 0, indices: [3, 5], side: "above", direction: null, excluded: false }]);
    const apart = analyze({ chart: "c", y: [16, 15, 17, 25, 16, 15, 26, 15, 17, 16], cl: 16, rules: "nhs" });
    expect(apart.signals.filter((s) => s.rule === "twoOfThree")).toEqual([]);
  });

  it("15 points within 1 sigma signal (hugging)", () => {
    // C chart with known cl 16: sigma 4, so 13–19 are within 1 sigma
    const y = [16, 15, 17, 16, 15, 17, 16, 16, 15, 17, 16, 15, 17, 16, 15, 25];
    const result = analyze({ chart: "c", y, cl: 16, rules: "hcdg" });
    expect(result.signals.filter((s) => s.rule === "hugging").map((s) => s.indices.length)).toEqual([15]);
    expect(analyze({ chart: "c", y: y.slice(1), cl: 16, rules: "hcdg" }).signals.some((s) => s.rule === "hugging")).toBe(false);
  });
});
