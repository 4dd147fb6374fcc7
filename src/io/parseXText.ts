import type { DateOrder } from "./types.ts";
import { readEn } from "./words/readEn.ts";

/** A temporal x kind a cell's spelling names. */
export type TemporalKind = "date" | "week" | "month" | "quarter";

/** Why a spelling's value does not exist. */
export type TimeProblem =
  | { readonly key: "noMonth"; readonly month: number }
  | { readonly key: "noDay"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly key: "noWeek"; readonly week: number }
  | { readonly key: "noWeek53"; readonly year: number }
  | { readonly key: "noQuarter"; readonly quarter: number };

/** A reading whose value does not exist, with why in data and in English. */
function missingValue(kind: TemporalKind, why: TimeProblem, otherOrder: string | null = null): XReading {
  return { kind, value: null, problem: readEn.timeProblem(why), why, otherOrder };
}

/** What one x cell's spelling says. */
export interface XReading {
  /** The kind its form names; null when it names no time (a number, a category). */
  readonly kind: TemporalKind | null;
  /** The canonical form (`2018-04-02`, `2018-W40`, `2018-01`, `2018-Q1`); null when the kind is null or the value does not exist (`2024-02-30`, week 53 of a 52-week year, month 13). */
  readonly value: string | null;
  /** Why the value does not exist, when it does not, in English (`why` as data). */
  readonly problem: string | null;
  /** Why the value does not exist, as data (`ReadWords.timeProblem` words it); null when it exists. */
  readonly why: TimeProblem | null;
  /** For `dd-mm-yyyy`-like dates: whether the other date order would read it. */
  readonly otherOrder: string | null;
}

const months = new Map<string, number>();
[
  ["januar", "january", "jan"],
  ["februar", "february", "feb"],
  ["marts", "march", "mar", "mrts"],
  ["april", "apr"],
  ["maj", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nov"],
  ["december", "dec"],
].forEach((names, k) => names.forEach((name) => months.set(name, k + 1)));
const weekWords = new Set(["uge", "week", "wk", "w"]);
const quarterLetters = new Set(["q", "k"]);
const quarterWords = new Set(["kvt", "kvartal", "quarter", "qtr"]);

/** Tokens of an x cell: runs of digits ("n"), runs of letters ("w"), and separators ("s"). */
interface Token {
  readonly t: "n" | "w" | "s";
  readonly v: string;
}

const maxTokens = 16;
const none: XReading = { kind: null, value: null, problem: null, why: null, otherOrder: null };

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return c.toLowerCase() !== c.toUpperCase();
}

/** Splits a cell into tokens; null when it has too many to be a time or holds characters no time spelling uses. Linear in the cell's length. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const lower = text.trim().toLowerCase();
  let i = 0;
  while (i < lower.length) {
    if (tokens.length > maxTokens) return null;
    const c = lower[i]!;
    const code = c.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < lower.length && lower.charCodeAt(j) >= 48 && lower.charCodeAt(j) <= 57) j++;
      if (j - i > 4) return null;
      tokens.push({ t: "n", v: lower.slice(i, j) });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < lower.length && isLetter(lower[j]!)) j++;
      if (j - i > 12) return null;
      tokens.push({ t: "w", v: lower.slice(i, j) });
      i = j;
    } else if (c === " " || c === "\u00a0" || c === "\t") {
      let j = i + 1;
      while (j < lower.length && (lower[j] === " " || lower[j] === "\u00a0" || lower[j] === "\t")) j++;
      tokens.push({ t: "s", v: " " });
      i = j;
    } else if (c === "-" || c === "." || c === "/" || c === "," || c === ":" || c === "\u2013") {
      tokens.push({ t: "s", v: c === "\u2013" ? "-" : c });
      i++;
    } else return null;
  }
  // A space next to another separator adds nothing: "40, 2018" is "40,2018"; "jan. 2018" is "jan.2018".
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.t === "s" && token.v === " ") {
      const prev = out[out.length - 1];
      const next = tokens[k + 1];
      if ((prev !== undefined && prev.t === "s") || (next !== undefined && next.t === "s")) continue;
    }
    out.push(token);
  }
  return out;
}

/**
 * A tiny pattern matcher over tokens. Elements: `n4` (4 digits), `n12` (1–2
 * digits), `n1`, `n2`; `W` week word, `M` month word, `Q` quarter letter, `K`
 * quarter word, `L` the letter M of `2019M01`; `s<chars>` a separator among chars (space written `_`), and a
 * trailing `?` for optional. Returns the matched number and word tokens.
 */
const compiled = new Map<string, readonly string[]>();

function match(tokens: readonly Token[], pattern: string): Token[] | null {
  let elements = compiled.get(pattern);
  if (elements === undefined) {
    elements = pattern.split(" ");
    compiled.set(pattern, elements);
  }
  const picked: Token[] = [];
  const list = elements;
  const go = (e: number, t: number): boolean => {
    if (e === list.length) return t === tokens.length;
    let element = list[e]!;
    const optional = element.endsWith("?");
    if (optional) element = element.slice(0, -1);
    if (optional && go(e + 1, t)) return true;
    const token = tokens[t];
    if (token === undefined || !accepts(element, token)) return false;
    picked.push(token);
    if (go(e + 1, t + 1)) return true;
    picked.pop();
    return false;
  };
  return go(0, 0) ? picked.filter((token) => token.t !== "s") : null;
}

function accepts(element: string, token: Token): boolean {
  switch (element[0]) {
    case "n": {
      if (token.t !== "n") return false;
      const digits = element.slice(1);
      return digits === "12" ? token.v.length <= 2 : token.v.length === Number(digits);
    }
    case "W":
      return token.t === "w" && weekWords.has(token.v);
    case "M":
      return token.t === "w" && months.has(token.v);
    case "Q":
      return token.t === "w" && quarterLetters.has(token.v);
    case "K":
      return token.t === "w" && quarterWords.has(token.v);
    case "T":
      return token.t === "w" && token.v === "t";
    case "L":
      return token.t === "w" && token.v === "m";
    case "s":
      return token.t === "s" && element.slice(1).replaceAll("_", " ").includes(token.v);
    default:
      return false;
  }
}

/** The number written by the digits text[from..to), or -1 if any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : (monthDays[month - 1] as number);
}

/** Whether the date exists (Gregorian calendar). */
function isDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function dateText(year: number, month: number, day: number): string {
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function dateValue(year: number, month: number, day: number, otherOrder: string | null = null): XReading {
  if (!isDate(year, month, day)) {
    return missingValue("date", month < 1 || month > 12 ? { key: "noMonth", month } : { key: "noDay", year, month, day }, otherOrder);
  }
  return { kind: "date", value: dateText(year, month, day), problem: null, why: null, otherOrder };
}

/** A day-first or month-first date `a s b s year`, with what the other order would read. */
function orderedDate(a: number, b: number, year: number, dateOrder: DateOrder): XReading {
  const [day, month] = dateOrder === "dmy" ? [a, b] : [b, a];
  const other = isDate(year, day, month) ? dateText(year, day, month) : null;
  return dateValue(year, month, day, other);
}

function weekValue(year: number, week: number): XReading {
  if (week < 1 || week > 53) return missingValue("week", { key: "noWeek", week });
  // ISO 8601: week 53 exists when 28 December falls in it, i.e. when the year's last Thursday is in week 53.
  if (week === 53) {
    const december28 = Date.UTC(year, 11, 28);
    const weekday = (new Date(december28).getUTCDay() + 6) % 7;
    const thursday = new Date(december28 + (3 - weekday) * 86_400_000);
    const january1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
    if (1 + Math.floor((thursday.getTime() - january1) / (7 * 86_400_000)) !== 53) return missingValue("week", { key: "noWeek53", year });
  }
  return { kind: "week", value: `${year}-W${pad(week)}`, problem: null, why: null, otherOrder: null };
}

function monthValue(year: number, month: number): XReading {
  if (month < 1 || month > 12) return missingValue("month", { key: "noMonth", month });
  return { kind: "month", value: `${year}-${pad(month)}`, problem: null, why: null, otherOrder: null };
}

/** A month written with a point (`01.2019`, `2019.01`), or no time where it cannot be one (a decimal number). */
function pointMonth(year: number, month: number): XReading {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? monthValue(year, month) : none;
}

function quarterValue(year: number, quarter: number): XReading {
  if (quarter < 1 || quarter > 4) return missingValue("quarter", { key: "noQuarter", quarter });
  return { kind: "quarter", value: `${year}-Q${quarter}`, problem: null, why: null, otherOrder: null };
}

/** Excel's two-digit years (mmm-yy): 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** A date's time of day ("00:00", "13:45:10", "T00:00:00.000Z"), dropped: a row belongs to its calendar day. Null when there is none. */
function stripTime(tokens: readonly Token[]): Token[] | null {
  let end = tokens.length;
  if (tokens[end - 1]?.t === "w" && tokens[end - 1]!.v === "z") end--;
  const digits = (k: number): boolean => tokens[k]?.t === "n" && tokens[k]!.v.length <= 3;
  if (tokens[end - 2]?.v === "." && digits(end - 1) && tokens[end - 4]?.v === ":") end -= 2;
  if (tokens[end - 2]?.v === ":" && digits(end - 1) && tokens[end - 4]?.v === ":") end -= 2;
  if (end >= 4 && tokens[end - 2]?.v === ":" && digits(end - 1) && digits(end - 3)) {
    const before = tokens[end - 4]!;
    if ((before.t === "s" && before.v === " ") || (before.t === "w" && before.v === "t")) return tokens.slice(0, end - 4);
  }
  return null;
}

/**
 * Reads a six-digit `YYYYWW` (ISO week) or `YYYYMM` (month) cell, as
 * registers such as Danish LPR and RKKP extracts write them. These are
 * also plain numbers, so {@link parseXText} never reads them as times; the
 * caller decides, from the column's header or an explicit x type, that the
 * column holds weeks or months. Null when the cell is not six digits or its
 * year is outside 1900–2100; a week or month that does not exist (`201854`,
 * `201813`, week 53 of a 52-week year) reads with its problem, like
 * `2018-W54`.
 */
export function parseCompactXText(text: string, kind: "week" | "month"): XReading | null {
  if (text.length !== 6) return null;
  const year = digitsAt(text, 0, 4);
  const part = digitsAt(text, 4, 6);
  if (year < 1900 || year > 2100 || part < 0) return null;
  return kind === "week" ? weekValue(year, part) : monthValue(year, part);
}

/**
 * Reads one x cell's spelling, Danish or English, case-insensitive:
 *
 * | kind | spellings |
 * | --- | --- |
 * | date | `2018-04-02` (also `/` or `.`; a time of day after it, `2018-04-02 13:45` or `2018-04-02T00:00:00Z`, is dropped: the row belongs to its day), `02-04-2018`, `02.04.2018`, `02/04/2018` (day first; month first with `dateOrder: "mdy"`) |
 * | week | `2018-W40`, `2018W40`, `2018-W4`, `Uge 40, 2018`, `Uge 40 2018`, `uge 40-2018`, `2018 uge 40`, `Week 40 2018`, `week 40, 2018`, `W40 2018` |
 * | month | `2018-01`, `2018/01`, `01-2018`, `01.2018` and `2018.01` (a month 1–12 of a year 1900–2100; else a number), `januar 2018`, `jan 2018`, `jan. 2018`, `January 2018`, `2018 jan`, `jan-18` (Excel's mmm-yy: 00–29 → 20xx, 30–99 → 19xx), `2018M01` (Statistics Denmark's); Danish and English names and abbreviations (`maj`, `okt.`, `May`, `Oct`) |
 * | quarter | `2018-Q1`, `2018Q1`, `2018K1`, `Q1 2018`, `K1 2018`, `1. kvt. 2018`, `1. kvartal 2018` |
 *
 * A week always needs its year (`uge 4` alone is not a week). Linear in the
 * cell's length: a cell with more than 16 tokens or a run of more than 4
 * digits is no time.
 */
export function parseXText(text: string, dateOrder: DateOrder = "dmy"): XReading {
  // The common fixed forms, read without tokens: 2018-04-02, 02-04-2018 (also . and /), 2018-W40, 2018-01, 2018-Q1.
  const length = text.length;
  if (length === 10) {
    const s = text.charCodeAt(4);
    if (s === 45 && text.charCodeAt(7) === 45) {
      const year = digitsAt(text, 0, 4);
      const month = digitsAt(text, 5, 7);
      const day = digitsAt(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) return dateValue(year, month, day);
    }
    const t = text.charCodeAt(2);
    if ((t === 45 || t === 46 || t === 47) && text.charCodeAt(5) === t) {
      const a = digitsAt(text, 0, 2);
      const b = digitsAt(text, 3, 5);
      const year = digitsAt(text, 6, 10);
      if (a >= 0 && b >= 0 && year >= 0) return orderedDate(a, b, year, dateOrder);
    }
  } else if (length === 8 && text.charCodeAt(4) === 45 && (text.charCodeAt(5) | 32) === 119) {
    const year = digitsAt(text, 0, 4);
    const week = digitsAt(text, 6, 8);
    if (year >= 0 && week >= 0) return weekValue(year, week);
  } else if (length === 7 && text.charCodeAt(4) === 45) {
    const year = digitsAt(text, 0, 4);
    if (year >= 0 && (text.charCodeAt(5) | 32) === 113) {
      const quarter = digitsAt(text, 6, 7);
      if (quarter >= 0) return quarterValue(year, quarter);
    }
    const month = digitsAt(text, 5, 7);
    if (year >= 0 && month >= 0) return monthValue(year, month);
  }
  let tokens = tokenize(text);
  if (tokens === null || tokens.length === 0) return none;
  tokens = stripTime(tokens) ?? tokens;
  let m: Token[] | null;
  const num = (token: Token): number => Number(token.v);
  // Dates.
  for (const s of ["-", "/", "."]) {
    if ((m = match(tokens, `n4 s${s} n12 s${s} n12`)) !== null) return dateValue(num(m[0]!), num(m[1]!), num(m[2]!));
  }
  for (const s of ["-", "/", "."]) {
    if ((m = match(tokens, `n12 s${s} n12 s${s} n4`)) !== null) {
      return orderedDate(num(m[0]!), num(m[1]!), num(m[2]!), dateOrder);
    }
  }
  // Weeks.
  if ((m = match(tokens, "n4 s-_? W n12")) !== null) return weekValue(num(m[0]!), num(m[2]!));
  if ((m = match(tokens, "W s_.? n12 s,-/_.? n4")) !== null) return weekValue(num(m[2]!), num(m[1]!));
  if ((m = match(tokens, "n4 s-_,? W s_.? n12")) !== null) return weekValue(num(m[0]!), num(m[2]!));
  // Months.
  if ((m = match(tokens, "n4 s-/ n12")) !== null) return monthValue(num(m[0]!), num(m[1]!));
  if ((m = match(tokens, "n12 s-/ n4")) !== null) return monthValue(num(m[1]!), num(m[0]!));
  // With a point (`01.2019`, Excel's mm.åååå; `2019.01`): a month only where it reads as one — a month 1–12 and a
  // year 1900–2100, two digits after a year — else not a time at all, so that a decimal number (`1.2345`,
  // `2019.5`) stays a number. Read as numbers these months sorted January 2020 (1.2020) before November 2019.
  if ((m = match(tokens, "n12 s. n4")) !== null) return pointMonth(num(m[1]!), num(m[0]!));
  if ((m = match(tokens, "n4 s. n2")) !== null) return pointMonth(num(m[0]!), num(m[1]!));
  if ((m = match(tokens, "M s.? s-_,/? n4")) !== null) return monthValue(num(m[1]!), months.get(m[0]!.v)!);
  if ((m = match(tokens, "M s.? s- n2")) !== null) return monthValue(fullYear(num(m[1]!)), months.get(m[0]!.v)!);
  if ((m = match(tokens, "n4 s-_? M s.?")) !== null) return monthValue(num(m[0]!), months.get(m[1]!.v)!);
  // Statistics Denmark's months (`2019M01`), as its quarters (`2019K1`).
  if ((m = match(tokens, "n4 L n2")) !== null) return monthValue(num(m[0]!), num(m[2]!));
  // Quarters.
  if ((m = match(tokens, "n4 s-_? Q n1")) !== null) return quarterValue(num(m[0]!), num(m[2]!));
  if ((m = match(tokens, "Q n1 s-_/,? n4")) !== null) return quarterValue(num(m[2]!), num(m[1]!));
  if ((m = match(tokens, "n1 s.? K s.? s-_,? n4")) !== null) return quarterValue(num(m[2]!), num(m[0]!));
  return none;
}
