import type { Period, XType } from "../types.ts";
import type { Words } from "./words.ts";
import { plainNumber } from "./plainNumber.ts";

/** What a sentence needs to name a subgroup by its x. @internal */
export interface SubgroupKeys {
  readonly xType: XType;
  readonly period: Period | null;
  /** Numbers, or UTC midnights for dates; null for index and category x. */
  readonly keys: Float64Array | null;
  readonly labels: readonly string[] | null;
}

const day = 86_400_000;

/**
 * Subgroup i as a sentence names it, in the words' language: "point 13" without
 * x, the number, the category, or the date by its period ("week 13, 2020" with
 * ISO weeks, "Mar 2020", "Q1 2020", "2020", or the day, through `Intl`).
 * @internal
 */
export function formatSubgroup(words: Words, x: SubgroupKeys, i: number): string {
  switch (x.xType) {
    case "index":
      return words.point(i + 1);
    case "category":
      return x.labels?.[i] ?? words.point(i + 1);
    case "number":
      return plainNumber(x.keys?.[i] as number, words);
    case "date":
      break;
  }
  const time = x.keys?.[i] as number;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  switch (x.period) {
    case "week": {
      // ISO 8601 week: the week with the year's first Thursday is week 1; a week belongs to the year of its Thursday.
      const thursday = time + (3 - ((date.getUTCDay() + 6) % 7)) * day;
      const isoYear = new Date(thursday).getUTCFullYear();
      const week = Math.floor((thursday - Date.UTC(isoYear, 0, 1)) / (7 * day)) + 1;
      return words.week(week, isoYear);
    }
    case "month":
      return new Intl.DateTimeFormat(words.intlLocale, { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
    case "quarter":
      return words.quarter(Math.floor(date.getUTCMonth() / 3) + 1, year);
    case "year":
      return String(year);
    default:
      return new Intl.DateTimeFormat(words.intlLocale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
  }
}
