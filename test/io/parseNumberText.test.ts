import { describe, expect, it } from "vitest";
import { parseNumberText } from "../../src/io/parseNumberText.ts";

const read = (text: string) => {
  const r = parseNumberText(text);
  return { missing: r.missing, dot: r.dot, comma: r.comma };
};

describe("parseNumberText(text)", () => {
  it.each([
    ["12", 12, 12],
    ["12.5", 12.5, Number.NaN],
    ["12,5", Number.NaN, 12.5],
    ["1.002", 1.002, 1002],
    ["1,002", 1002, 1.002],
    ["0,125", Number.NaN, 0.125],
    ["0.125", 0.125, Number.NaN],
    ["1.234,5", Number.NaN, 1234.5],
    ["1,234.5", 1234.5, Number.NaN],
    ["1.234.567,8", Number.NaN, 1234567.8],
    ["1,234,567.8", 1234567.8, Number.NaN],
    ["1 234,5", Number.NaN, 1234.5],
    ["1 234.5", 1234.5, Number.NaN],
    ["1\u00a0234,5", Number.NaN, 1234.5],
    ["1\u202f234\u202f567", 1234567, 1234567],
    ["1 234", 1234, 1234],
    ["95,4 %", Number.NaN, 95.4],
    ["95.4%", 95.4, Number.NaN],
    ["\u22123,5", Number.NaN, -3.5],
    ["-3", -3, -3],
    ["+3", 3, 3],
    [" 7 ", 7, 7],
    [".5", 0.5, Number.NaN],
    [",5", Number.NaN, 0.5],
    ["1.5E-3", 0.0015, Number.NaN],
    ["1,5e3", Number.NaN, 1500],
    ["007", 7, 7],
    ["1,23", Number.NaN, 1.23],
  ])("%j reads as %d with a decimal point and %d with a decimal comma", (text, dot, comma) => {
    expect(read(text)).toEqual({ missing: false, dot, comma });
  });

  it.each(["x", "1.2.3,4,5", "12,34,5", "1..2", "1.", "1 23", "12a", "--3", "1e", "1 234.567,8", "0.123.456", "1,234 567", "1.5%%"])("%j reads as no number", (text) => {
    expect(read(text)).toMatchObject({ missing: false, dot: Number.NaN, comma: Number.NaN });
  });

  it.each(["", "  ", "NA", "na", "N/A", "#N/A", "#I/T", "#i/t", "NULL", "NaN", "-", ".", "..", "\u2013"])("%j is missing", (text) => {
    expect(read(text).missing).toBe(true);
  });

  it("reads a cell of 10^6 characters in linear time", () => {
    for (const text of ["1".repeat(1e6) + "x", "1.".repeat(5e5) + "5", "1 ".repeat(5e5), "9".repeat(1e6), "-".repeat(1e6), "1e" + "1".repeat(1e6)]) {
      const start = performance.now();
      read(text);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});
