import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../src/svg/validateResult.ts";

/** The definition by Date: a time Date.parse reads whose day of the month is the one written. */
const byDate = (x: string): boolean => {
  const time = Date.parse(`${x}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).getUTCDate() === Number(x.slice(8, 10));
};

describe("isCalendarDate", () => {
  it("agrees with Date for every month and day number 00–32 of leap and plain years, century years and year 0000", () => {
    for (const year of ["0000", "0001", "0004", "0100", "1600", "1899", "1900", "1996", "2000", "2018", "2020", "2100", "2400", "9999"]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const x = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isCalendarDate(x), x).toBe(byDate(x));
        }
      }
    }
  });
  it("refuses what is not YYYY-MM-DD", () => {
    for (const x of ["2018-1-01", "2018-01-1", "18-01-01", "2018-01-01T00:00:00Z", " 2018-01-01", "２０１８-01-01", 20180101, null]) expect(isCalendarDate(x)).toBe(false);
  });
});
