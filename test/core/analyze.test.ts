import { describe, expect, it } from "vitest";
import { analyze, type ChartResultJSON } from "../../src/index.ts";

const roundTrip = (json: ChartResultJSON): ChartResultJSON => JSON.parse(JSON.stringify(json)) as ChartResultJSON;

describe("analyze(spec): subgroups", () => {
  // Expected aggregates from R 4.2.2: tapply(y, x, FUN) with
  // y = c(3, 1, 2, 10, 4, 6, 8, 7), x = c(1, 1, 1, 2, 2, 3, 3, 3)
  const y = [3, 1, 2, 10, 4, 6, 8, 7];
  const x = [1, 1, 1, 2, 2, 3, 3, 3];
  const values = (aggregate: "mean" | "median" | "sum" | "sd") =>
    Array.from(analyze({ chart: "i", y, x, aggregate }).value);

  it("rows that share an x form one subgroup, combined by aggregate", () => {
    expect(values("mean")).toEqual([2, 7, 7]);
    expect(values("median")).toEqual([2, 7, 7]);
    expect(values("sum")).toEqual([6, 14, 21]);
    const sd = values("sd");
    expect(sd[0]).toBe(1);
    expect(sd[1]).toBeCloseTo(4.2426406871192848, 14);
    expect(sd[2]).toBe(1);
  });

  it("numbers are ordered ascending and keep a count and numerator per subgroup", () => {
    const json = analyze({ y: [5, 1, 3, 2], x: [30, 10, 20, 10] }).toJSON();
    expect(json.points.map((p) => [p.x, p.value, p.count, p.numerator])).toEqual([
      [10, 1.5, 2, 3],
      [20, 3, 1, 3],
      [30, 5, 1, 5],
    ]);
  });

  it("with n, each subgroup's value is Σy/Σn", () => {
    const json = analyze({ chart: "p", y: [1, 2, 3, 4], n: [2, 4, 4, 4], x: ["2020-01-06", "2020-01-06", "2020-01-13", "2020-01-20"] }).toJSON();
    expect(json.points.map((p) => [p.x, p.value, p.numerator, p.denominator])).toEqual([
      ["2020-01-06", 0.5, 3, 6],
      ["2020-01-13", 0.75, 3, 4],
      ["2020-01-20", 1, 4, 4],
    ]);
  });

  it("categories keep their first-appearance order (qicharts2 sorts them)", () => {
    const json = analyze({ chart: "i", y: [1, 2, 3, 4], x: ["north", "south", "east", "north"] }).toJSON();
    expect(json.xType).toBe("category");
    expect(json.points.map((p) => p.x)).toEqual(["north", "south", "east"]);
    expect(json.points.map((p) => p.value)).toEqual([2.5, 2, 3]);
  });

  it("ISO weeks, ISO dates and Dates are read as UTC calendar days", () => {
    const json = analyze({ y: [1, 2, 3], x: ["2018-W47", new Date(Date.UTC(2018, 10, 26, 23, 30)), "2018-12-03"] }).toJSON();
    expect(json.xType).toBe("date");
    expect(json.points.map((p) => p.x)).toEqual(["2018-11-19", "2018-11-26", "2018-12-03"]);
  });

  it("period floors dates to ISO weeks (Monday), months, quarters and years before grouping", () => {
    const x = ["2018-11-18", "2018-11-19", "2018-11-25", "2018-12-31", "2019-01-01"];
    const y = [1, 2, 3, 4, 5];
    const xs = (period: "day" | "week" | "month" | "quarter" | "year") => analyze({ y, x, period }).toJSON().points.map((p) => p.x);
    expect(xs("day")).toEqual(x);
    expect(xs("week")).toEqual(["2018-11-12", "2018-11-19", "2018-12-31"]);
    expect(xs("month")).toEqual(["2018-11-01", "2018-12-01", "2019-01-01"]);
    expect(xs("quarter")).toEqual(["2018-10-01", "2019-01-01"]);
    expect(xs("year")).toEqual(["2018-01-01", "2019-01-01"]);
    expect(analyze({ y, x, period: "week" }).value[1]).toBe(2.5);
    // A Sunday belongs to the week of the Monday before it, as in R: cut(as.Date("2018-04-01"), "week") is 2018-03-26.
    expect(analyze({ y: [1, 2], x: ["2018-04-01", "2018-04-02"], period: "week" }).toJSON().points.map((p) => p.x)).toEqual(["2018-03-26", "2018-04-02"]);
  });

  it("a Float64Array with NaN for missing gives the same result as an array with null", () => {
    const plain = analyze({ chart: "i", y: [1, 3, null, 2, 5, 4] }).toJSON();
    const typed = analyze({ chart: "i", y: Float64Array.of(1, 3, Number.NaN, 2, 5, 4) }).toJSON();
    expect(typed).toEqual(plain);
  });
});

describe("analyze(spec): missing values stay gaps and are reported", () => {
  it("a missing subgroup has a null value and count 0, and a warning names its index", () => {
    const json = analyze({ chart: "i", y: [5, 6, null, 5, 7, 6] }).toJSON();
    expect(json.points[2]).toMatchObject({ value: null, count: 0, numerator: null });
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: "missing_values", indices: [2] }));
    expect(json.phases[0]?.observations).toBe(6);
    expect(json.phases[0]?.useful).toBe(5);
  });

  it("a zero denominator is a gap with no limits, and is reported", () => {
    const json = analyze({ chart: "u", y: [2, 3, 0, 4], n: [100, 90, 0, 110] }).toJSON();
    expect(json.points[2]).toMatchObject({ value: null, lcl: null, ucl: null, count: 1 });
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: "zero_denominator", indices: [2] }));
  });
});

describe("analyze(spec): phases, baselines and exclusions", () => {
  // Expected numbers from R 4.2.2 (see the expressions in each comment).
  const y = [40, 42, 38, 45, 41, 39, 44, 43, 40, 42, 47, 49, 48, 50, 46, 49, 51, 48];
  const n = [50, 50, 48, 52, 50, 49, 51, 50, 50, 50, 52, 53, 51, 52, 50, 52, 54, 51];

  it("freeze works together with breaks, one baseline per phase (qicharts2 ignores freeze when parts are given)", () => {
    const result = analyze({ chart: "p", y, n, breaks: [10], freeze: [6, 4] });
    // p1 <- sum(y[1:6]) / sum(n[1:6]) = 0.8193979933110368; p1 + 3 * sqrt(p1 * (1 - p1) / n[1]) = 0.98260732495723557
    expect(result.cl[0]).toBeCloseTo(0.8193979933110368, 15);
    expect(result.ucl[0]).toBeCloseTo(0.98260732495723557, 15);
    expect(result.lcl[0]).toBeCloseTo(0.65618866166483802, 15);
    // p2 <- sum(y[11:14]) / sum(n[11:14]) = 0.93269230769230771; the UCL of row 18 clamps at 1
    expect(result.cl[17]).toBeCloseTo(0.93269230769230771, 15);
    expect(result.ucl[17]).toBe(1);
    expect(result.lcl[17]).toBeCloseTo(0.82743852458530376, 15);
    expect(Array.from(result.baseline)).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    expect(result.phases.map((p) => [p.start, p.end, p.baselineStart, p.baselineEnd])).toEqual([
      [0, 9, 0, 5],
      [10, 17, 10, 13],
    ]);
  });

  it("a baseline longer than its phase becomes the whole phase, with a warning", () => {
    const result = analyze({ chart: "p", y, n, breaks: [10], freeze: [20, null] });
    expect(Array.from(result.baseline).every((b) => b === 1)).toBe(true);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "baseline_exceeds_phase", phase: 0 }));
  });

  it("exclude leaves a point out of the centre line, limits and runs, but still tests it against the limits", () => {
    const v = [5.1, 4.9, 5.3, 9.9, 5.0, 5.2, 4.8, null, 5.1, 5.4, 4.7, 5.0];
    const result = analyze({ chart: "i", y: v, exclude: [3] });
    // R: base <- setdiff(1:12, 4); m <- mean(v[base], na.rm = TRUE) = 5.05;
    // mr <- abs(diff(v[base] - m)) (ranges bridge the excluded point; NA ranges dropped), mean 0.35
    expect(result.cl[0]).toBeCloseTo(5.0499999999999998, 14);
    expect(result.ucl[0]).toBeCloseTo(5.9808510638297872, 14);
    expect(result.lcl[0]).toBeCloseTo(4.1191489361702125, 14);
    expect(result.included[3]).toBe(0);
    expect(result.sigmaSignal[3]).toBe(1);
    expect(result.phases[0]?.observations).toBe(11);
  });

  it("multiply scales values and lines, and cl is given on the data scale", () => {
    const result = analyze({ chart: "u", y: [9, 8, 10, 12], n: [3000, 3000, 3000, 3000], multiply: 1000, cl: 0.003 });
    expect(result.cl[0]).toBeCloseTo(3, 12);
    // R: 0.003 + 3 * sqrt(0.003 / 3000) = 0.006, times 1000
    expect(result.ucl[0]).toBeCloseTo(6, 12);
    expect(result.value[0]).toBeCloseTo(3, 12);
  });

  it("allowNegativeLimits: false lifts negative lower limits to 0 when no value is negative", () => {
    const y = [1, 9, 2, 8, 1, 9, 2, 8, 1, 9];
    expect(analyze({ chart: "i", y }).lcl[0]).toBeLessThan(0);
    expect(analyze({ chart: "i", y, allowNegativeLimits: false }).lcl[0]).toBe(0);
    expect(analyze({ chart: "i", y: [-1, ...y.slice(1)], allowNegativeLimits: false }).lcl[0]).toBeLessThan(0);
  });
});

describe("analyze(spec): limits by hand", () => {
  it("I chart of 1…5: mean 3, every moving range 1, σ = 1/1.128", () => {
    const result = analyze({ chart: "i", y: [1, 2, 3, 4, 5] });
    expect(result.cl[0]).toBe(3);
    expect(result.ucl[0]).toBeCloseTo(3 + 3 / 1.128, 14);
    expect(result.lcl95[0]).toBeCloseTo(3 - 2 / 1.128, 14);
  });

  // Counterexamples found by the property "a constant series never signals":
  it("a constant T chart has every point on its back-transformed centre line ", () => {
    const result = analyze({ chart: "t", y: [2, 2, 2, 2, 2, 2] });
    expect(result.phases[0]?.useful).toBe(0);
    expect(result.signals).toEqual([]);
  });

  it("the centre line of 0.1, 0.1, 0.1 is exactly 0.1 (a plain sum / n gives 0.10000000000000002)", () => {
    expect(analyze({ chart: "i", y: [0.1, 0.1, 0.1] }).cl[0]).toBe(0.1);
  });

  it("a constant I chart has no limits, and says so", () => {
    const json = analyze({ chart: "i", y: [4, 4, 4, 4, 4] }).toJSON();
    expect(json.points[0]).toMatchObject({ cl: 4, lcl: null, ucl: null });
    expect(json.warnings.map((w) => w.code)).toContain("no_limits");
  });

  it("C chart of counts 4, 4, 4, 4: c̄ = 4, limits 4 ± 3·2 with the lower at 0", () => {
    const result = analyze({ chart: "c", y: [4, 4, 4, 4] });
    expect([result.cl[0], result.lcl[0], result.ucl[0], result.lcl95[0], result.ucl95[0]]).toEqual([4, 0, 10, 0, 8]);
  });

  it("G chart with a known mean: limits from the mean, centre line 0.693 × mean", () => {
    const result = analyze({ chart: "g", y: [3, 8, 1, 12, 5], cl: 10 });
    expect(result.cl[0]).toBeCloseTo(6.93, 12);
    expect(result.ucl[0]).toBeCloseTo(10 + 3 * Math.sqrt(110), 12);
    expect(result.lcl[0]).toBe(0);
  });

  it("MR chart: the first point of each phase has no moving range", () => {
    const result = analyze({ chart: "mr", y: [1, 3, 2, 6, 5, 8], breaks: [3] });
    expect(Array.from(result.value)).toEqual([Number.NaN, 2, 1, Number.NaN, 1, 3]);
    expect(result.cl[0]).toBe(1.5);
    expect(result.cl[3]).toBe(2);
    expect(result.ucl[3]).toBeCloseTo(3.267 * 2, 14);
    expect(result.ucl95[3]).toBeCloseTo(2.178 * 2, 14);
  });
});

describe("analyze(spec): signals", () => {
  it("lists a long run with its points and side, and classifies it with improvement", () => {
    const y = [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 5, 6];
    const json = analyze({ y, improvement: "up" }).toJSON();
    const long = json.signals.find((s) => s.rule === "longestRun");
    expect(long).toEqual({ rule: "longestRun", phase: 0, indices: [10, 11, 12, 13, 14, 15, 16, 17, 18], side: "above", direction: "improvement", excluded: false });
    expect(json.points.every((p) => p.runsSignal)).toBe(true);
    const down = analyze({ y, improvement: "down" }).toJSON().signals.find((s) => s.rule === "longestRun");
    expect(down?.direction).toBe("deterioration");
  });

  it("lists each point outside the limits", () => {
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11];
    const json = analyze({ chart: "i", y }).toJSON();
    expect(json.signals.filter((s) => s.rule === "sigma")).toEqual([{ rule: "sigma", phase: 0, indices: [9], side: "above", direction: null, excluded: false }]);
    expect(json.phases[0]?.sigmaSignals).toBe(1);
  });

  it("a point exactly on a limit does not signal", () => {
    const result = analyze({ chart: "c", y: [4, 4, 4, 4, 10], cl: 4 });
    expect(result.ucl[4]).toBe(10);
    expect(result.sigmaSignal[4]).toBe(0);
  });

  it("MR charts and categorical x report runs counts but never a runs signal", () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    const mr = analyze({ chart: "mr", y }).toJSON();
    expect(mr.phases[0]?.runsSignal).toBe(false);
    expect(mr.warnings.map((w) => w.code)).toContain("runs_not_applicable");
    const categories = analyze({ y, x: y.map((v) => `unit ${v}`) }).toJSON();
    expect(categories.phases[0]?.longestRun).toBe(8);
    expect(categories.phases[0]?.runsSignal).toBe(false);
    expect(analyze({ y }).phases[0]?.runsSignal).toBe(true);
  });

  it("bestbox outside 10–100 useful points falls back to the Anhøj rules with a warning", () => {
    const json = analyze({ y: [1, 2, 3, 4, 5, 6, 7, 8], rules: "bestbox" }).toJSON();
    expect(json.warnings.map((w) => w.code)).toContain("rules_fallback");
    expect(json.phases[0]?.longestRunMax).toBe(6); // round(log2(8)) + 3
  });
});

describe("ChartResult", () => {
  it("toJSON() survives JSON.stringify and JSON.parse unchanged", () => {
    const json = analyze({ chart: "p", y: [5, 6, null, 0], n: [10, 10, 10, 0], multiply: 100, target: 80 }).toJSON();
    expect(roundTrip(json)).toEqual(json);
    expect(json.target).toBe(80);
    expect(json.period).toBeNull();
  });

  it("exposes typed-array columns with NaN for none", () => {
    const result = analyze({ y: [1, 2, 3] });
    expect(result.value).toBeInstanceOf(Float64Array);
    expect(result.sigmaSignal).toBeInstanceOf(Uint8Array);
    expect(Number.isNaN(result.ucl[0])).toBe(true);
    expect(result.xAt(0)).toBe(1);
  });
});
