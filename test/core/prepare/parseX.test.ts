import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";

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
