import type { Period, XType } from "../core/types.ts";
import { isoDayTime } from "./isoDayTime.ts";
import type { ChartTexts } from "./texts.ts";

/** How numbers on the plotted scale are printed. @internal */
export interface NumberStyle {
  readonly locale: string;
  /** Print as a percentage of `multiply` (0.954 with multiply 1, or 95.4 with multiply 100, both read 95.4 %). */
  readonly percent: boolean;
  readonly multiply: number;
  /** Decimals; undefined for as many as the value's scale needs. */
  readonly decimals: number | undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An Intl.NumberFormat, made once per locale and options (making one costs far more than using it). @internal */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** An Intl.DateTimeFormat in UTC, made once per locale and options. @internal */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a number on the plotted scale with the locale's separators (Intl). @internal */
export function formatNumberForHumans(value: number, style: NumberStyle): string {
  return humanNumberFormatter(style)(value);
}

/** {@link formatNumberForHumans} with its formatter looked up once, for formatting many numbers alike (every point's tooltip). @internal */
export function humanNumberFormatter(style: NumberStyle): (value: number) => string {
  if (style.percent) {
    const decimals = style.decimals ?? 1;
    const format = numberFormat(style.locale, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const multiply = style.multiply;
    return (value) => format.format(value / multiply);
  }
  const decimals = style.decimals ?? 2;
  const format = numberFormat(style.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (value) => format.format(value);
}

const westernDigits = new WeakMap<Intl.NumberFormat, boolean>();

/**
 * Formats a count with a plain-number formatter, writing whole numbers from
 * 0 to 999 directly: there a decimal, standard-notation formatter without
 * significant-digit rounding gives the number's digits alone (no grouping,
 * no sign, no decimals), so when it writes 0–9 as "0"–"9" (both checked
 * once per formatter) the text is the same. Everything else (-0 included,
 * which Intl writes "-0") goes through Intl.
 * @internal
 */
export function formatCount(format: Intl.NumberFormat, value: number): string {
  if (Number.isInteger(value) && (value > 0 || Object.is(value, 0)) && value < 1000) {
    let western = westernDigits.get(format);
    if (western === undefined) {
      const resolved = format.resolvedOptions();
      western = resolved.style === "decimal" && resolved.notation === "standard" && resolved.minimumIntegerDigits === 1 && resolved.maximumSignificantDigits === undefined;
      for (let d = 0; d <= 9; d++) if (format.format(d) !== String(d)) western = false;
      westernDigits.set(format, western);
    }
    if (western) return String(value);
  }
  return format.format(value);
}

/** ISO 8601 week and week-year of a UTC day. @internal */
export function isoWeek(time: number): { year: number; week: number } {
  if (!(Math.abs(time) <= 8.64e15)) return { year: Number.NaN, week: Number.NaN }; // not a time a Date can hold
  const day = Math.floor(time / 86_400_000);
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 (1970-01-01, day 0, was a Thursday)
  const thursday = time + (3 - weekday) * 86_400_000;
  const year = new Date(thursday).getUTCFullYear();
  let january1 = januaryFirsts.get(year);
  if (january1 === undefined) {
    january1 = new Date(0).setUTCFullYear(year, 0, 1); // not Date.UTC, which reads years 0–99 as 1900–1999
    januaryFirsts.set(year, january1);
  }
  return { year, week: 1 + Math.floor((thursday - january1) / (7 * 86_400_000)) };
}

/** The time of 1 January 00:00 UTC by year, as isoWeek needs it for every point. */
const januaryFirsts = new Map<number, number>();

/** A quarter's name: `texts.quarter` with `{q}` replaced by its number ("Q1", "1. kvt."), or followed by it when it has no `{q}`. @internal */
export function quarterLabel(texts: ChartTexts, quarter: number): string {
  return texts.quarter.includes("{q}") ? texts.quarter.replace("{q}", String(quarter)) : `${texts.quarter}${quarter}`;
}

/**
 * Whether a series' number x are years (2015, 2016, …, read as numbers): every
 * x a whole number of four digits, 1000–9999. Decided once for the whole
 * series, so that one axis never prints "9999" beside "10.000". @internal
 */
export function xAreYears(xs: ArrayLike<number>, xType: XType): boolean {
  if (xType !== "number" || xs.length === 0) return false;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (!(Number.isInteger(x) && x >= 1000 && x <= 9999)) return false;
  }
  return true;
}

/**
 * A number x as the axis, the tooltips and the facts print it: with the
 * locale's separators, except in a series of years ({@link xAreYears}), which
 * print without grouping: "2018", never the Danish "2.018". Positions (x
 * absent) keep the locale's grouping. `years` is the series' decision; left
 * out, this one value decides (only right for an x printed on its own). @internal
 */
export function formatXNumber(x: number, xType: XType, locale: string, years: boolean = xAreYears([x], xType)): string {
  return numberFormat(locale, years && xType === "number" ? { useGrouping: false } : {}).format(x);
}

/**
 * How a subgroup's x is printed in full ("uge 47, 2018", "nov. 2018", "4. kvt. 2018"; "week 47, 2018", "Nov 2018",
 * "Q4 2018"). `years`: the series' number x are years ({@link formatXNumber}). @internal
 */
export function formatX(x: number | string, xType: XType, period: Period | null, locale: string, texts: ChartTexts, years?: boolean): string {
  if (xType !== "date" || typeof x !== "string") return typeof x === "number" ? formatXNumber(x, xType, locale, years) : x;
  const time = Date.parse(`${x}T00:00:00Z`);
  const date = new Date(time);
  switch (period) {
    case "week": {
      const { year, week } = isoWeek(time);
      return `${texts.week} ${week}, ${year}`;
    }
    case "month":
      return dateFormat(locale, { month: "short", year: "numeric" }).format(date);
    case "quarter":
      return `${quarterLabel(texts, Math.floor(date.getUTCMonth() / 3) + 1)} ${date.getUTCFullYear()}`;
    case "year":
      return String(date.getUTCFullYear());
    default:
      return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(date);
  }
}

/**
 * {@link formatX} for many x alike (every marked point's tooltip): the date
 * formatter is looked up once and a date read without `Date.parse` (x is a
 * checked ISO date here: validateResult). The same texts.
 * @internal
 */
export function xFormatter(xType: XType, period: Period | null, locale: string, texts: ChartTexts, years?: boolean): (x: number | string) => string {
  if (xType !== "date" || (period !== null && period !== "day" && period !== "month")) return (x) => formatX(x, xType, period, locale, texts, years);
  const format = period === "month" ? dateFormat(locale, { month: "short", year: "numeric" }) : dateFormat(locale, { day: "numeric", month: "short", year: "numeric" });
  return (x) => (typeof x === "string" ? format.format(new Date(isoDayTime(x))) : formatX(x, xType, period, locale, texts));
}

/** A range of x values, shortened when both ends share the year: "uge 40–47, 2018". @internal */
export function formatXRange(from: number | string, to: number | string, xType: XType, period: Period | null, locale: string, texts: ChartTexts, years?: boolean): string {
  const a = formatX(from, xType, period, locale, texts, years);
  const b = formatX(to, xType, period, locale, texts, years);
  if (a === b) return a;
  if (xType === "date" && period === "week" && typeof from === "string" && typeof to === "string") {
    const start = isoWeek(Date.parse(`${from}T00:00:00Z`));
    const end = isoWeek(Date.parse(`${to}T00:00:00Z`));
    if (start.year === end.year) return `${texts.week} ${start.week}–${end.week}, ${end.year}`;
  }
  return `${a} – ${b}`;
}

/**
 * Whether {@link tickFormatter}'s labels of this period depend only on the date's month (months) or
 * month and day (days): a Gregorian calendar (ICU's "gregory" or "iso8601") and no period or a month.
 * @internal
 */
export function labelsByMonthDay(period: Period | null, locale: string): boolean {
  if (period !== null && period !== "month") return false;
  const key = `${period} ${locale}`;
  let known = byMonthDay.get(key);
  if (known === undefined) {
    // Asked for each chart drawn: the answer per locale is kept (resolvedOptions() was a few ms of drawing a large chart).
    const calendar = dateFormat(locale, period === "month" ? { month: "short" } : { day: "numeric", month: "short" }).resolvedOptions().calendar;
    byMonthDay.set(key, (known = calendar === "gregory" || calendar === "iso8601"));
  }
  return known;
}

/** {@link labelsByMonthDay} per period and locale. */
const byMonthDay = new Map<string, boolean>();

/** The tick labels of days and months per period and locale, by month (and day): the same text for every year. */
const monthDayNames = new Map<string, Map<number, string>>();

/** A tick label: the short form of an x (the week number, the month, the quarter), with the year given separately. @internal */
export function formatTick(time: number, period: Period | null, locale: string, texts: ChartTexts): { label: string; year: number } {
  const date = new Date(time);
  switch (period) {
    case "week": {
      const { year, week } = isoWeek(time);
      return { label: `${texts.week} ${week}`, year };
    }
    case "month":
      return { label: dateFormat(locale, { month: "short" }).format(date), year: date.getUTCFullYear() };
    case "quarter":
      return { label: quarterLabel(texts, Math.floor(date.getUTCMonth() / 3) + 1), year: date.getUTCFullYear() };
    case "year":
      return { label: String(date.getUTCFullYear()), year: date.getUTCFullYear() };
    default:
      return { label: dateFormat(locale, { day: "numeric", month: "short" }).format(date), year: date.getUTCFullYear() };
  }
}

/**
 * {@link formatTick} for many times alike (every subgroup of an axis): the
 * formatter is looked up once, and in the Gregorian calendar — where a day's
 * and a month's names do not depend on the year — each day or month of the
 * year is formatted once and its text reused (the same text, without a call
 * to Intl per subgroup: 100,000 days took a third of drawing a chart).
 * @internal
 */
export function tickFormatter(period: Period | null, locale: string, texts: ChartTexts): (time: number) => { label: string; year: number } {
  if (period === "week" || period === "quarter" || period === "year") return (time) => formatTick(time, period, locale, texts);
  const format = period === "month" ? dateFormat(locale, { month: "short" }) : dateFormat(locale, { day: "numeric", month: "short" });
  const gregorian = labelsByMonthDay(period, locale);
  const namesKey = `${period} ${locale}`;
  let names = monthDayNames.get(namesKey);
  if (names === undefined) monthDayNames.set(namesKey, (names = new Map()));
  return (time) => {
    const date = new Date(time);
    const year = date.getUTCFullYear();
    if (!gregorian) return { label: format.format(date), year };
    const key = period === "month" ? date.getUTCMonth() : date.getUTCMonth() * 32 + date.getUTCDate();
    let label = names.get(key);
    if (label === undefined) names.set(key, (label = format.format(date)));
    return { label, year };
  };
}

