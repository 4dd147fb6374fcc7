// The app's one door to file reading: shewhart/io, with every unreadable cell
// of a chosen column listed at its place (the reading layer stops at the
// first; the app marks them all in its table view).
import type { Period, SpcError, SpcWarning } from "shewhart";
import * as io from "shewhart/io";
import { appTerms } from "./i18n/appTerms.ts";
import { localeOf, say, type Language } from "./i18n/words.ts";

/** What was found in the file, shown to the user and changeable. */
export interface Detected {
  readonly format: "csv" | "xlsx";
  /** The text encoding (CSV); null for a workbook. */
  readonly encoding: string | null;
  /** `,`, `;` or tab; null for a workbook or a one-column file. */
  readonly separator: string | null;
}

/** Choices that override detection. */
export interface ReadChoices {
  readonly encoding?: string;
  readonly separator?: string;
}

/** A table of cell texts, row by row, with the line each record starts on. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** 1-based line (CSV) or row (xlsx) of each record. */
  readonly lines: ArrayLike<number>;
  readonly detected: Detected;
  /** The reading layer's table, which the column readers take. */
  readonly source: io.Table;
}

/** An unreadable cell: row index into `Table.rows`, column index, and why (in the interface's language and terms). */
export interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

/** Why a file or a cell cannot be read (or a value analysed), without its place, in the interface's language, naming its controls (never a command-line flag) and missing values as empty cells. */
export function readReason(error: SpcError, language: Language): string {
  return io.errorText(error, { locale: localeOf[language], terms: appTerms(language), cells: true });
}

/**
 * A warning of the analysis in the interface's language, naming its controls
 * where the library's message names an option of the specification ('choose
 * "Scale: × 100 (percent)"', never `multiply 100` or `--multiply 100`).
 */
export function warningText(warning: SpcWarning, language: Language): string {
  return io.warningText(warning, { locale: localeOf[language], terms: appTerms(language) });
}

/** Lines above the table read as its title, and below it as notes on it, left out of it: in the interface's language. */
export function leftOutNotes(table: Table, language: Language): string[] {
  const { titleLines, footerLines, format } = table.source.detected;
  const sheet = format === "xlsx";
  return [
    ...(titleLines.length === 0 ? [] : [phraseText({ key: "titleLeftOut", lines: titleLines, sheet }, language)]),
    ...(footerLines.length === 0 ? [] : [phraseText({ key: "footerLeftOut", lines: footerLines, sheet }, language)]),
  ];
}

/** A reading phrase (for cells the app finds unreadable itself) as `readReason` says it. */
function phraseText(phrase: io.ReadPhrase, language: Language): string {
  return io.readWordsFor(localeOf[language]).reason(phrase, appTerms(language));
}

/** A file that cannot be read, with its place (line, column) in the interface's words. */
export function readErrorText(error: SpcError, language: Language): string {
  const message = readReason(error, language);
  if (!(error instanceof io.ReadError) || error.line === null) return message;
  return error.columnName === null ? say(language, "lineAt", { line: error.line, message }) : say(language, "problemAt", { line: error.line, column: error.columnName, message });
}

/** A number column as read: NaN for missing; the decimal mark it was read with (null when none was needed). */
export interface NumberRead {
  readonly values: Float64Array;
  readonly decimal: "," | "." | null;
  readonly problems: CellProblem[];
}

/** How the x column is read: a kind (`""` detected) and the order of `02-04-2018`-like dates. */
export interface XChoices {
  readonly kind?: io.XKind;
  readonly dateOrder?: io.DateOrder;
  readonly decimal?: "," | ".";
}

/** The x column read into the core's canonical forms. */
export interface XColumn {
  readonly values: (string | number)[];
  readonly kind: io.XKind;
  readonly period: Period | null;
  /** The decimal mark of a number column that needed one, and the date order of day-first or month-first dates (as `shewhart/io` read them), for reading an x the user names as the column was read. */
  readonly decimal: "," | "." | null;
  readonly dateOrder: io.DateOrder | null;
  /** An example of the spelling as written in the file. */
  readonly example: string;
  readonly problems: CellProblem[];
}

const encodings = new Set(["utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1252"]);
const separators = new Set([",", ";", "\t"]);

/** Reads a file's bytes (CSV, TSV, text pasted from a spreadsheet, or an .xlsx workbook) into a table. */
export async function readTable(bytes: Uint8Array, choices: ReadChoices = {}): Promise<Table> {
  const options: { encoding?: io.EncodingOption; separator?: io.Separator } = {};
  if (choices.encoding !== undefined && encodings.has(choices.encoding)) options.encoding = choices.encoding as io.EncodingOption;
  if (choices.separator !== undefined && separators.has(choices.separator)) options.separator = choices.separator as io.Separator;
  const source = await io.readTable(bytes, options);
  const rows: string[][] = new Array<string[]>(source.rows);
  for (let r = 0; r < source.rows; r++) rows[r] = source.columns.map((column) => column[r] ?? "");
  const d = source.detected;
  return { header: source.header, rows, lines: source.lines, detected: { format: d.format, encoding: d.encoding, separator: d.separator }, source };
}

/** A reading layer error as a problem at its cell (or null when it is not one cell's). */
function atCell(table: Table, error: unknown, language: Language): CellProblem | null {
  if (!(error instanceof io.ReadError)) throw error;
  if (error.line === null || error.column === null) return null;
  const row = Array.prototype.indexOf.call(table.lines, error.line) as number;
  return row < 0 ? null : { row, column: error.column - 1, message: readReason(error, language) };
}

/**
 * Reads a column of numbers (NaN = missing) with the reading layer, the
 * decimal mark decided from all its cells unless given. When it cannot be
 * read, every cell that is no number at all is a problem at its place, and
 * so is the layer's own complaint (e.g. a column whose decimal mark nothing settles),
 * each said in `language`.
 */
export function readNumbers(table: Table, column: number, decimal: "," | "." | undefined, language: Language): NumberRead {
  try {
    const [read] = io.readNumberColumns(table.source, [column], decimal === undefined ? {} : { decimal });
    return { values: read!.values, decimal: read!.decimal, problems: [] };
  } catch (error) {
    const first = atCell(table, error, language);
    const problems: CellProblem[] = [];
    const reading = { missing: false, dot: Number.NaN, comma: Number.NaN };
    const cells = table.source.columns[column] ?? [];
    for (let r = 0; r < cells.length; r++) {
      io.parseNumberText(cells[r] ?? "", reading);
      // With no mark chosen, a cell is bad only when neither mark reads it (a mix of marks is the layer's complaint, at its cell).
      const bad = !reading.missing && (decimal === "," ? Number.isNaN(reading.comma) : decimal === "." ? Number.isNaN(reading.dot) : Number.isNaN(reading.dot) && Number.isNaN(reading.comma));
      if (first !== null && first.row === r) problems.push(first);
      else if (bad) {
        const text = (cells[r] ?? "").trim();
        // With a decimal mark chosen, a number written with the other one says so.
        const other = decimal === "," ? reading.dot : decimal === "." ? reading.comma : Number.NaN;
        problems.push({ row: r, column, message: phraseText(Number.isNaN(other) ? { key: "notANumber", text } : { key: "notDecimal", text, decimal: decimal! }, language) });
      }
    }
    if (problems.length === 0) problems.push(first ?? { row: 0, column, message: readReason(error as SpcError, language) });
    return { values: new Float64Array(table.rows.length).fill(Number.NaN), decimal: null, problems };
  }
}

/**
 * Reads the x column with the reading layer (dates, weeks such as "Uge 40,
 * 2018", months, quarters, years, numbers or categories). When it cannot be
 * read, the layer's complaint is a problem at its cell, and so is every other
 * cell that does not read as the kind most cells have, each said in `language`.
 */
export function readXColumn(table: Table, column: number, choices: XChoices, language: Language): XColumn {
  const cells = table.source.columns[column] ?? [];
  const example = cells.find((c) => c.trim() !== "")?.trim() ?? "";
  try {
    const x = io.readXColumn(table.source, column, { ...(choices.kind === undefined ? {} : { kind: choices.kind }), ...(choices.dateOrder === undefined ? {} : { dateOrder: choices.dateOrder }), ...(choices.decimal === undefined ? {} : { decimal: choices.decimal }) });
    return { values: x.values, kind: x.kind, period: x.period, decimal: x.decimal, dateOrder: x.dateOrder, example, problems: [] };
  } catch (error) {
    const first = atCell(table, error, language);
    const dateOrder = choices.dateOrder ?? "dmy";
    const compact = choices.kind === "week" || choices.kind === "month" ? choices.kind : null;
    const readings = cells.map((c) => (compact === null ? null : io.parseCompactXText(c.trim(), compact)) ?? io.parseXText(c.trim(), dateOrder));
    const counts = new Map<io.TemporalKind, number>();
    for (const r of readings) if (r.kind !== null) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    const kind = choices.kind ?? [...counts.entries()].reduce<[io.TemporalKind | null, number]>((a, b) => (b[1] > a[1] ? b : a), [null, 0])[0];
    const problems: CellProblem[] = [];
    // Days without a year are every cell's problem, not the first's only (a trial might have mended one row).
    const days = error instanceof io.ReadError && error.readPhrase?.key === "dayWithoutYear";
    readings.forEach((reading, r) => {
      const text = (cells[r] ?? "").trim();
      if (first !== null && first.row === r) problems.push(first);
      else if (days) problems.push({ row: r, column, message: phraseText({ key: "dayWithoutYear", text }, language) });
      else if (text === "") problems.push({ row: r, column, message: phraseText({ key: "xEmpty" }, language) });
      else {
        const phrase = kind === null ? null : xCellPhrase(text, reading, kind, dateOrder, choices.kind === undefined);
        if (phrase !== null) problems.push({ row: r, column, message: phraseText(phrase, language) });
      }
    });
    if (problems.length === 0) problems.push(first ?? { row: 0, column, message: readReason(error as SpcError, language) });
    return { values: cells.map((c) => c.trim()), kind: "category", period: null, decimal: null, dateOrder: null, example, problems };
  }
}

/** Why an x cell does not read as `kind` (null when it does), as the reading layer words it. */
function xCellPhrase(text: string, reading: io.XReading, kind: io.XKind, dateOrder: io.DateOrder, detected: boolean): io.ReadPhrase | null {
  switch (kind) {
    case "category":
      return null;
    case "number": {
      const r = io.parseNumberText(text);
      return r.missing ? { key: "xMissing", text } : Number.isNaN(r.dot) && Number.isNaN(r.comma) ? { key: "notANumber", text } : null;
    }
    case "year":
      return /^\d{4}$/.test(text) ? null : { key: "notAYear", text };
    default:
      if (reading.kind !== kind) return { key: "notOfKind", kind, text, detected };
      return reading.why === null ? null : { key: "noSuchTime", kind, text, problem: reading.why, otherOrder: reading.otherOrder, dateOrder };
  }
}
