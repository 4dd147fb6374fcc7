import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";
import { parseX } from "../../../src/core/prepare/parseX.ts";

const y = [5, 6, 4, 5, 7, 6];

describe("analyze(spec) with ISO week, month and quarter x", () => {
  it("reads YYYY-MM as the month and infers period month", () => {
    const result = analyze({ x: ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"], y });
    expect(result.xType).toBe("date");
    expect(result.period).toBe("month");
    expect(result.toJSON().points.map((p) => p.x)).toEqual(["2018-01-01", "2018-02-01", "2018-03-01", "2018-04-01", "2018-05-01", "2018-06-01"]);
  });

  it("reads YYYY-Qn as the quarter's first day and infers period quarter", () => {
    const result = analyze({ x: ["2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"], y });
    expect(result.period).toBe("quarter");
    expect(result.toJSON().points[2]!.x).toBe("2019-01-01");
  });

  it("infers period week from ISO weeks, and none from dates or mixed forms", () => {
    expect(analyze({ x: ["2018-W50", "2018-W51", "2018-W52", "2019-W01", "2019-W02", "2019-W03"], y }).period).toBe("week");
    expect(analyze({ x: ["2018-01-01", "2018-01-02", "2018-01-03", "2018-01-04", "2018-01-05", "2018-01-06"], y }).period).toBeNull();
    expect(analyze({ x: ["2018-W50", "2018-01", "2018-03", "2018-04", "2018-05", "2018-06"], y }).period).toBeNull();
  });

  it("keeps a given period", () => {
    expect(analyze({ x: ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"], y, period: "quarter" }).period).toBe("quarter");
  });

  it("refuses months and quarters that do not exist", () => {
    expect(() => analyze({ x: ["2018-01", "2018-13"], y: [1, 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0], received "2018-13"]`);
    expect(() => analyze({ x: ["2018-Q1", "2018-Q5"], y: [1, 2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid x[1]: expected a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0], received "2018-Q5"]`);
  });

  it("gives the analysis of the same series with ISO dates", () => {
    const dates = analyze({ chart: "i", x: ["2018-01-01", "2018-04-01", "2018-07-01", "2018-10-01", "2019-01-01", "2019-04-01"], y, period: "quarter" });
    const quarters = analyze({ chart: "i", x: ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2"], y });
    expect(quarters.toJSON()).toEqual(dates.toJSON());
  });
});

describe("parseX(x, rows, period) of an x array read before", () => {
  const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));

  it("gives the earlier reading of the same strings, and reads them again once one has changed", () => {
    const x = [...days];
    const first = parseX(x, x.length, undefined);
    expect(parseX(x, x.length, undefined)).toBe(first);
    x[7] = "2024-03-01";
    const changed = parseX(x, x.length, undefined);
    expect(changed).not.toBe(first);
    expect(changed.keys?.[7]).toBe(Date.UTC(2024, 2, 1));
    expect(parseX(x, x.length, "month")).not.toBe(changed);
    expect(parseX(x, x.length, "month").keys?.[0]).toBe(Date.UTC(2024, 0, 1));
  });

  it("reads an array again when a string became a Date or another kind, and never keeps an array with Dates", () => {
    const x: unknown[] = [...days];
    parseX(x, x.length, undefined);
    const date = new Date(Date.UTC(2030, 0, 1));
    x[3] = date;
    expect(parseX(x, x.length, undefined).keys?.[3]).toBe(Date.UTC(2030, 0, 1));
    // A Date can change: the array is read again, never taken from before.
    date.setUTCFullYear(2031);
    expect(parseX(x, x.length, undefined).keys?.[3]).toBe(Date.UTC(2031, 0, 1));
    x[3] = 12;
    expect(() => parseX(x, x.length, undefined)).toThrow(/x\[3\]/);
  });

  it("gives the earlier reading of an array frozen when it was read, and of frozen numbers; reads one frozen later again", () => {
    const frozen = Object.freeze([...days]);
    const first = parseX(frozen, frozen.length, undefined);
    expect(parseX(frozen, frozen.length, undefined)).toBe(first);
    const numbers = Object.freeze(days.map((_, i) => i * 2));
    const read = parseX(numbers, numbers.length, undefined);
    expect(parseX(numbers, numbers.length, undefined)).toBe(read);
    // Unfrozen numbers are read every time.
    const open = days.map((_, i) => i * 2);
    expect(parseX(open, open.length, undefined)).not.toBe(parseX(open, open.length, undefined));
    // Read while it could change, changed, then frozen: its strings are compared, and the change is read.
    const later = [...days];
    const before = parseX(later, later.length, undefined);
    later[0] = "2023-12-31";
    Object.freeze(later);
    const after = parseX(later, later.length, undefined);
    expect(after).not.toBe(before);
    expect(after.keys?.[0]).toBe(Date.UTC(2023, 11, 31));
  });

  it("keeps categories too, and reads them again when a label changed", () => {
    const x = ["a", "b", "a", "c"];
    const first = parseX(x, 4, undefined);
    expect(parseX(x, 4, undefined)).toBe(first);
    x[2] = "d";
    expect(parseX(x, 4, undefined).categories?.labels).toEqual(["a", "b", "d", "c"]);
  });
});

describe("analyze(spec) again with the same x array", () => {
  it("gives every analysis of a changed array from its new values, with the same results as a fresh array", () => {
    // Unordered days with repeats: subgroups are formed by sorting, which is kept with the reading.
    const x = Array.from({ length: 60 }, (_, i) => `2024-02-${String(1 + ((i * 7) % 29)).padStart(2, "0")}`);
    const y = Array.from({ length: 60 }, (_, i) => (i * 13) % 11);
    const n = Array.from({ length: 60 }, () => 12);
    for (const spec of [{ chart: "p" as const, freeze: 10 }, { chart: "p" as const, breaks: [12] }, { chart: "run" as const, exclude: [3] }]) {
      expect(analyze({ ...spec, x, y, n: spec.chart === "p" ? n : undefined }).toJSON()).toEqual(analyze({ ...spec, x: [...x], y, n: spec.chart === "p" ? n : undefined }).toJSON());
    }
    x[0] = "2024-03-15";
    x[59] = "2024-01-31";
    const again = analyze({ chart: "p", x, y, n }).toJSON();
    expect(again).toEqual(analyze({ chart: "p", x: [...x], y, n }).toJSON());
    expect(again.points[0]!.x).toBe("2024-01-31");
    expect(again.points[again.points.length - 1]!.x).toBe("2024-03-15");
  });
});
