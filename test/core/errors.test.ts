import { describe, expect, it } from "vitest";
import { analyze, isSpcError, SpcError, summary, type ChartSpecInput } from "../../src/index.ts";

const y24 = Array.from({ length: 24 }, (_, i) => 10 + (i % 5));
const bad = (spec: unknown) => () => analyze(spec as ChartSpecInput);

describe("analyze(spec) error messages name the field, the index and the value", () => {
  it("spec and options", () => {
    expect(bad(null)).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid spec: expected a chart specification object, received null]`);
    expect(bad({ y: y24, chart: "x" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid chart: expected one of "run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip", received "x"]`);
    expect(bad({ y: y24, colour: "red" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid colour: unknown option, expected one of chart, y, n, x, aggregate, period, freeze, breaks, exclude, rules, autoPhase, multiply, cl, target, improvement, screenMovingRanges, allowNegativeLimits]`);
    expect(bad({ y: y24, multiply: 0 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid multiply: expected a finite number > 0, received 0]`);
    expect(bad({ y: y24, cl: Number.NaN })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid cl: expected a finite number, received NaN]`);
    expect(bad({ y: y24, rules: "western" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid rules: expected one of "anhoej", "bestbox", "cutbox", "ihi", "hcdg", "nhs", or a rule-set object, received "western"]`);
    expect(bad({ y: y24, freeze: 0 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid freeze: expected an integer >= 1, or an array with one integer >= 1 or null per phase, received 0]`);
    expect(bad({ y: y24, freeze: [12, 1.5] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid freeze[1]: expected an integer >= 1 or null, received 1.5]`);
    expect(bad({ y: y24, exclude: [2.5] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid exclude[0]: expected an integer, received 2.5]`);
    expect(bad({ y: y24, rules: { shift: 1 } })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid rules.shift: expected an integer >= 2, or false, received 1]`);
    expect(bad({ y: y24, rules: { trend: "long" } })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid rules.trend: expected an integer >= 3, or false, received "long"]`);
    expect(bad({ y: y24, rules: { preset: "ihi", colour: 1 } })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid rules.colour: unknown option, expected one of preset, anhoej, shift, trend, runs, astronomical, twoOfThree, hugging]`);
    expect(bad({ y: y24, autoPhase: { minLength: 1 } })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid autoPhase.minLength: expected an integer >= 2, received 1]`);
    expect(bad({ y: y24, improvement: "better" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid improvement: expected "up" or "down", received "better"]`);
  });

  it("y and n values", () => {
    expect(bad({})).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y: expected an array of numbers and nulls, or a Float64Array, received undefined]`);
    expect(bad({ y: "1,2,3" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y: expected an array of numbers and nulls, or a Float64Array, received "1,2,3"]`);
    expect(bad({ y: [1, 2, 3, 4, 5, 6, 7, Number.NaN] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[7]: expected a finite number or null, received NaN]`);
    expect(bad({ y: [1, Number.POSITIVE_INFINITY] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a finite number or null, received Infinity]`);
    expect(bad({ y: [1, "2"] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a finite number or null, received "2"]`);
    expect(bad({ y: [1, undefined] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a finite number or null, received undefined]`);
    expect(bad({ y: Float64Array.of(1, Number.NEGATIVE_INFINITY) })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a finite number or NaN (missing), received -Infinity]`);
    expect(bad({ chart: "c", y: [1, 2.5] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a count (an integer >= 0) or null in a c chart, received 2.5]`);
    expect(bad({ chart: "p", y: [1, -1], n: [2, 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a count (an integer >= 0) or null in a p chart, received -1]`);
    expect(bad({ chart: "p", y: [1, 2], n: [2, 2.5] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid n[1]: expected a count (an integer >= 0) or null in a p chart, received 2.5]`);
    expect(bad({ chart: "u", y: [1, 2, 3, 4], n: [2, 2, 2, -4] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid n[3]: expected a non-negative number or null in a u chart, received -4]`);
    expect(bad({ chart: "t", y: [3, 0] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a number > 0 or null in a t chart, received 0]`);
    expect(bad({ chart: "g", y: [3, -2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[1]: expected a non-negative number or null in a g chart, received -2]`);
    expect(bad({ chart: "p", y: [1, 2, 3, 4, 5, 6, 7, 12], n: [9, 9, 9, 9, 9, 9, 9, 10] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid y[7]: numerator (12) exceeds denominator n[7] (10) in a p chart]`);
  });

  it("denominators and lengths", () => {
    expect(bad({ chart: "p", y: [1, 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid n: expected denominators (one per y) for a p chart, received undefined]`);
    expect(bad({ chart: "c", y: [1, 2], n: [3, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid n: a c chart does not use denominators; leave n out]`);
    expect(bad({ chart: "u", y: [1, 2, 3], n: [3, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid n: expected 3 values (one per y), received 2]`);
    expect(bad({ y: [1, 2, 3], x: [1, 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x: expected 3 values (one per y), received 2]`);
    expect(bad({ chart: "xbar", y: [1, 2, 3], x: [1, 1, 2], aggregate: "median" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid aggregate: expected "mean" (an xbar chart plots subgroup means), received "median"]`);
  });

  it("x values and period", () => {
    expect(bad({ y: [1, 2, 3], x: [1, 2, "3"] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[2]: expected a finite number like x[0], received "3"]`);
    expect(bad({ y: [1, 2, 3], x: [1, Number.NaN, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a finite number like x[0], received NaN]`);
    expect(bad({ y: [1, 2, 3], x: ["2018-01-01", "2018-02-30", "2018-03-01"] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0], received "2018-02-30"]`);
    expect(bad({ y: [1, 2, 3], x: ["2018-W52", "2018-W53", "2019-W01"] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0], received "2018-W53"]`);
    expect(bad({ y: [1, 2], x: [new Date("2018-01-01"), new Date("nonsense")] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0], received an invalid Date]`);
    expect(bad({ y: [1, 2], x: ["north", 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a string like x[0], received 2]`);
    expect(bad({ y: [1, 2], x: [true, false] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[0]: expected a number, a string or a Date, received true]`);
    expect(bad({ y: [1, 2], period: "week" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid period: needs dates in x, but no x was given]`);
    expect(bad({ y: [1, 2], x: [1, 2], period: "week" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid period: needs dates in x, but x holds numbers]`);
    expect(bad({ y: [1, 2], x: ["a", "b"], period: "month" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid period: needs dates in x, but x holds categories]`);
  });

  it("breaks, freeze and exclude against the number of subgroups", () => {
    expect(bad({ y: y24, breaks: [24] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid breaks[0]: expected an integer from 1 to 23 (N − 1, with N = 24 subgroups), received 24]`);
    expect(bad({ y: y24, breaks: [12, 12] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid breaks[1]: expected an integer from 13 to 23 (N − 1, with N = 24 subgroups), greater than breaks[0], received 12]`);
    expect(bad({ y: y24, breaks: [0] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid breaks[0]: expected an integer from 1 to 23 (N − 1, with N = 24 subgroups), received 0]`);
    expect(bad({ y: [1], breaks: [1] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid breaks[0]: expected no breaks (there are N = 1 subgroups), received 1]`);
    expect(bad({ y: y24, breaks: [12], freeze: [6] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid freeze: expected one entry per phase (2), received 1]`);
    expect(bad({ y: y24, exclude: [24] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid exclude[0]: expected a 0-based subgroup index from 0 to 23 (N = 24 subgroups), received 24]`);
    expect(bad({ y: y24, exclude: [-1] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid exclude[0]: expected a 0-based subgroup index from 0 to 23 (N = 24 subgroups), received -1]`);
  });

  it("insufficient data", () => {
    expect(bad({ y: [] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: insufficient data: y is empty]`);
    expect(bad({ y: [null, null] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: insufficient data: every y is missing]`);
    expect(bad({ chart: "p", y: [1, null], n: [null, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: insufficient data: every y is missing]`);
    expect(bad({ chart: "s", y: [1, 2, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: insufficient data: an s chart needs subgroups of at least 2 values, and every subgroup has fewer]`);
  });
});

describe("summary(result) errors", () => {
  it("names a value that is not a result", () => {
    expect(() => summary({ points: 3 } as never)).toThrowErrorMatchingInlineSnapshot(`[SpcError: summary: invalid result: expected a ChartResult or its JSON, received an object]`);
  });
});

describe("SpcError", () => {
  it("carries code, path, expected, received and every issue", () => {
    let caught: unknown;
    try {
      analyze({ y: [1, 2, 3, 4, 5, 6, 7, Number.NaN] });
    } catch (error) {
      caught = error;
    }
    expect(isSpcError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(SpcError);
    const error = caught as SpcError;
    expect(error.name).toBe("SpcError");
    expect(error.code).toBe("invalid_input");
    expect(error.path).toEqual(["y", 7]);
    expect(error.expected).toBe("a finite number or null");
    expect(error.received).toBe("NaN");
    expect(error.issues).toHaveLength(1);
  });

  it("lists every zod issue in issues, the first in the message", () => {
    let caught: unknown;
    try {
      analyze({ y: y24, multiply: -1, rules: "x" } as unknown as ChartSpecInput);
    } catch (error) {
      caught = error;
    }
    const error = caught as SpcError;
    expect(error.code).toBe("invalid_option");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["rules", "multiply"]);
    expect(error.message).toBe(error.issues[0]?.message);
  });

  it("isSpcError recognises errors by brand, not by class identity", () => {
    expect(isSpcError(new Error("x"))).toBe(false);
    expect(isSpcError(null)).toBe(false);
    expect(isSpcError({ name: "SpcError" })).toBe(false);
    expect(isSpcError(new SpcError({ code: "invalid_input", path: ["y", 0], expected: "x", received: 1 }))).toBe(true);
  });
});
