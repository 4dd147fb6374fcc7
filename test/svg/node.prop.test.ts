import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/svg/node.ts";

/** The definition formatNumber is written against: two decimals by Math.round, the shortest text of that double, "0" for ±0 and non-finite values. */
function reference(value: number): string {
  if (!Number.isFinite(value)) return "0";
  if (!Number.isFinite(value * 100)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

describe("formatNumber", () => {
  it("writes two decimals at most, as String(Math.round(v * 100) / 100), at the edges", () => {
    const edges = [0, -0, 0.004, -0.004, 0.005, -0.005, 0.015, 1.005, -1.005, 0.1, 0.01, 0.09, 0.99, 1, -1, 12.3, 12.34, 123.456, -123.456, 99.995, 100, 1e12, 1e13 - 0.01, 9999999999999.99, 1e13, 2 ** 46, 2 ** 46 + 0.01, 7e13, 1e15, 1e21, 1.5e300, 1e307, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 2 ** 53, Number.NaN, Infinity, -Infinity];
    // Beyond 2^53 hundredths the digits of n are not those of the double n/100 (its shortest text has fewer): written by String.
    edges.push(91504982005848.55, -98968401023937.77, 214177691715656.3, 519954264332904.6);
    for (const value of edges) expect(formatNumber(value), String(value)).toBe(reference(value));
    expect(formatNumber(-0.004)).toBe("0");
    expect(formatNumber(-0.05)).toBe("-0.05");
    expect(formatNumber(123.4)).toBe("123.4");
  });

  // Whole hundredths (every ending of the table, any sign and size) and any double at all.
  test.prop([fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((n) => n / 100)])("gives the reference's text for any hundredth", (value) => {
    expect(formatNumber(value)).toBe(reference(value));
  });
  test.prop([fc.integer({ min: 10 ** 15, max: 10 ** 18 }).map((n) => n / 100)])("gives the reference's text for hundredths beyond exact ones", (value) => {
    expect(formatNumber(value)).toBe(reference(value));
  });
  test.prop([fc.double()])("gives the reference's text for any double", (value) => {
    expect(formatNumber(value)).toBe(reference(value));
  });
  test.prop([fc.double({ min: -2000, max: 2000, noNaN: true })])("gives the reference's text for pixel coordinates", (value) => {
    expect(formatNumber(value)).toBe(reference(value));
  });
});
