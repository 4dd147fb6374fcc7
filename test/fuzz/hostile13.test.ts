// Issue 13, core: each reproduction of the hostile-input review refused with an SpcError naming the field, or
// answered right. (The renderer's are in test/svg/validateResult.test.ts and test/svg/hostileOptions.test.ts.)
import { describe, expect, it } from "vitest";
import { analyze, isSpcError, type ChartSpecInput } from "../../src/index.ts";

function refusal(spec: unknown): string {
  try {
    analyze(spec as ChartSpecInput);
  } catch (error) {
    if (isSpcError(error)) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("issue 13: analyze", () => {
  it("exclude, breaks or freeze with a million bad elements: the first is named, no stack overflow", () => {
    for (const field of ["exclude", "breaks", "freeze"]) {
      for (const bad of ["a", 1.5, 1e20, null]) {
        if (field === "freeze" && bad === null) continue;
        const list = Array.from({ length: 1_000_000 }, () => bad);
        expect(refusal({ y: [1, 2, 3], [field]: list })).toMatch(new RegExp(`^analyze: invalid ${field}\\[0\\]: expected an integer`));
      }
    }
    expect(refusal({ y: [1, 2, 3], exclude: [...Array.from({ length: 999_999 }, () => 1), "x"] })).toBe('analyze: invalid exclude[999999]: expected an integer, received "x"');
  });

  it("y or n of 2³² − 1 elements is refused, not a RangeError", () => {
    expect(refusal({ y: new Array(2 ** 32 - 1) })).toMatch(/^analyze: invalid y/);
    expect(refusal({ chart: "p", y: [1, 2], n: new Array(2 ** 32 - 1) })).toMatch(/^analyze: invalid n/);
  });

  it("dates outside 0001-01-01…9999-12-31 are refused (they printed +000NaN-NaN-NaN)", () => {
    for (const period of [undefined, "day", "week", "month", "quarter", "year"] as const) {
      for (const time of [-8.64e15, 8.64e15, Date.UTC(10000, 0, 10), -62_135_596_800_001]) {
        const spec = { y: [1, 2], x: [new Date(time), new Date(0)], ...(period === undefined ? {} : { period }) };
        expect(refusal(spec)).toMatch(/^analyze: invalid x\[0\]: expected a date from 0001-01-01 to 9999-12-31/);
      }
    }
    // The edges of the range themselves are dates like any other.
    const json = analyze({ y: [1, 2], x: ["0001-01-01", "9999-12-31"] }).toJSON();
    expect(json.points.map((p) => p.x)).toEqual(["0001-01-01", "9999-12-31"]);
    expect(refusal({ y: [1, 2], x: [new Date(-8.64e15), new Date(0)], period: "week" })).toMatch(/\(the start of its week too\), received Date\(/);
    // Years 0–99 are those years (Date.UTC would have read 0050 as 1950).
    expect(analyze({ y: [1, 2], x: ["0050-03-15", new Date("0099-12-31T12:00:00Z")], period: "month" }).toJSON().points.map((p) => p.x)).toEqual(["0050-03-01", "0099-12-01"]);
  });

  it("a known centre line the chart's statistic cannot have is refused", () => {
    expect(refusal({ chart: "s", y: [1, 2, 3, 4, 5, 6], x: [1, 1, 2, 2, 3, 3], cl: -1 })).toBe(
      "analyze: invalid cl: expected a number >= 0 for an s chart (a standard deviation is never negative), received -1",
    );
    expect(refusal({ chart: "p", y: [1, 2], n: [3, 3], cl: 1.5 })).toMatch(/^analyze: invalid cl: expected a proportion from 0 to 1 for a p chart/);
    expect(refusal({ chart: "pp", y: [1, 2], n: [3, 3], cl: -0.1 })).toMatch(/^analyze: invalid cl: expected a proportion from 0 to 1/);
    for (const chart of ["c", "u", "up", "g", "mr"] as const) {
      const spec = { chart, y: [1, 2, 3], ...(chart === "u" || chart === "up" ? { n: [1, 1, 1] } : {}), cl: -1 };
      expect(refusal(spec)).toMatch(/^analyze: invalid cl: expected a number >= 0/);
    }
    expect(refusal({ chart: "t", y: [1, 2, 3], cl: 0 })).toMatch(/^analyze: invalid cl: expected a number > 0 for a t chart/);
    // Within the range: limits in order, and not every point flagged.
    const s = analyze({ chart: "s", y: [1, 2, 3, 5, 5, 7], x: [1, 1, 2, 2, 3, 3], cl: 1 }).toJSON().phases[0];
    expect((s?.ucl as number) > (s?.lcl as number)).toBe(true);
    expect(analyze({ chart: "i", y: [1, 2, 3], cl: -5 }).toJSON().phases[0]?.cl).toBe(-5);
  });

  it("T charts plot the input values, not their round trip through y^(1/3.6)", () => {
    const y = [2, 3, 4, 5, 0.1, 7, 1e-9, 123456.789];
    expect(analyze({ chart: "t", y }).toJSON().points.map((p) => p.value)).toEqual(y);
    expect(analyze({ chart: "t", y, multiply: 10 }).toJSON().points.map((p) => p.value)).toEqual(y.map((v) => v * 10));
    // Equal values still lie on their centre line (no run is made of rounding).
    const flat = analyze({ chart: "t", y: Array.from({ length: 30 }, () => 2) }).toJSON();
    expect(flat.signals).toEqual([]);
  });

  it("subgroups that become gaps are reported: an S-chart subgroup of one row, a sum too large for a number", () => {
    const s = analyze({ chart: "s", y: [1, 2, 3, 4, 5], x: [1, 1, 2, 2, 3] }).toJSON();
    expect(s.points[2]?.value).toBeNull();
    expect(s.warnings.find((w) => w.code === "missing_values")).toMatchObject({ indices: [2], message: expect.stringContaining("a single value and so no standard deviation") });
    for (const spec of [
      { chart: "c", y: [1e308, 1e308, 1, 2], x: [1, 1, 2, 3] },
      { chart: "i", y: [1e308, 1e308, 1, 2], x: [1, 1, 2, 3], aggregate: "sum" },
      { chart: "xbar", y: [1e308, 1e308, 1, 2, 3, 4], x: [1, 1, 2, 2, 3, 3] },
      { chart: "u", y: [1e308, 1e308, 1, 2], n: [1, 1, 1, 1], x: [1, 1, 2, 3] },
    ] as const) {
      const json = analyze(spec).toJSON();
      expect(json.points[0]?.value).toBeNull();
      expect(json.warnings.find((w) => w.code === "missing_values"), spec.chart).toMatchObject({ indices: [0], message: expect.stringContaining("too large for a number") });
      expect(json.warnings.some((w) => w.code === "zero_denominator")).toBe(false);
    }
    // A true zero denominator is still one.
    expect(analyze({ y: [1, 2, 3], n: [1, 0, 2] }).toJSON().warnings.map((w) => w.code)).toContain("zero_denominator");
  });
});
