import { findColumn } from "./findColumn.ts";
import { parseNumberText, type NumberReading } from "./parseNumberText.ts";
import { ReadError } from "./readError.ts";
import type { DecimalMark, NumberColumn, Table } from "./types.ts";
import { doubled } from "../core/internal/doubled.ts";

/** Options of {@link readNumberColumns}. */
export interface ReadNumberOptions {
  /** The decimal mark of every column read; detected per column from all its cells when left out. */
  readonly decimal?: DecimalMark;
}

/** What one column's cells allow. */
interface Evidence {
  readonly index: number;
  readonly dot: Float64Array;
  readonly comma: Float64Array;
  readonly missing: number;
  /** Every non-missing cell reads with a decimal point / a decimal comma. */
  readonly canDot: boolean;
  readonly canComma: boolean;
  /** Some cell reads differently with the two marks ("1.002"). */
  readonly differs: boolean;
  /** Rows of examples: a cell only a point reads, one only a comma reads, one that reads both ways differently. */
  readonly onlyDot: number;
  readonly onlyComma: number;
  readonly ambiguous: readonly number[];
  /** The first cell that is no number at all; -1 when none. */
  readonly bad: number;
  /** The first number written with a `%` after it, and the first without; -1 when none. */
  readonly percent: number;
  readonly plain: number;
}

/**
 * Reads columns of numbers (y, n, …) together, deciding each column's decimal
 * mark from **all** its cells:
 *
 * - a cell such as `12,5` or `0,125` reads only with a decimal comma, `1,234.5`
 *   or `0.5` only with a decimal point (thousands separators count only in
 *   valid groups: see {@link parseNumberText});
 * - a column where every cell reads both ways alike (`12`, `1 234`) needs no mark;
 * - a column where some cell reads both ways differently (`1.002`: 1.002 or
 *   1002) and no cell settles it takes the mark of the file's other number
 *   columns (those read here, then every other column of the table that holds
 *   numbers), when they agree; else it is refused.
 *
 * Missing cells (empty, `NA`, … see {@link missingMarkers}) are NaN.
 *
 * @throws {ReadError} for a cell that is no number (naming its line, column and text), a column
 *   mixing decimal marks, or one whose mark nothing settles (naming example values and `option: "decimal"`)
 */
export function readNumberColumns(table: Table, columns: readonly (string | number)[], options: ReadNumberOptions = {}): NumberColumn[] {
  const indices = columns.map((c) => findColumn(table, c));
  const evidence = indices.map((index) => examine(table, index));
  for (const e of evidence) if (e.bad >= 0) throw notANumber(table, e.index, e.bad);
  for (const e of evidence) if (e.percent >= 0 && e.plain >= 0) throw mixedPercent(table, e);
  const decided = new Map<number, DecimalMark | null>();
  if (options.decimal !== undefined) {
    for (const e of evidence) {
      const values = options.decimal === "," ? e.comma : e.dot;
      const row = firstNaNNotMissing(table, e.index, values);
      if (row >= 0) {
        const text = table.columns[e.index]![row]!;
        throw new ReadError({
          reason: { key: "notDecimal", text, decimal: options.decimal },
          line: table.lines[row] ?? null,
          column: e.index + 1,
          columnName: table.header[e.index] ?? null,
          value: text,
          option: "decimal",
        });
      }
      decided.set(e.index, options.decimal);
    }
  } else {
    const open: Evidence[] = [];
    for (const e of evidence) {
      const mark = markOf(table, e);
      if (mark === undefined) open.push(e);
      else decided.set(e.index, mark);
    }
    if (open.length > 0) {
      const marks = new Set<DecimalMark>();
      for (const mark of decided.values()) if (mark !== null) marks.add(mark);
      if (marks.size === 0) {
        // The table's other columns of numbers may settle it.
        for (let c = 0; c < table.header.length; c++) {
          if (indices.includes(c)) continue;
          const other = examine(table, c);
          if (other.bad >= 0 || other.dot.length - other.missing === 0) continue;
          const mark = markOf(table, other);
          if (mark !== undefined && mark !== null) marks.add(mark);
        }
      }
      for (const e of open) {
        const mark = marks.size === 1 ? [...marks][0]! : null;
        if (mark === null || (mark === "," ? !e.canComma : !e.canDot)) throw ambiguous(table, e);
        decided.set(e.index, mark);
      }
    }
  }
  return evidence.map((e) => {
    const mark = decided.get(e.index) ?? null;
    return { name: table.header[e.index] ?? "", values: mark === "," ? e.comma : e.dot, decimal: mark, missing: e.missing };
  });
}

/** The mark a column's own cells settle: a mark, null for "none needed", undefined for "ambiguous". */
function markOf(table: Table, e: Evidence): DecimalMark | null | undefined {
  if (e.canDot && e.canComma) return e.differs ? undefined : null;
  if (e.canDot) return ".";
  if (e.canComma) return ",";
  const cells = table.columns[e.index]!;
  const dotRow = e.onlyDot;
  const commaRow = e.onlyComma;
  throw new ReadError({
    reason: { key: "mixedMarks", comma: cells[commaRow]!, commaLine: table.lines[commaRow]!, dot: cells[dotRow]!, dotLine: table.lines[dotRow]! },
    line: table.lines[dotRow] ?? null,
    column: e.index + 1,
    columnName: table.header[e.index] ?? null,
    value: cells[dotRow]!,
    option: "decimal",
  });
}

function examine(table: Table, index: number): Evidence {
  const cells = table.columns[index]!;
  const typed = table.numbers?.[index];
  const rows = table.rows;
  const dot = new Float64Array(rows);
  const comma = new Float64Array(rows);
  const reading: NumberReading = { missing: false, dot: Number.NaN, comma: Number.NaN };
  let missing = 0;
  let canDot = true;
  let canComma = true;
  let differs = false;
  let onlyDot = -1;
  let onlyComma = -1;
  const ambiguousRows: number[] = [];
  let bad = -1;
  let percent = -1;
  let plain = -1;
  // A reading depends on the cell's text alone, and a column of counts repeats a few thousand texts in millions of rows: each is read once.
  // Kept as the cell's slot in `seen` (missing: -1 - slot), its two values at 2·slot and 2·slot + 1.
  const slots = new Map<string, number>();
  let seen: Float64Array = new Float64Array(256);
  for (let r = 0; r < rows; r++) {
    const known = typed === undefined ? Number.NaN : (typed[r] as number);
    if (!Number.isNaN(known)) {
      dot[r] = comma[r] = known;
      continue;
    }
    const cell = cells[r]!;
    const slot = slots.get(cell);
    let isMissing: boolean;
    if (slot === undefined) {
      parseNumberText(cell, reading);
      isMissing = reading.missing;
      if (slots.size < knownReadings) {
        const next = slots.size;
        if (2 * next + 2 > seen.length) seen = doubled(seen);
        seen[2 * next] = reading.dot;
        seen[2 * next + 1] = reading.comma;
        slots.set(cell, isMissing ? -1 - next : next);
      }
    } else if (slot < 0) isMissing = true;
    else {
      isMissing = false;
      reading.dot = seen[2 * slot]!;
      reading.comma = seen[2 * slot + 1]!;
    }
    if (isMissing) {
      dot[r] = comma[r] = Number.NaN;
      missing++;
      continue;
    }
    const d = reading.dot;
    const c = reading.comma;
    dot[r] = d;
    comma[r] = c;
    if (percent < 0 || plain < 0) {
      if (endsWithPercent(cell)) {
        if (percent < 0) percent = r;
      } else if (plain < 0) plain = r;
    }
    const hasDot = !Number.isNaN(d);
    const hasComma = !Number.isNaN(c);
    if (!hasDot && !hasComma) {
      if (bad < 0) bad = r;
      continue;
    }
    if (!hasDot) {
      canDot = false;
      if (onlyComma < 0) onlyComma = r;
    } else if (!hasComma) {
      canComma = false;
      if (onlyDot < 0) onlyDot = r;
    } else if (d !== c) {
      differs = true;
      if (ambiguousRows.length < 3) ambiguousRows.push(r);
    }
    if ((hasDot && !Number.isFinite(d)) || (hasComma && !Number.isFinite(c))) {
      if (bad < 0) bad = r;
    }
  }
  return { index, dot, comma, missing, canDot, canComma, differs, onlyDot, onlyComma, ambiguous: ambiguousRows, bad, percent, plain };
}

/** Whether a cell's text ends with `%` (spaces after it aside). */
function endsWithPercent(cell: string): boolean {
  let k = cell.length - 1;
  while (k >= 0 && cell.charCodeAt(k) <= 32) k--;
  return k >= 0 && cell.charCodeAt(k) === 37;
}

/**
 * A column of numbers some of which are written in percent (`95,4 %`) and some not (`0,931`): read as they are,
 * 0,931 stood beside 95,4 on one chart without a word (a trial). Named at the first cell written unlike the
 * column's first number: a share written as a fraction, or a percent without its sign, the user must say.
 */
function mixedPercent(table: Table, e: Evidence): ReadError {
  const cells = table.columns[e.index]!;
  const [first, odd] = e.percent < e.plain ? [e.percent, e.plain] : [e.plain, e.percent];
  const text = cells[odd]!.trim();
  return new ReadError({
    reason: { key: "mixedPercent", text, example: cells[first]!.trim(), percent: odd === e.percent },
    line: table.lines[odd] ?? null,
    column: e.index + 1,
    columnName: table.header[e.index] ?? null,
    value: cells[odd]!,
  });
}

/** Distinct cell texts whose reading is kept while a column is read (a column of all-different values stops adding at this many). */
const knownReadings = 1 << 16;

function firstNaNNotMissing(table: Table, index: number, values: Float64Array): number {
  const reading: NumberReading = { missing: false, dot: Number.NaN, comma: Number.NaN };
  for (let r = 0; r < values.length; r++) {
    if (Number.isNaN(values[r]!) && !parseNumberText(table.columns[index]![r]!, reading).missing) return r;
  }
  return -1;
}

function notANumber(table: Table, index: number, row: number): ReadError {
  const text = table.columns[index]![row]!;
  const r = parseNumberText(text);
  const outOfRange = (!Number.isNaN(r.dot) && !Number.isFinite(r.dot)) || (!Number.isNaN(r.comma) && !Number.isFinite(r.comma));
  return new ReadError({
    reason: { key: outOfRange ? "outOfRange" : "notANumber", text: text.trim() },
    line: table.lines[row] ?? null,
    column: index + 1,
    columnName: table.header[index] ?? null,
    value: text,
  });
}

function ambiguous(table: Table, e: Evidence): ReadError {
  const cells = table.columns[e.index]!;
  const examples = e.ambiguous.map((r) => cells[r]!.trim());
  const first = e.ambiguous[0]!;
  const text = cells[first]!.trim();
  const r = parseNumberText(text);
  return new ReadError({
    reason: { key: "ambiguousMark", examples, dot: r.dot, comma: r.comma },
    line: table.lines[first] ?? null,
    column: e.index + 1,
    columnName: table.header[e.index] ?? null,
    value: cells[first]!,
    option: "decimal",
  });
}
