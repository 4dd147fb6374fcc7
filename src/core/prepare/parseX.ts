import { SpcError } from "../errors.ts";
import type { Period, XType } from "../types.ts";
import { floorToPeriod } from "./floorToPeriod.ts";

/** Subgroup keys read from `x`, one per row. @internal */
export interface ParsedX {
  readonly type: XType;
  /** Numbers, or UTC midnights in milliseconds for dates (after flooring to `period`); null for index and category. */
  readonly keys: Float64Array | null;
  /** Category id per row (first appearance order) and the labels; null unless categorical. */
  readonly categories: { readonly ids: Int32Array; readonly labels: readonly string[] } | null;
  /** The period every x names (all ISO weeks, all ISO months or all ISO quarters), when no `period` was given; else null. */
  readonly period: Period | null;
}

const isoWeek = /^(\d{4})-W(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;
const isoQuarter = /^(\d{4})-Q([1-4])$/;
const dayMs = 86_400_000;

/** The number written by `length` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let k = start; k < start + length; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** A UTC midnight; unlike `Date.UTC`, years 0–99 are those years, not 1900–1999. */
function utcDay(year: number, month: number, day: number): number {
  return year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
}

/**
 * Reads ISO dates (`2018-04-02`), ISO week labels (`2018-W14`, read as that
 * week's Monday, ISO 8601), ISO months (`2018-04`, read as the 1st) and
 * quarters (`2018-Q2`, read as the quarter's first day) as UTC midnights; NaN
 * for anything else, including dates that do not exist (`2018-02-30`), month 13
 * and week 53 of a 52-week year. Locale spellings ("Uge 14, 2018", "jan. 2018")
 * are not read here: that is the reading layer's job (`shewhart/io`).
 * @internal
 */
export function parseDateString(text: string): number {
  // YYYY-MM-DD read from its character codes, the day checked by arithmetic (proleptic Gregorian, as Date): a regular
  // expression's match and a Date per element were a third of analysing 100,000 days.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= days ? utcDay(year, month - 1, day) : Number.NaN;
  }
  const week = isoWeek.exec(text);
  if (week !== null) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    if (number < 1 || number > 53) return Number.NaN;
    // Week 1 is the week with January 4th in it.
    const january4 = utcDay(year, 0, 4);
    const weekday = (new Date(january4).getUTCDay() + 6) % 7; // Monday = 0
    const monday = january4 - weekday * dayMs + (number - 1) * 7 * dayMs;
    // The week belongs to `year` only if its Thursday does.
    return new Date(monday + 3 * dayMs).getUTCFullYear() === year ? monday : Number.NaN;
  }
  const month = isoMonth.exec(text);
  if (month !== null) {
    const number = Number(month[2]);
    return number >= 1 && number <= 12 ? Date.UTC(Number(month[1]), number - 1, 1) : Number.NaN;
  }
  const quarter = isoQuarter.exec(text);
  if (quarter !== null) return Date.UTC(Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 1);
  return Number.NaN;
}

/** The period an ISO x label names by its form: `2018-W14` week, `2018-04` month, `2018-Q2` quarter; null for dates and anything else. @internal */
export function periodOfLabel(text: string): Period | null {
  if (text.length === 8 && text.charCodeAt(5) === 87 /* W */) return "week";
  if (text.length === 7) return text.charCodeAt(5) === 81 /* Q */ ? "quarter" : "month";
  return null;
}
/**
 * The dates `analyze` accepts: the four-digit years of ISO 8601 (results write dates as `YYYY-MM-DD`), 0001-01-01
 * and 9999-12-31 as UTC times (JavaScript's own range reaches ±275,760 years, which no `YYYY-MM-DD` can show).
 */
const firstDay = -62_135_596_800_000;
const lastDay = 253_402_214_400_000;

function dateOf(value: unknown): number {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? Number.NaN : Math.floor(t / dayMs) * dayMs; // the UTC day
  }
  return typeof value === "string" ? parseDateString(value) : Number.NaN;
}

/**
 * Classifies and reads `x`: numbers, dates (ISO date or week strings, `Date`s)
 * or categories (any other strings). The first element decides the kind; every
 * element must then be of it, or the error names the first that is not.
 * Dates are floored to `period` when one is given.
 * @internal
 */
export function parseX(x: readonly unknown[] | undefined, rows: number, period: Period | undefined): ParsedX {
  if (x === undefined) {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: { key: "periodNeedsDates", x: "none" } });
    return { type: "index", keys: null, categories: null, period: null };
  }
  if (x.length !== rows) {
    throw new SpcError({ code: "invalid_input", path: ["x"], detail: { key: "lengths", expected: rows, received: x.length } });
  }
  if (rows === 0) return { type: period === undefined ? "number" : "date", keys: new Float64Array(0), categories: null, period: null };
  const first = x[0];
  if (typeof first === "number") {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: { key: "periodNeedsDates", x: "numbers" } });
    const keys = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const v = x[i];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new SpcError({ code: "invalid_input", path: ["x", i], expected: "a finite number like x[0]", received: v });
      }
      keys[i] = v + 0; // -0 and 0 are one subgroup
    }
    return { type: "number", keys, categories: null, period: null };
  }
  if (first instanceof Date || (typeof first === "string" && !Number.isNaN(parseDateString(first)))) {
    const keys = new Float64Array(rows);
    // Without a period, x that all name weeks (or all months, all quarters) are read in that period.
    let named: Period | null | undefined = period === undefined ? undefined : null;
    for (let i = 0; i < rows; i++) {
      const value = x[i];
      const t = dateOf(value);
      if (Number.isNaN(t)) {
        throw new SpcError({
          code: "invalid_input",
          path: ["x", i],
          expected: "a valid date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or a Date) like x[0]",
          received: value,
        });
      }
      const key = period === undefined ? t : floorToPeriod(t, period);
      if (!(key >= firstDay && key <= lastDay)) {
        throw new SpcError({ code: "invalid_input", path: ["x", i], expected: { key: "dateRange", period: period ?? null }, received: x[i] });
      }
      keys[i] = key;
      if (named !== null) {
        const kind = typeof value === "string" ? periodOfLabel(value) : null;
        named = named === undefined || named === kind ? kind : null;
      }
    }
    return { type: "date", keys, categories: null, period: named ?? null };
  }
  if (typeof first === "string") {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: { key: "periodNeedsDates", x: "categories" } });
    const ids = new Int32Array(rows);
    const labels: string[] = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < rows; i++) {
      const v = x[i];
      if (typeof v !== "string") throw new SpcError({ code: "invalid_input", path: ["x", i], expected: "a string like x[0]", received: v });
      let id = seen.get(v);
      if (id === undefined) {
        id = labels.length;
        seen.set(v, id);
        labels.push(v);
      }
      ids[i] = id;
    }
    return { type: "category", keys: null, categories: { ids, labels }, period: null };
  }
  throw new SpcError({ code: "invalid_input", path: ["x", 0], expected: "a number, a string or a Date", received: first });
}
