// The app's one door to file reading: shewhart/io, with every unreadable cell
// of a chosen column listed at its place (the reading layer stops at the
// first; the app marks them all in its table view).
import type { Period } from "shewhart";
import * as io from "shewhart/io";

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

/** An unreadable cell: row index into `Table.rows`, column index, and why. */
export interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly message: string;
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
function atCell(table: Table, error: unknown): CellProblem | null {
  if (!(error instanceof io.ReadError)) throw error;
  if (error.line === null || error.column === null) return null;
  const row = Array.prototype.indexOf.call(table.lines, error.line) as number;
  return row < 0 ? null : { row, column: error.column - 1, message: error.reason };
}

/**
 * Reads a column of numbers (NaN = missing) with the reading layer, the
 * decimal mark decided from all its cells unless given. When it cannot be
 * read, every cell that is no number at all is a problem at its place, and
 * so is the layer's own complaint (e.g. a column whose decimal mark nothing settles).
 */
export function readNumbers(table: Table, column: number, decimal?: "," | "."): NumberRead {
  try {
    const [read] = io.readNumberColumns(table.source, [column], decimal === undefined ? {} : { decimal });
    return { values: read!.values, decimal: read!.decimal, problems: [] };
  } catch (error) {
    const first = atCell(table, error);
    const problems: CellProblem[] = [];
    const reading = { missing: false, dot: Number.NaN, comma: Number.NaN };
    const cells = table.source.columns[column] ?? [];
    for (let r = 0; r < cells.length; r++) {
      io.parseNumberText(cells[r] ?? "", reading);
      const bad = !reading.missing && Number.isNaN(decimal === "," ? reading.comma : decimal === "." ? reading.dot : Math.max(reading.dot, reading.comma));
      if (first !== null && first.row === r) problems.push(first);
      else if (bad) problems.push({ row: r, column, message: `"${(cells[r] ?? "").trim()}" is not a number` });
    }
    if (problems.length === 0) problems.push(first ?? { row: 0, column, message: (error as Error).message });
    return { values: new Float64Array(table.rows.length).fill(Number.NaN), decimal: null, problems };
  }
}

/**
 * Reads the x column with the reading layer (dates, weeks such as "Uge 40,
 * 2018", months, quarters, years, numbers or categories). When it cannot be
 * read, the layer's complaint is a problem at its cell, and so is every other
 * cell that does not read as the kind most cells have.
 */
export function readXColumn(table: Table, column: number, choices: XChoices = {}): XColumn {
  const cells = table.source.columns[column] ?? [];
  const example = cells.find((c) => c.trim() !== "")?.trim() ?? "";
  try {
    const x = io.readXColumn(table.source, column, { ...(choices.kind === undefined ? {} : { kind: choices.kind }), ...(choices.dateOrder === undefined ? {} : { dateOrder: choices.dateOrder }), ...(choices.decimal === undefined ? {} : { decimal: choices.decimal }) });
    return { values: x.values, kind: x.kind, period: x.period, example, problems: [] };
  } catch (error) {
    const first = atCell(table, error);
    const readings = cells.map((c) => io.parseXText(c.trim(), choices.dateOrder ?? "dmy"));
    const counts = new Map<string, number>();
    for (const r of readings) if (r.kind !== null) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    const kind = choices.kind ?? [...counts.entries()].reduce<[string | null, number]>((a, b) => (b[1] > a[1] ? b : a), [null, 0])[0];
    const problems: CellProblem[] = [];
    readings.forEach((reading, r) => {
      const text = (cells[r] ?? "").trim();
      if (first !== null && first.row === r) problems.push(first);
      else if (text === "") problems.push({ row: r, column, message: "x is empty: every row needs its x" });
      else if (kind !== null && (reading.kind !== kind || reading.value === null)) problems.push({ row: r, column, message: reading.problem ?? `"${text}" is not a ${kind} like "${example}"` });
    });
    if (problems.length === 0) problems.push(first ?? { row: 0, column, message: (error as Error).message });
    return { values: cells.map((c) => c.trim()), kind: "category", period: null, example, problems };
  }
}
