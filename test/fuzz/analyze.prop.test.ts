// Fuzzing analyze(): hostile and broken specs only ever raise SpcError, valid specs never throw,
// and results hold numbers or null where the contract says so.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, chartTypes, isSpcError, type ChartResultJSON } from "../../src/index.ts";

const anyValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 5e-324, "", "1", "__proto__", true),
  fc.string(),
  fc.date({ noInvalidDate: false }),
);
const hostileSpec = fc.record(
  {
    chart: fc.oneof(fc.constantFrom(...chartTypes), fc.string()),
    y: fc.oneof(fc.array(anyValue, { maxLength: 30 }), fc.float64Array({ maxLength: 30 }), anyValue),
    n: fc.oneof(fc.array(anyValue, { maxLength: 30 }), fc.float64Array({ maxLength: 30 }), anyValue),
    x: fc.oneof(fc.array(anyValue, { maxLength: 30 }), anyValue),
    breaks: fc.oneof(fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 4 }), anyValue),
    exclude: fc.oneof(fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 4 }), anyValue),
    freeze: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.array(fc.option(fc.integer({ min: 0, max: 40 })), { maxLength: 4 }), anyValue),
    rules: fc.oneof(fc.constantFrom("anhoej", "bestbox", "cutbox", "ihi", "hcdg", "nhs"), fc.record({ shift: fc.integer({ min: 0, max: 9 }), trend: fc.integer({ min: 0, max: 9 }) }), anyValue),
    multiply: fc.oneof(fc.double(), anyValue),
    aggregate: fc.oneof(fc.constantFrom("mean", "median", "sum", "sd"), anyValue),
    period: fc.oneof(fc.constantFrom("day", "week", "month", "quarter", "year"), anyValue),
    cl: anyValue,
    target: anyValue,
    autoPhase: fc.oneof(fc.boolean(), anyValue),
    ["__proto__" as string]: anyValue,
  },
  { requiredKeys: [] },
);

/** Where the contract says "a number or null", it is a finite number or null. */
function expectNumbersOrNull(json: ChartResultJSON): void {
  for (const point of json.points) {
    for (const key of ["value", "numerator", "denominator", "cl", "lcl", "ucl", "lcl95", "ucl95"] as const) {
      const v = point[key];
      if (v !== null) expect(Number.isFinite(v), `${key} = ${v}`).toBe(true);
    }
    expect(Number.isInteger(point.count)).toBe(true);
  }
  for (const phase of json.phases) {
    for (const key of ["cl", "lcl", "ucl", "lcl95", "ucl95", "longestRun", "crossings", "crossingsMin", "longestRunMax"] as const) {
      const v = phase[key];
      if (v !== null) expect(Number.isFinite(v), `${key} = ${v}`).toBe(true);
    }
  }
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
}

const runs = Number(process.env.FUZZ_RUNS ?? 2000);

describe("analyze(spec) under fuzzing", () => {
  test.prop([hostileSpec], { numRuns: runs })("throws only SpcError, and otherwise returns a well-formed result", (spec) => {
    let json: ChartResultJSON;
    try {
      json = analyze(spec as never).toJSON();
    } catch (error) {
      if (!isSpcError(error)) throw error;
      expect(error.message).toMatch(/^analyze: (invalid |insufficient data: )/);
      expect(error.message).not.toContain("\n");
      return;
    }
    expectNumbersOrNull(json);
  });

  const validSpec = fc
    .tuple(
      fc.constantFrom(...chartTypes),
      fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null, freq: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 60 }),
      fc.constantFrom("anhoej", "bestbox", "cutbox", "ihi", "hcdg", "nhs" as const),
      fc.constantFrom(1, 100, 1000),
      fc.boolean(),
    )
    .filter(([, rows]) => rows.some(([y]) => y !== null));

  test.prop([validSpec], { numRuns: runs })("valid input never throws", ([chart, rows, rules, multiply, autoPhase]) => {
    const y = rows.map(([v]) => (v === null ? null : chart === "t" ? v + 1 : v));
    const n = rows.map(([v, d]) => (v === null ? d : Math.max(v, d)));
    const needsN = chart === "p" || chart === "pp" || chart === "u" || chart === "up";
    const grouped = chart === "xbar" || chart === "s";
    const spec = {
      chart,
      y,
      ...(needsN ? { n } : {}),
      ...(grouped ? { x: rows.map((_, i) => Math.floor(i / 3)) } : {}),
      rules,
      multiply,
      autoPhase,
    };
    if (chart === "s" && !rows.some((_, i) => i % 3 !== 0 && y[i] !== null && y[i - 1] !== null)) return; // needs a subgroup of 2 values
    expectNumbersOrNull(analyze(spec).toJSON());
  });
});
