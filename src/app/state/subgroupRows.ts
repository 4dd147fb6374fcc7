import { floorToPeriod, type Period } from "shewhart";

const dayMs = 86_400_000;

/** A UTC midnight; years 0–99 are those years, as `analyze` reads them (`Date.UTC` reads them as 1900–1999). */
const utcDay = (year: number, month: number, day: number): number => new Date(0).setUTCFullYear(year, month, day);

/** The UTC midnight an x in canonical form names (ISO date, week, month, quarter), NaN for anything else. */
export function timeOf(text: string): number {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m !== null) return utcDay(+m[1]!, +m[2]! - 1, +m[3]!);
  m = /^(\d{4})-W(\d{2})$/.exec(text);
  if (m !== null) {
    // ISO 8601: week 1 holds January 4th; weeks start on Monday.
    const january4 = utcDay(+m[1]!, 0, 4);
    const weekday = (new Date(january4).getUTCDay() + 6) % 7;
    return january4 - weekday * dayMs + (+m[2]! - 1) * 7 * dayMs;
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m !== null) return utcDay(+m[1]!, +m[2]! - 1, 1);
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m !== null) return utcDay(+m[1]!, (+m[2]! - 1) * 3, 1);
  return Number.NaN;
}

/**
 * Which subgroup each row falls in, as `analyze` forms them: rows that share
 * an x form one subgroup; numbers and times ascending (times floored to the
 * period), categories in order of first appearance; without x every row is
 * its own subgroup. Returns the subgroup of each row and the rows of each subgroup.
 */
export function subgroupRows(x: readonly (string | number)[] | null, rows: number, period: Period | null): { of: Int32Array; rows: number[][] } {
  const of = new Int32Array(rows);
  if (x === null) {
    for (let i = 0; i < rows; i++) of[i] = i;
    return { of, rows: Array.from({ length: rows }, (_, i) => [i]) };
  }
  const numbers = x.every((v) => typeof v === "number");
  const times = !numbers && x.every((v) => typeof v === "string" && !Number.isNaN(timeOf(v)));
  const keys = x.map((v): number | string => (numbers ? (v as number) : times ? (period === null ? timeOf(v as string) : floorToPeriod(timeOf(v as string), period)) : String(v)));
  const distinct = [...new Set(keys)];
  if (numbers || times) (distinct as number[]).sort((a, b) => a - b);
  const index = new Map(distinct.map((k, i) => [k, i]));
  const members = distinct.map((): number[] => []);
  keys.forEach((k, row) => {
    const i = index.get(k) as number;
    of[row] = i;
    members[i]!.push(row);
  });
  return { of, rows: members };
}
