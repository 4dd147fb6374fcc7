import { SpcError } from "../errors.ts";
import type { Period, XType } from "../types.ts";
import { daysFromCivil } from "./civilDays.ts";
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

/**
 * Reads ISO dates (`2018-04-02`), ISO week labels (`2018-W14`, read as that
 * week's Monday, ISO 8601), ISO months (`2018-04`, read as the 1st) and
 * quarters (`2018-Q2`, read as the quarter's first day) as UTC midnights; NaN
 * for anything else, including dates that do not exist (`2018-02-30`), month 13
 * and week 53 of a 52-week year. Years 0000–0099 are those years. Locale
 * spellings ("Uge 14, 2018", "jan. 2018") are not read here: that is the
 * reading layer's job (`shewhart/io`).
 * @internal
 */
export function parseDateString(text: string): number {
  // Read from the character codes and counted by arithmetic (daysFromCivil, the calendar of Date): a regular
  // expression's match and a call of Date.UTC per element were most of analysing 100,000 days.
  const length = text.length;
  if (length < 7 || length > 10 || text.charCodeAt(4) !== 45) return Number.NaN;
  const year = digits(text, 0, 4);
  if (year < 0) return Number.NaN;
  if (length === 10) {
    if (text.charCodeAt(7) !== 45) return Number.NaN;
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return month >= 1 && month <= 12 && day >= 1 && day <= days ? daysFromCivil(year, month, day) * dayMs : Number.NaN;
  }
  if (length === 8) {
    if (text.charCodeAt(5) !== 87 /* W */) return Number.NaN;
    const week = digits(text, 6, 2);
    if (week < 1 || week > 53) return Number.NaN;
    // Week 1 is the week with January 4th in it; weeks start on Monday (1970-01-01, day 0, was a Thursday).
    const january4 = daysFromCivil(year, 1, 4);
    const weekday = (((january4 + 3) % 7) + 7) % 7; // Monday = 0
    const monday = january4 - weekday + (week - 1) * 7;
    // The week belongs to `year` only if its Thursday does (week 53 of a 52-week year does not).
    return monday + 3 < daysFromCivil(year + 1, 1, 1) ? monday * dayMs : Number.NaN;
  }
  if (length === 7) {
    if (text.charCodeAt(5) === 81 /* Q */) {
      const quarter = text.charCodeAt(6) - 48;
      return quarter >= 1 && quarter <= 4 ? daysFromCivil(year, (quarter - 1) * 3 + 1, 1) * dayMs : Number.NaN;
    }
    const month = digits(text, 5, 2);
    return month >= 1 && month <= 12 ? daysFromCivil(year, month, 1) * dayMs : Number.NaN;
  }
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
 * The last reading of an x array of strings, or of a frozen array of numbers: the strings it read (in order; null
 * for the frozen numbers, which cannot change) and what it made of them with `period`.
 */
interface KeptReading {
  readonly strings: readonly string[] | null;
  /** The array was frozen when it was read: it cannot have changed since, so its strings need no comparing. */
  readonly frozen: boolean;
  readonly period: Period | undefined;
  readonly parsed: ParsedX;
}

/**
 * Each x array's last reading when it held only strings (dates or categories), so that analysing the same array
 * again with other options (a new baseline, phase or chart type, as the browser app does on every change) does not
 * read 100,000 strings again. Weak: a reading goes with its array.
 */
const kept = new WeakMap<readonly unknown[], KeptReading>();

/**
 * Classifies and reads `x`: numbers, dates (ISO date or week strings, `Date`s)
 * or categories (any other strings). The first element decides the kind; every
 * element must then be of it, or the error names the first that is not.
 * Dates are floored to `period` when one is given.
 *
 * An array of strings read before (with the same `period`) whose every element
 * is still the same string gives its earlier reading: the reading is a
 * function of the strings alone, and comparing them is far cheaper than
 * reading them. An array that was frozen (`Object.freeze`) when it was read
 * cannot have changed, so its earlier reading is given without comparing; a
 * frozen array of numbers is kept too. The reading is never changed by its users (the subgroups and
 * the result only read it), so that it can be shared.
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
  const before = kept.get(x);
  if (before !== undefined && before.period === period && (before.frozen || sameStrings(x, before.strings as readonly string[]))) return before.parsed;
  const frozen = Object.isFrozen(x);
  const { parsed, strings } = readX(x, rows, period);
  if (strings !== null || (parsed.type === "number" && frozen)) kept.set(x, { strings, frozen, period, parsed });
  else kept.delete(x);
  return parsed;
}

/** Whether `x` holds exactly `strings` (same length, the same string at every index). */
function sameStrings(x: readonly unknown[], strings: readonly string[]): boolean {
  if (x.length !== strings.length) return false;
  for (let i = 0; i < strings.length; i++) if (x[i] !== strings[i]) return false;
  return true;
}

/**
 * {@link parseX} without the kept readings; with the elements it read (each read once: the values the reading was
 * made from) when they are all strings, else null.
 */
function readX(x: readonly unknown[], rows: number, period: Period | undefined): { readonly parsed: ParsedX; readonly strings: string[] | null } {
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
    return { parsed: { type: "number", keys, categories: null, period: null }, strings: null };
  }
  if (first instanceof Date || (typeof first === "string" && !Number.isNaN(parseDateString(first)))) {
    const keys = new Float64Array(rows);
    let strings: string[] | null = typeof first === "string" ? new Array<string>(rows) : null;
    // Without a period, x that all name weeks (or all months, all quarters) are read in that period.
    let named: Period | null | undefined = period === undefined ? undefined : null;
    for (let i = 0; i < rows; i++) {
      const value = x[i];
      // A Date among strings is read as a date, but such an array is not kept (a Date can change).
      if (strings !== null) {
        if (typeof value === "string") strings[i] = value;
        else strings = null;
      }
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
    return { parsed: { type: "date", keys, categories: null, period: named ?? null }, strings };
  }
  if (typeof first === "string") {
    if (period !== undefined) throw new SpcError({ code: "invalid_option", path: ["period"], detail: { key: "periodNeedsDates", x: "categories" } });
    const ids = new Int32Array(rows);
    const labels: string[] = [];
    const seen = new Map<string, number>();
    const strings = new Array<string>(rows);
    for (let i = 0; i < rows; i++) {
      const v = x[i];
      if (typeof v !== "string") throw new SpcError({ code: "invalid_input", path: ["x", i], expected: "a string like x[0]", received: v });
      strings[i] = v;
      let id = seen.get(v);
      if (id === undefined) {
        id = labels.length;
        seen.set(v, id);
        labels.push(v);
      }
      ids[i] = id;
    }
    return { parsed: { type: "category", keys: null, categories: { ids, labels }, period: null }, strings };
  }
  throw new SpcError({ code: "invalid_input", path: ["x", 0], expected: "a number, a string or a Date", received: first });
}
