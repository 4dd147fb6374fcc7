import type { Period } from "../core/types.ts";
import type { Encoding } from "./decodeText.ts";

/** A column separator of a text file. */
export type Separator = "," | ";" | "\t";

/** A decimal mark. */
export type DecimalMark = "," | ".";

/** How an x column is read: a kind of time, numbers, or categories (text kept as written, in order of appearance). */
export type XKind = "date" | "week" | "month" | "quarter" | "year" | "number" | "category";

/** Day-first (`02-04-2018` is 2 April, the Danish convention) or month-first (4 February) dates. */
export type DateOrder = "dmy" | "mdy";

/** What was found out about a file while reading it: what a UI can show and options can override. */
export interface TableDetected {
  readonly format: "csv" | "xlsx";
  /** The text encoding (CSV); null for xlsx. */
  readonly encoding: Encoding | null;
  /** The column separator (CSV); null for xlsx, or a CSV of one column. */
  readonly separator: Separator | null;
  /** The sheet read (xlsx); null for CSV. */
  readonly sheet: string | number | null;
  /**
   * Lines above the table read as its title and left out of it ({@link titleRows}: "Andel ajourført FMK", then the
   * column names), each with its line (CSV) or row (xlsx) and its text; empty when the table starts at the first line.
   */
  readonly titleLines: readonly TitleLine[];
  /** Lines below the table read as notes on it ("Kilde: Sundhedsdatastyrelsen") and left out of it ({@link footerRows}); empty when none. */
  readonly footerLines: readonly TitleLine[];
}

/** A line of title above a table, or of a note below it ({@link TableDetected.titleLines}, `footerLines`). */
export interface TitleLine {
  readonly line: number;
  readonly text: string;
}

/**
 * A file read as a table of cell texts: one array per column, and for each
 * record the line (CSV: where the record starts, counting from 1 with the
 * header on line 1 unless blank or `sep=` lines come before it; xlsx: the
 * sheet's row number) for messages.
 */
export interface Table {
  /** Header cells, trimmed. */
  readonly header: readonly string[];
  /** `columns[c][r]`: the text of column c in record r, as written (not trimmed). */
  readonly columns: readonly (readonly string[])[];
  /** 1-based line (CSV) or row (xlsx) where each record starts. */
  readonly lines: Uint32Array;
  /** Number of records (rows below the header). */
  readonly rows: number;
  /** xlsx: per column, the value of each cell the workbook stores as a number (NaN for other cells), read without any decimal mark. */
  readonly numbers?: readonly Float64Array[];
  readonly detected: TableDetected;
}

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** The text encoding of a CSV; detected when left out (see {@link decodeText}). */
  readonly encoding?: import("./decodeText.ts").EncodingOption;
  /** The separator of a CSV; detected when left out. */
  readonly separator?: Separator;
  /** The sheet of an xlsx workbook, by name or 1-based number; default the first. */
  readonly sheet?: string | number;
}

/** A number column as read. */
export interface NumberColumn {
  readonly name: string;
  /** One value per record, NaN for a missing cell. */
  readonly values: Float64Array;
  /** The decimal mark the column was read with; null when no cell needed one (whole numbers without thousands separators). */
  readonly decimal: DecimalMark | null;
  /** How many cells were missing (empty or a missing marker). */
  readonly missing: number;
}

/** An x column as read: values in the core's canonical forms. */
export interface XColumn {
  readonly name: string;
  /**
   * One value per record: numbers for `number`; strings for the rest — ISO
   * dates `2018-04-02` (date), ISO weeks `2018-W40` (week), ISO months
   * `2018-01` (month), ISO quarters `2018-Q1` (quarter), the year's first day
   * `2018-01-01` (year), or the trimmed text (category).
   */
  readonly values: (string | number)[];
  readonly kind: XKind;
  /** The period the values name (week, month, quarter, year), to pass to `analyze` as `period`; null for dates, numbers and categories. */
  readonly period: Period | null;
  /** The decimal mark, for a number column that needed one. */
  readonly decimal: DecimalMark | null;
  /** The date order used, when some cell was a day-first or month-first date. */
  readonly dateOrder: DateOrder | null;
}
