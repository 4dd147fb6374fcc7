import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { civilDate, civilMonth, daysFromCivil } from "../../../src/core/prepare/civilDays.ts";
import { floorToPeriod } from "../../../src/core/prepare/floorToPeriod.ts";
import { parseDateString } from "../../../src/core/prepare/parseX.ts";

const dayMs = 86_400_000;
/** A UTC midnight by Date itself, years 0–99 as those years (the definition the arithmetic must equal). */
const byDate = (year: number, month: number, day: number): number => new Date(0).setUTCFullYear(year, month - 1, day);
const iso = (time: number): string => {
  const d = new Date(time);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
};
/** Every day of the years around the calendar's turning points: year 0, century and 400-year leap rules, 1970, 9999. */
const turningYears = [0, 1, 2, 3, 4, 96, 99, 100, 101, 104, 399, 400, 401, 1582, 1899, 1900, 1904, 1969, 1970, 1971, 1999, 2000, 2001, 2024, 2100, 2400, 9996, 9999];
const everyDay = function* (): Generator<number> {
  for (const year of turningYears) for (let t = byDate(year, 1, 1); t < byDate(year + 1, 1, 1); t += dayMs) yield t;
};

describe("daysFromCivil(year, month, day) and civilMonth(days)", () => {
  test("count the days of Date's calendar, years 0–99 as those years, for every day of the turning years", () => {
    for (const t of everyDay()) {
      const d = new Date(t);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) * dayMs, iso(t)).toBe(t);
      expect(civilMonth(t / dayMs), iso(t)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
  });

  propTest.prop([fc.integer({ min: -719_528, max: 2_932_896 })])("agree with Date on any day from 0000-01-01 to 9999-12-31", (days) => {
    const d = new Date(days * dayMs);
    expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
    expect(civilMonth(days)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  });
});

describe("parseDateString and floorToPeriod by arithmetic", () => {
  test("read every YYYY-MM-DD of the turning years as Date does", () => {
    for (const t of everyDay()) expect(parseDateString(iso(t)), iso(t)).toBe(t);
  });

  test("floor every day of the turning years (at any time of day) to its month, quarter and year as Date does", () => {
    for (const t of everyDay()) {
      const d = new Date(t);
      const [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
      expect(floorToPeriod(t + 45_296_789, "month"), iso(t)).toBe(byDate(year, month, 1));
      expect(floorToPeriod(t, "quarter"), iso(t)).toBe(byDate(year, month - ((month - 1) % 3), 1));
      expect(floorToPeriod(t + dayMs - 1, "year"), iso(t)).toBe(byDate(year, 1, 1));
    }
  });

  test("floorToPeriod gives NaN where Date has no calendar date", () => {
    expect(floorToPeriod(Number.NaN, "month")).toBeNaN();
    expect(floorToPeriod(8.64e15 + 1, "year")).toBeNaN();
    // The first time Date holds (-271821-04-20) floors to a month start Date cannot hold.
    expect(floorToPeriod(-8.64e15, "month")).toBeNaN();
    expect(floorToPeriod(8.64e15, "month")).toBe(new Date(8.64e15).setUTCDate(1));
  });

  test("read every ISO week of the turning years as the Monday of the week that holds January 4th (ISO 8601), and week 53 only in a 53-week year", () => {
    for (const year of turningYears) {
      const january4 = byDate(year, 1, 4);
      const week1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * dayMs;
      for (let week = 1; week <= 53; week++) {
        const monday = week1 + (week - 1) * 7 * dayMs;
        const expected = new Date(monday + 3 * dayMs).getUTCFullYear() === year ? monday : Number.NaN;
        const label = `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
        expect(parseDateString(label), label).toBe(expected);
      }
    }
    expect(parseDateString("2020-W53")).toBe(Date.UTC(2020, 11, 28));
    expect(parseDateString("2021-W53")).toBeNaN();
    for (const x of ["2018-W00", "2018-W54", "2018-w14", "2018-W1a", "2018W14x"]) expect(parseDateString(x), x).toBeNaN();
  });

  test("read months and quarters of years 0000–0099 as those years (Date.UTC read them as 1900–1999)", () => {
    expect(parseDateString("0050-04")).toBe(byDate(50, 4, 1));
    expect(parseDateString("0099-Q4")).toBe(byDate(99, 10, 1));
    expect(parseDateString("0001-01")).toBe(byDate(1, 1, 1));
    for (const x of ["2018-00", "2018-13", "2018-Q0", "2018-Q5", "2018-q1", "2018-0x", "201a-01", "2018/01"]) expect(parseDateString(x), x).toBeNaN();
  });
});

describe("civilDate(days, out)", () => {
  propTest.prop([fc.integer({ min: -100_000_000, max: 100_000_000 })])("gives Date's UTC year, month and day for every day Date can hold", (days) => {
    const d = new Date(days * dayMs);
    expect([...civilDate(days, new Int32Array(3))]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
  });
});
