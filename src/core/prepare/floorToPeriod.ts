import type { Period } from "../types.ts";
import { civilMonth, daysFromCivil } from "./civilDays.ts";

const dayMs = 86_400_000;
/** The largest time a Date holds (ECMAScript: 100,000,000 days either side of 1970). */
const maxTime = 8.64e15;

/**
 * Floors a UTC calendar date (milliseconds since the epoch at midnight UTC) to
 * the start of its period: the day itself, the Monday of its ISO week (ISO 8601),
 * or the first day of its month, quarter or year.
 *
 * @example
 * new Date(floorToPeriod(Date.UTC(2018, 10, 22), "week")).toISOString().slice(0, 10); // => "2018-11-19"
 */
export function floorToPeriod(time: number, period: Period): number {
  switch (period) {
    case "day":
      return time;
    case "week": {
      const day = Math.floor(time / dayMs);
      // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
      const sinceMonday = (((day + 3) % 7) + 7) % 7;
      return (day - sinceMonday) * dayMs;
    }
    case "month":
    case "quarter":
    case "year": {
      // Beyond the range of Date there is no calendar date (Date gives NaN there too).
      if (!(Math.abs(time) <= maxTime)) return Number.NaN;
      // By arithmetic (civilMonth, daysFromCivil), not by two Dates per value: months of 100,000 rows are floored on every analysis.
      const { year, month } = civilMonth(Math.floor(time / dayMs));
      const first = period === "month" ? month : period === "quarter" ? month - ((month - 1) % 3) : 1;
      const floored = daysFromCivil(year, first, 1) * dayMs;
      return floored >= -maxTime ? floored : Number.NaN;
    }
  }
}

/** Prints a UTC calendar date as `YYYY-MM-DD`. @internal */
export function formatDate(time: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(6, "0");
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}
