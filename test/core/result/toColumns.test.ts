import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import {
  analyze,
  chartTypes,
  columnDirections,
  columnsToJSON,
  transferablesOf,
  xValuesOf,
  type ChartColumns,
  type ChartResult,
  type ChartSpecInput,
  type ChartType,
} from "../../../src/index.ts";

const perPointFields = [
  "value",
  "numerator",
  "denominator",
  "count",
  "cl",
  "lcl",
  "ucl",
  "lcl95",
  "ucl95",
  "phase",
  "baseline",
  "included",
  "sigmaSignal",
  "runsSignal",
  "shift",
  "trend",
  "astronomical",
  "direction",
] as const;

/** What toJSON() says of point i's field, read from the columns. */
function fromColumns(columns: ChartColumns, field: (typeof perPointFields)[number], i: number): unknown {
  if (field === "direction") return columnDirections[columns.direction[i] as number];
  const column = columns[field];
  if (column === null) return null;
  const v = column[i] as number;
  if (column instanceof Uint8Array) return v === 1;
  return Number.isFinite(v) ? v : null;
}

/** Every per-point field of toJSON() equals the columns, x included; the tables are the same objects. */
function expectSameAsJSON(result: ChartResult): void {
  const json = result.toJSON();
  const columns = result.toColumns();
  expect(columns.length).toBe(json.points.length);
  const x = xValuesOf(columns);
  json.points.forEach((point, i) => {
    expect(x[i], `x[${i}]`).toBe(point.x);
    for (const field of perPointFields) expect(fromColumns(columns, field, i), `${field}[${i}]`).toBe(point[field]);
  });
  expect(columns.phases).toBe(json.phases);
  expect(columns.signals).toBe(json.signals);
  expect(columns.assessment).toBe(json.assessment);
  expect(columns.warnings).toBe(json.warnings);
  expect(columns.autoBreaks).toBe(json.autoBreaks);
  for (const key of ["chart", "rules", "ruleSet", "multiply", "xType", "period", "target", "improvement"] as const) expect(columns[key]).toEqual(json[key]);

  // The compact JSON, through a string: the same numbers, null for NaN, x as in toJSON().
  const compact = JSON.parse(JSON.stringify(columnsToJSON(columns))) as Record<string, unknown[] | null>;
  json.points.forEach((point, i) => {
    expect(compact["x"]?.[i]).toBe(point.x);
    for (const field of perPointFields) {
      const expected = point[field];
      const got = compact[field] === null ? null : compact[field]?.[i];
      if (typeof expected === "boolean") expect(got, `${field}[${i}]`).toBe(expected ? 1 : 0);
      else if (field === "direction") expect(columnDirections[got as number], `${field}[${i}]`).toBe(expected);
      else expect(got, `${field}[${i}]`).toBe(expected);
    }
  });
  expect(compact["phases"]).toEqual(JSON.parse(JSON.stringify(json.phases)));
  expect(compact["signals"]).toEqual(JSON.parse(JSON.stringify(json.signals)));
  expect(compact["assessment"]).toEqual(JSON.parse(JSON.stringify(json.assessment)));
  expect(compact["warnings"]).toEqual(JSON.parse(JSON.stringify(json.warnings)));
  expect(compact).not.toHaveProperty("labels");
}

const y = [12, 15, null, 11, 14, 30, 13, 12, 16, 15, 14, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25, 9, 10, 11];
const n = y.map((_, i) => 40 + ((i * 7) % 13));
const specFor = (chart: ChartType): ChartSpecInput => {
  const base = { chart, y, breaks: [12], improvement: "up" as const, target: 15, exclude: [5] };
  if (chart === "xbar" || chart === "s") return { ...base, breaks: undefined, exclude: undefined, x: y.map((_, i) => Math.floor(i / 3)) };
  if (chart === "t" || chart === "g") return { ...base, y: y.map((v) => (v === null ? null : v + 1)) };
  if (chart === "p" || chart === "pp" || chart === "u" || chart === "up" || chart === "ip") return { ...base, n };
  return base;
};

describe("result.toColumns()", () => {
  test.each(chartTypes.map((chart) => [chart]))("%s chart: every per-point field equals toJSON(), and the tables are toJSON()'s", (chart) => {
    expectSameAsJSON(analyze(specFor(chart)));
  });

  test("dates, numbers and categories as x; multiply; a run chart's NaN limits; no improvement", () => {
    const weeks = y.map((_, i) => `2018-W${String(10 + i).padStart(2, "0")}`);
    const dated = analyze({ chart: "p", y, n, x: weeks, multiply: 100 });
    expect(dated.xType).toBe("date");
    expectSameAsJSON(dated);
    expect(dated.toColumns().x[0]).toBe(Date.UTC(2018, 2, 5));
    expectSameAsJSON(analyze({ chart: "i", y, x: y.map((_, i) => 2 * i + 0.5) }));
    const categories = analyze({ chart: "c", y, x: y.map((_, i) => `ward ${String.fromCharCode(65 + i)}`) });
    expectSameAsJSON(categories);
    expect(categories.toColumns().labels?.[1]).toBe("ward B");
    expect(Array.from(categories.toColumns().x.slice(0, 3))).toEqual([1, 2, 3]);
    expectSameAsJSON(analyze({ y }));
    expectSameAsJSON(analyze({ chart: "u", y: [0, 3, 5], n: [0, 10, 12] })); // a zero denominator: NaN value and limits
  });

  test("a subgroup without a complete row is a gap: no numerator and no denominator (its Σn over no rows is no count of anything)", () => {
    // A results file had denominator 0 for a month whose count was missing, beside the file's 1,125 bed days (a trial).
    for (const x of [undefined, ["a", "b", "b", "c", "d"]]) {
      const spec = x === undefined ? { chart: "p", y: [3, null, 4, 2], n: [100, 1125, 90, null] } : { chart: "p", x, y: [3, null, null, 4, 2], n: [100, 1125, 50, 90, null] };
      const result = analyze(spec as ChartSpecInput);
      const points = result.toJSON().points.map((p) => [p.numerator, p.denominator, p.count]);
      expect(points).toEqual([[3, 100, 1], [null, null, 0], [4, 90, 1], [null, null, 0]]);
      expect(Array.from(result.toColumns().denominator!)).toEqual([100, Number.NaN, 90, Number.NaN]);
      expectSameAsJSON(result);
    }
    // A complete row with n = 0 is a denominator of 0, said so (a gap in the value, with a warning).
    const zero = analyze({ chart: "p", y: [0, 3, 4], n: [0, 100, 90] });
    expect(zero.toJSON().points[0]!.denominator).toBe(0);
  });

  test("every column has a buffer of its own, none shared with the result, so a transfer leaves the result intact", () => {
    const result = analyze({ y: [1, 2, 3, 4, 5, 6, 7] }); // the run chart's four limit columns share storage in the result
    const before = result.toJSON();
    const columns = result.toColumns();
    const buffers = transferablesOf(columns);
    expect(buffers).toHaveLength(18); // 19 columns, denominator null
    expect(new Set(buffers).size).toBe(18);
    const moved = structuredClone(columns, { transfer: buffers });
    expect(columns.value.length).toBe(0); // detached here
    expect(Array.from(moved.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(moved.phases).toEqual(before.phases);
    expect(result.toJSON()).toEqual(before);
  });

  const charts = fc.constantFrom(...chartTypes);
  const rows = fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 6 }), fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 60 });
  propTest.prop([charts, rows, fc.constantFrom<"up" | "down" | undefined>("up", "down", undefined), fc.constantFrom(1, 100), fc.boolean()])(
    "equals toJSON() field by field for any series",
    (chart, data, improvement, multiply, grouped) => {
      const ys = data.map(([v]) => (v === null ? null : chart === "t" ? v + 1 : v));
      const ns = data.map(([v, d]) => (v === null ? d + 1 : Math.max(v, d) + 1));
      const withN = chart === "p" || chart === "u" || chart === "pp" || chart === "up";
      const x = grouped || chart === "xbar" || chart === "s" ? data.map((_, i) => Math.floor(i / 2)) : undefined;
      let result: ChartResult;
      try {
        result = analyze({ chart, y: ys, ...(withN ? { n: ns } : {}), ...(x === undefined ? {} : { x }), multiply, ...(improvement === undefined ? {} : { improvement }) });
      } catch {
        return; // e.g. every value missing: analyze refuses, and there is nothing to compare
      }
      expectSameAsJSON(result);
    },
  );
});
