import { describe, expect, it } from "vitest";
import { parseDateString } from "../../../src/core/prepare/parseX.ts";

/** The reading by a regular expression and a Date that checks the day (the definition the fast path must equal). */
function byDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const time = year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day ? time : Number.NaN;
}

describe("parseDateString on YYYY-MM-DD", () => {
  it("gives the Date-checked time (or NaN) for every month 00–13 and day 00–32 of leap, plain and century years", () => {
    for (const year of ["0000", "0001", "0004", "0099", "0100", "1600", "1900", "1970", "2000", "2018", "2020", "2100", "2400", "9999"]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const x = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(parseDateString(x), x).toBe(byDate(x));
        }
      }
    }
  });
  it("reads nothing that is not digits where digits belong, and the other forms as before", () => {
    for (const x of ["2018-0a-01", "2018-01-0 ", "20x8-01-01", "2018/01/01", "2018-01-01 ", "-018-01-01", "２０１８-01-01", "2018-99-99"]) expect(parseDateString(x), x).toBeNaN();
    expect(parseDateString("2018-W14")).toBe(Date.UTC(2018, 3, 2));
    expect(parseDateString("2018-04")).toBe(Date.UTC(2018, 3, 1));
    expect(parseDateString("2018-Q2")).toBe(Date.UTC(2018, 3, 1));
  });
});
