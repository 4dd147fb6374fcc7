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
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoWeek = /^(\d{4})-W(\d{2})$/;
const dayMs = 86_400_000;

/** A UTC midnight; unlike `Date.UTC`, years 0–99 are those years, not 1900–1999. */
function utcDay(year: number, month: number, day: number): number {
  return year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
}

/**
 * Reads ISO dates (`2018-04-02`) and ISO week labels (`2018-W14`, read as that
 * week's Monday, ISO 8601) as UTC midnights; NaN for anything else, including
 * dates that do not exist (`2018-02-30`) and week 53 of a 52-week year.
 * @internal
 */
export function parseDateString(text: string): number {
  const date = isoDate.exec(text);
  if (date !== null) {
    const year = Number(date[1]);
    const month = Number(date[2]) - 1;
    const day = Number(date[3]);
    const time = utcDay(year, month, day);
    const check = new Date(time);
    return check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day ? time : Number.NaN;
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
  return Number.NaN;
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
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: "needs dates in x, but no x was given" });
    return { type: "index", keys: null, categories: null };
  }
  if (x.length !== rows) {
    throw new SpcError({ code: "invalid_input", path: ["x"], detail: `expected ${rows} values (one per y), received ${x.length}` });
  }
  if (rows === 0) return { type: period === undefined ? "number" : "date", keys: new Float64Array(0), categories: null };
  const first = x[0];
  if (typeof first === "number") {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: "needs dates in x, but x holds numbers" });
    const keys = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const v = x[i];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new SpcError({ code: "invalid_input", path: ["x", i], expected: "a finite number like x[0]", received: v });
      }
      keys[i] = v + 0; // -0 and 0 are one subgroup
    }
    return { type: "number", keys, categories: null };
  }
  if (first instanceof Date || (typeof first === "string" && !Number.isNaN(parseDateString(first)))) {
    const keys = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const t = dateOf(x[i]);
      if (Number.isNaN(t)) {
        throw new SpcError({
          code: "invalid_input",
          path: ["x", i],
          expected: "a valid date (YYYY-MM-DD, YYYY-Www or a Date) like x[0]",
          received: x[i],
        });
      }
      const key = period === undefined ? t : floorToPeriod(t, period);
      if (!(key >= firstDay && key <= lastDay)) {
        throw new SpcError({ code: "invalid_input", path: ["x", i], expected: `a date from 0001-01-01 to 9999-12-31${period === undefined ? "" : ` (the start of its ${period} too)`}`, received: x[i] });
      }
      keys[i] = key;
    }
    return { type: "date", keys, categories: null };
  }
  if (typeof first === "string") {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: "needs dates in x, but x holds categories" });
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
    return { type: "category", keys: null, categories: { ids, labels } };
  }
  throw new SpcError({ code: "invalid_input", path: ["x", 0], expected: "a number, a string or a Date", received: first });
}
