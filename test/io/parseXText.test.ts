import { describe, expect, it } from "vitest";
import { parseCompactXText, parseXText } from "../../src/io/parseXText.ts";

const value = (text: string, order?: "dmy" | "mdy") => parseXText(text, order).value;

describe("parseXText(text)", () => {
  it.each([
    // dates
    ["2018-04-02", "2018-04-02"],
    ["2018-4-2", "2018-04-02"],
    ["2018/04/02", "2018-04-02"],
    ["02-04-2018", "2018-04-02"],
    ["02.04.2018", "2018-04-02"],
    ["02/04/2018", "2018-04-02"],
    ["2.4.2018", "2018-04-02"],
    ["2018-04-02T00:00:00", "2018-04-02"],
    ["2018-04-02T00:00:00.000Z", "2018-04-02"],
    ["2018-04-02 13:45", "2018-04-02"],
    ["02-04-2018 00:00:00", "2018-04-02"],
    // weeks
    ["2018-W40", "2018-W40"],
    ["2018W40", "2018-W40"],
    ["2018-W4", "2018-W04"],
    ["2018-w04", "2018-W04"],
    ["Uge 40, 2018", "2018-W40"],
    ["Uge 40 2018", "2018-W40"],
    ["uge 40-2018", "2018-W40"],
    ["UGE 40/2018", "2018-W40"],
    ["2018 uge 40", "2018-W40"],
    ["Week 40 2018", "2018-W40"],
    ["week 40, 2018", "2018-W40"],
    ["W40 2018", "2018-W40"],
    ["Uge 1, 2019", "2019-W01"],
    ["uge 53, 2020", "2020-W53"],
    // months
    ["2018-01", "2018-01"],
    ["2018/1", "2018-01"],
    ["01-2018", "2018-01"],
    ["januar 2018", "2018-01"],
    ["Januar 2018", "2018-01"],
    ["jan 2018", "2018-01"],
    ["jan. 2018", "2018-01"],
    ["January 2018", "2018-01"],
    ["jan-18", "2018-01"],
    ["Jan-99", "1999-01"],
    ["feb 2018", "2018-02"],
    ["februar 2018", "2018-02"],
    ["marts 2018", "2018-03"],
    ["March 2018", "2018-03"],
    ["maj 2018", "2018-05"],
    ["May 2018", "2018-05"],
    ["juni 2018", "2018-06"],
    ["juli 2018", "2018-07"],
    ["aug. 2018", "2018-08"],
    ["sept. 2018", "2018-09"],
    ["okt. 2018", "2018-10"],
    ["oktober 2018", "2018-10"],
    ["Oct 2018", "2018-10"],
    ["nov-18", "2018-11"],
    ["december 2018", "2018-12"],
    ["2018 jan", "2018-01"],
    // with a point (Excel's mm.åååå)
    ["01.2019", "2019-01"],
    ["1.2019", "2019-01"],
    ["12.2019", "2019-12"],
    ["2019.01", "2019-01"],
    ["2019.12", "2019-12"],
    // Statistics Denmark's
    ["2019M01", "2019-01"],
    ["2019m12", "2019-12"],
    // quarters
    ["2018-Q1", "2018-Q1"],
    ["2018Q1", "2018-Q1"],
    ["2018K1", "2018-Q1"],
    ["2018-k4", "2018-Q4"],
    ["Q1 2018", "2018-Q1"],
    ["K1 2018", "2018-Q1"],
    ["1. kvt. 2018", "2018-Q1"],
    ["4. kvt 2018", "2018-Q4"],
    ["2. kvartal 2018", "2018-Q2"],
  ])("%j reads as %j", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("reads a point between a month and a year as a month only where it can be one: a decimal number stays no time", () => {
    for (const text of ["1.2345", "13.2019", "0.2019", "1.1899", "2019.5", "2019.13", "2019.00", "1899.01", "3.14"]) expect(parseXText(text).kind).toBeNull();
  });

  it("reads month-first dates when asked", () => {
    expect(value("04/02/2018", "mdy")).toBe("2018-04-02");
    expect(parseXText("04/13/2018").otherOrder).toBe("2018-04-13");
    expect(value("04/13/2018")).toBeNull();
  });

  it.each(["2024-02-30", "2018-13-01", "2018-W54", "2019-W53", "2018-13", "2018-Q5", "30.02.2018", "uge 0, 2018"])("%j has the form of a time but does not exist", (text) => {
    const reading = parseXText(text);
    expect(reading.kind).not.toBeNull();
    expect(reading.value).toBeNull();
    expect(reading.problem).not.toBeNull();
  });

  it.each(["2018", "40", "uge 4", "Afsnit A", "12,5", "jan", "Q1", "1.002", "", "2018-W40-3x", "januar 2018 x"])("%j names no time", (text) => {
    expect(parseXText(text).kind).toBeNull();
  });

  it("reads a cell of 10^6 characters in linear time", () => {
    for (const text of ["1".repeat(1e6) + "x", "uge ".repeat(2.5e5), "-".repeat(1e6), "a".repeat(1e6), "1-".repeat(5e5)]) {
      const start = performance.now();
      parseXText(text);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});

describe("parseCompactXText(text, kind)", () => {
  it("reads six-digit YYYYWW as an ISO week and YYYYMM as a month, with why when it does not exist", () => {
    expect(parseCompactXText("201840", "week")?.value).toBe("2018-W40");
    expect(parseCompactXText("202053", "week")?.value).toBe("2020-W53");
    expect(parseCompactXText("201953", "week")).toMatchObject({ kind: "week", value: null, why: { key: "noWeek53", year: 2019 } });
    expect(parseCompactXText("201800", "week")).toMatchObject({ kind: "week", value: null, why: { key: "noWeek", week: 0 } });
    expect(parseCompactXText("201801", "month")?.value).toBe("2018-01");
    expect(parseCompactXText("201813", "month")).toMatchObject({ kind: "month", value: null, why: { key: "noMonth", month: 13 } });
  });

  it("is null for anything but six digits with a year 1900–2100", () => {
    for (const text of ["20184", "2018400", "18994 ", "189952", "210101", "2018-4", "2018W4", "", "abcdef"]) expect(parseCompactXText(text, "week")).toBeNull();
    expect(parseCompactXText("190001", "month")?.value).toBe("1900-01");
    expect(parseCompactXText("210012", "month")?.value).toBe("2100-12");
  });
});
