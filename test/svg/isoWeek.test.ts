import { describe, expect, it } from "vitest";
import { isoWeek } from "../../src/svg/format.ts";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe("isoWeek", () => {
  it("gives the ISO 8601 week and week-year, across year ends", () => {
    expect(isoWeek(day("2018-11-19"))).toEqual({ year: 2018, week: 47 });
    expect(isoWeek(day("2018-12-31"))).toEqual({ year: 2019, week: 1 }); // a Monday: week 1 of the next year
    expect(isoWeek(day("2020-12-31"))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(day("2021-01-03"))).toEqual({ year: 2020, week: 53 }); // a Sunday: the last week of the year before
    expect(isoWeek(day("2021-01-04"))).toEqual({ year: 2021, week: 1 });
    expect(isoWeek(day("1970-01-01"))).toEqual({ year: 1970, week: 1 });
    expect(isoWeek(day("1969-12-28"))).toEqual({ year: 1969, week: 52 }); // before 1970: negative times
    expect(isoWeek(day("0050-06-15"))).toEqual({ year: 50, week: 24 }); // years 0–99 are not read as 1900–1999
  });

  it("agrees with the weekday and year Date gives, for every day of 1960–2040", () => {
    for (let t = day("1960-01-01"); t <= day("2040-12-31"); t += 86_400_000) {
      const { year, week } = isoWeek(t);
      // The Thursday of the same ISO week lies in the week-year, and its day of the year fixes the week.
      const weekday = (new Date(t).getUTCDay() + 6) % 7;
      const thursday = new Date(t + (3 - weekday) * 86_400_000);
      expect(year).toBe(thursday.getUTCFullYear());
      expect(week).toBe(1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)));
    }
  });

  it("gives NaN for a time no Date can hold", () => {
    expect(isoWeek(Number.NaN)).toEqual({ year: Number.NaN, week: Number.NaN });
    expect(isoWeek(8.64e15 + 1)).toEqual({ year: Number.NaN, week: Number.NaN });
  });
});
