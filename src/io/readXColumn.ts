import { maxTitleRows } from "./titleRows.ts";
import type { Period } from "../core/types.ts";
import { findColumn } from "./findColumn.ts";
import { parseNumberText, type NumberReading } from "./parseNumberText.ts";
import { parseCompactXText, parseXText, type TemporalKind, type XReading } from "./parseXText.ts";
import { ReadError } from "./readError.ts";
import type { ReadPhrase } from "./words/readPhrase.ts";
import { readNumberColumns } from "./readNumberColumns.ts";
import type { DateOrder, DecimalMark, Table, XColumn, XKind } from "./types.ts";

/** Options of {@link readXColumn}. */
export interface ReadXOptions {
  /** Read every cell as this kind (an error names the first that is not); detected when left out. */
  readonly kind?: XKind;
  /** Order of `02-04-2018`-like dates; default `"dmy"` (day first, the Danish convention). */
  readonly dateOrder?: DateOrder;
  /** Decimal mark of a number x column; detected when left out. */
  readonly decimal?: DecimalMark;
}

/** Distinct cell texts whose reading is kept while a column is read (a column of all-different dates stops adding at this many). */
const knownReadings = 1 << 16;

const periods: Record<XKind, Period | null> = { date: null, week: "week", month: "month", quarter: "quarter", year: "year", number: null, category: null };

/**
 * Reads the x column into the core's canonical forms (see {@link parseXText}
 * for the spellings), deciding its kind from **all** its cells:
 *
 * - every cell a number → `number`; a column of plain integers such as
 *   years stays numbers (it orders the same; `kind: "year"` reads it as years);
 * - every cell a time of one kind → that kind; a cell of that form whose value
 *   does not exist (`2024-02-30`) is an error, in whichever row it is;
 * - at least half the cells of one time kind (or numbers) and some other cell
 *   not → an error naming that cell (never a silent category); `kind:
 *   "category"` reads such a column as text;
 * - otherwise → `category` (the trimmed text, kept in order of appearance by the core).
 *
 * Six-digit `YYYYWW` / `YYYYMM` cells (`201840`, `201801`) are numbers unless
 * the header names a week (`Uge`, `Week`, `Wk`, `Ugenr` …) or a month
 * (`Måned`, `Month`, `Md`, `Mnd` …), every cell is six digits with a year
 * 1900–2100, and at least half of them are weeks (months) that exist: then
 * the column is weeks (months), and a cell that is no such week or month
 * (`201854`) is an error naming it. `kind: "week"` / `"month"` reads these
 * cells whatever the header says.
 *
 * An empty x cell is an error.
 *
 * @throws {ReadError} naming line, column and value, with `option` pointing to what settles it
 */
export function readXColumn(table: Table, column: string | number, options: ReadXOptions = {}): XColumn {
  const index = findColumn(table, column);
  const cells = table.columns[index]!;
  const name = table.header[index] ?? "";
  const dateOrder = options.dateOrder ?? "dmy";
  const fail = (row: number, reason: ReadPhrase, option?: "dateOrder" | "xType" | "decimal"): ReadError =>
    new ReadError({ reason, line: table.lines[row] ?? null, column: index + 1, columnName: name, value: cells[row]!, ...(option === undefined ? {} : { option }) });
  const result = (values: (string | number)[], kind: XKind, decimal: DecimalMark | null = null, order: DateOrder | null = null): XColumn => ({ name, values, kind, period: periods[kind], decimal, dateOrder: order });

  for (let r = 0; r < table.rows; r++) if (cells[r]!.trim() === "") throw fail(r, { key: "xEmpty" });
  const kind = options.kind;
  if (kind === "category") return result(cells.map((c) => c.trim()), "category");
  if (kind === "number") return numbers(table, index, options.decimal, fail, result);
  if (kind === "year") {
    const values: string[] = new Array<string>(table.rows);
    for (let r = 0; r < table.rows; r++) {
      const text = cells[r]!.trim();
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isNaN(year)) throw fail(r, { key: "notAYear", text }, "xType");
      values[r] = `${text}-01-01`;
    }
    return result(values, "year");
  }

  const readings: XReading[] = new Array<XReading>(table.rows);
  const counts: Record<TemporalKind, number> = { date: 0, week: 0, month: 0, quarter: 0 };
  let usesOrder = false;
  const compact = kind === "week" || kind === "month" ? kind : kind === undefined ? compactKind(name, cells) : null;
  // A reading depends on the text alone (with the column's compact kind and date order): a column repeats its labels (104 weeks in 2 million rows), so each is read once.
  const known = new Map<string, XReading>();
  for (let r = 0; r < table.rows; r++) {
    const text = cells[r]!.trim();
    let reading = known.get(text);
    if (reading === undefined) {
      reading = (compact === null ? null : parseCompactXText(text, compact)) ?? parseXText(text, dateOrder);
      if (known.size < knownReadings) known.set(text, reading);
    }
    readings[r] = reading;
    if (reading.kind !== null) counts[reading.kind]++;
    if (reading.otherOrder !== null || (reading.kind === "date" && reading.problem !== null && /^\d{1,2}\D/.test(cells[r]!.trim()))) usesOrder = true;
  }
  let best: TemporalKind = "date";
  for (const k of ["week", "month", "quarter"] as const) if (counts[k] > counts[best]) best = k;
  const temporal = kind ?? (counts[best] * 2 >= table.rows && table.rows > 0 ? best : null);

  if (temporal === null) {
    let numeric = 0;
    let firstOther = -1;
    const reading: NumberReading = { missing: false, dot: Number.NaN, comma: Number.NaN };
    for (let r = 0; r < table.rows; r++) {
      const typed = table.numbers?.[index]?.[r];
      parseNumberText(cells[r]!, reading);
      if ((typed !== undefined && !Number.isNaN(typed)) || (!reading.missing && (!Number.isNaN(reading.dot) || !Number.isNaN(reading.comma)))) numeric++;
      else if (firstOther < 0) firstOther = r;
    }
    if (numeric === table.rows) {
      const day = kind === undefined ? dayWithoutYear(cells) : -1;
      if (day >= 0) throw fail(day, { key: "dayWithoutYear", text: cells[day]!.trim() }, "xType");
      if (kind === undefined && excelSerialDates(name, cells)) {
        const text = cells[0]!.trim();
        throw fail(0, { key: "excelSerialDate", text, date: new Date(excelEpoch + Number(text) * 86_400_000).toISOString().slice(0, 10) }, "xType");
      }
      return numbers(table, index, options.decimal, fail, result);
    }
    if (numeric * 2 >= table.rows) {
      const text = cells[firstOther]!.trim();
      throw fail(firstOther, oddRow(table, index, firstOther, "number", text) ?? { key: "notLikeNumbers", text }, "xType");
    }
    return result(cells.map((c) => c.trim()), "category");
  }

  if (temporal !== "date" && temporal !== "week" && temporal !== "month" && temporal !== "quarter") throw new Error("unreachable");
  const values: string[] = new Array<string>(table.rows);
  for (let r = 0; r < table.rows; r++) {
    const reading = readings[r]!;
    const text = cells[r]!.trim();
    if (reading.kind !== temporal) {
      throw fail(r, (kind === undefined ? oddRow(table, index, r, temporal, text) : null) ?? { key: "notOfKind", kind: temporal, text, detected: kind === undefined }, "xType");
    }
    if (reading.value === null) {
      if (reading.why === null) throw new Error("unreachable: a reading without a value says why");
      throw fail(r, { key: "noSuchTime", kind: temporal, text, problem: reading.why, otherOrder: reading.otherOrder, dateOrder }, reading.otherOrder === null ? undefined : "dateOrder");
    }
    values[r] = reading.value;
  }
  if (temporal === "date" && options.dateOrder === undefined) {
    const r = otherOrderInCalendar(cells, readings, values);
    if (r >= 0) throw fail(r, { key: "otherOrderInCalendar", text: cells[r]!.trim(), asRead: values[r]!, other: readings[r]!.otherOrder!, dateOrder }, "dateOrder");
  }
  return result(values, temporal, null, usesOrder ? dateOrder : null);
}

function numbers(
  table: Table,
  index: number,
  decimal: DecimalMark | undefined,
  fail: (row: number, reason: ReadPhrase, option?: "xType") => ReadError,
  result: (values: (string | number)[], kind: XKind, decimal?: DecimalMark | null) => XColumn,
): XColumn {
  const [read] = readNumberColumns(table, [index], decimal === undefined ? {} : { decimal });
  const column = read!;
  const values: number[] = new Array<number>(table.rows);
  for (let r = 0; r < table.rows; r++) {
    const value = column.values[r]!;
    if (Number.isNaN(value)) throw fail(r, { key: "xMissing", text: table.columns[index]![r]!.trim() });
    values[r] = value;
  }
  return result(values, "number", column.decimal);
}

const weekHeaderWords = new Set(["uge", "uger", "ugenr", "ugenummer", "week", "weeks", "wk", "yyyyww", "ååååuu"]);
/** Words a period's header may hold beside its name: the year and how the value is written. */
const periodFormatWords = new Set(["år", "aar", "year", "nr", "no", "yyyy", "åååå"]);
const monthHeaderWords = new Set(["måned", "måneder", "maaned", "maned", "månednr", "md", "mdr", "mnd", "month", "months", "mth", "yyyymm", "ååååmm"]);

/**
 * Whether a column's six-digit cells are `YYYYWW` weeks or `YYYYMM` months,
 * judged from its header's words and its cells (see {@link readXColumn});
 * null when they stay numbers.
 */
function compactKind(header: string, cells: readonly string[]): "week" | "month" | null {
  // The header must name the period and nothing else ("Uge", "Uge (YYYYWW)", "År-uge", "Ugenummer"): a header that
  // also says what is counted ("Antal uger", "Beløb pr. md") heads numbers that merely look like YYYYWW.
  const words = header.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== "");
  const week = words.some((w) => weekHeaderWords.has(w));
  const month = words.some((w) => monthHeaderWords.has(w));
  if (week === month || !words.every((w) => weekHeaderWords.has(w) || monthHeaderWords.has(w) || periodFormatWords.has(w))) return null;
  const kind = week ? "week" : "month";
  if (cells.length === 0) return null;
  let existing = 0;
  for (const cell of cells) {
    const reading = parseCompactXText(cell.trim(), kind);
    if (reading === null) return null;
    if (reading.value !== null) existing++;
  }
  return existing * 2 >= cells.length ? kind : null;
}

/**
 * The row of the first cell that shows a column of numbers to be days without a year (`01.10`, `15.10`, `05.11`:
 * every cell a day 1–31, a point and a month 01–12), or -1. Read as numbers (1.1, 15.1, 5.11) they are sorted, and
 * November's days came among October's, without a word. It shows in a day written with a leading zero (`01.10`:
 * numbers are not written so), or in rows in the calendar's order that numbers would reorder (`29.10`, `05.11`).
 */
function dayWithoutYear(cells: readonly string[]): number {
  const days: number[] = new Array<number>(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const found = /^(\d{1,2})\.(\d{2})$/.exec(cells[r]!.trim());
    if (found === null) return -1;
    const day = Number(found[1]);
    const month = Number(found[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return -1;
    days[r] = month * 100 + day;
  }
  for (let r = 0; r < cells.length; r++) if (cells[r]!.trim().startsWith("0")) return r;
  let calendar = true;
  let reordered = -1;
  for (let r = 1; r < cells.length && calendar; r++) {
    calendar = days[r]! >= days[r - 1]!;
    if (reordered < 0 && Number(cells[r]!.trim()) < Number(cells[r - 1]!.trim())) reordered = r;
  }
  return calendar ? reordered : -1;
}

/**
 * Where a column of dates that every read both ways (`01/05/2018`: 1 May or 5 January, no day above 12) shows that
 * the other order is the file's: its rows are in calendar order (rising or falling) read the other way and not
 * read this way. The row where this reading first breaks the order, or -1. A US export of month-first dates, all
 * days up to 12, was read day first and its rows sorted anew, without a word (a trial).
 */
function otherOrderInCalendar(cells: readonly string[], readings: readonly XReading[], values: readonly string[]): number {
  const others: string[] = new Array<string>(values.length);
  let differs = false;
  for (let r = 0; r < values.length; r++) {
    const other = readings[r]!.otherOrder;
    // Only day-first or month-first dates read both ways; an ISO date or a day above 12 settles the order.
    if (other === null || !/^\d{1,2}\D/.test(cells[r]!.trim())) return -1;
    others[r] = other;
    if (other !== values[r]) differs = true;
  }
  if (!differs || outOfOrder(others) >= 0 || others.every((d) => d === others[0])) return -1;
  return outOfOrder(values);
}

/** The first row where ISO dates leave calendar order (rising or falling: the first change sets which), or -1. One pass. */
function outOfOrder(dates: readonly string[]): number {
  let up = true;
  let down = true;
  for (let r = 1; r < dates.length; r++) {
    if (dates[r]! < dates[r - 1]!) up = false;
    if (dates[r]! > dates[r - 1]!) down = false;
    if (!up && !down) return r;
  }
  return -1;
}

/** Excel's day 0 in its 1900 date system, as the days from 1 March 1900 on count it (day 61 is 1900-03-01). */
const excelEpoch = Date.UTC(1899, 11, 30);

/** Header words that name a date. */
const dateHeaderWords = new Set(["dato", "date", "dag", "day", "datum"]);

/**
 * Whether a column under a header that names a date ("Dato", "Date") holds Excel's serial day numbers (`43466`
 * for 2019-01-01: a date cell saved without its format), every one a day of 1950–2100. Read as numbers, they were
 * charted in order on an axis of numbers, with nothing said of dates (a trial).
 */
function excelSerialDates(header: string, cells: readonly string[]): boolean {
  const words = header.toLowerCase().split(/[^\p{L}]+/u);
  if (!words.some((w) => dateHeaderWords.has(w)) || cells.length === 0) return false;
  return cells.every((cell) => {
    const text = cell.trim();
    return /^\d{5}$/.test(text) && Number(text) >= 18_264 && Number(text) <= 73_415;
  });
}

/** Labels of a row of totals ("I alt", "Total"), compared in lower case without a closing colon. */
const totalLabels = new Set(["i alt", "ialt", "total", "totalt", "sum", "samlet", "alle", "all", "grand total"]);

/**
 * Why a cell of x that does not read as the rest of its column may not be a subgroup at all, so that the error
 * advises what fits rather than reading x as categories (which would chart it as a point): a row with no values
 * beside x — a note below the table when it and every row after it are such rows, the last {@link maxTitleRows}
 * at most, with x the first column (under a blank line such a note is left out, footerRows.ts), else a note among
 * the rows; or a last row named as totals ("I alt"). Null for any other row.
 */
function oddRow(table: Table, index: number, r: number, kind: TemporalKind | "number", text: string): ReadPhrase | null {
  const bare = (k: number): boolean => table.columns.every((column, c) => c === index || (column[k] ?? "").trim() === "");
  if (table.header.length >= 2 && bare(r)) {
    let below = index === 0 && table.rows - r <= maxTitleRows;
    for (let k = r + 1; below && k < table.rows; k++) below = bare(k);
    return below ? { key: "noteBelowTable", kind, text } : { key: "noteInTable", kind, text };
  }
  if (r === table.rows - 1 && totalLabels.has(text.toLowerCase().replace(/:$/, "").trim())) return { key: "totalRow", kind, text };
  return null;
}
