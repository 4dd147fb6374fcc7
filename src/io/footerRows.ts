import { maxTitleRows, readsAsValue } from "./titleRows.ts";
import type { TitleLine } from "./types.ts";

/** Records above the last ones whose first cells are looked at ({@link footerRows}). */
export const footerContext = 20;

/**
 * How many of a table's last records are notes below it, not rows of it: exports often end with a source or a
 * date ("Kilde: Sundhedsdatastyrelsen", "Udtrukket 03-12-2018"). Up to {@link maxTitleRows} last records count
 * when the table has two columns or more, each of them has text in its first cell only, the first column of the
 * records above them holds values only — numbers, dates, weeks, months — and the first of them stands apart
 * from the table (`apart`: a blank line above it, or written without the separators every row of the table has);
 * a note that reads as a value (a date) only under a blank line. So a row of data whose values are missing, or whose x has a typo
 * ("uge 42" without its year), is never taken for a note: a unit without values in a table of units, a week
 * without values, a row right under the others. `records`: the table's last records, each its cells in column
 * order, with up to {@link footerContext} records above the notes; `apart(k)`: how record k of them stands apart.
 *
 * @example
 * footerRows([["Uge 40 2018", "18", "20"], ["Uge 41 2018", "17", "20"], ["Kilde: LPR", "", ""]], (k) => (k === 2 ? "blank" : "none")); // => 1
 * footerRows([["Afsnit Æ", "18", "20"], ["Afsnit Ø", "", ""]], () => "blank"); // => 0 (a unit without values)
 */
export function footerRows(records: readonly (readonly string[])[], apart: (k: number) => Apart): number {
  if ((records[0]?.length ?? 0) < 2) return 0;
  let t = 0;
  let values = false;
  while (t < records.length && t <= maxTitleRows) {
    const cells = records[records.length - 1 - t] as readonly string[];
    const first = (cells[0] ?? "").trim();
    if (first === "" || cells.some((cell, c) => c > 0 && cell.trim() !== "")) break;
    if (readsAsValue(first)) values = true;
    t++;
  }
  if (t === 0 || t > maxTitleRows) return 0;
  // Notes under a blank line may be a date ("03-12-2018", the day of the extract); those only written without
  // separators must be text, as a row of data that lost its separators is a value.
  const how = apart(records.length - t);
  if (how === "none" || (values && how !== "blank")) return 0;
  const above = records.slice(0, records.length - t).map((cells) => (cells[0] ?? "").trim()).filter((cell) => cell !== "");
  return above.length >= 2 && above.every(readsAsValue) ? t : 0;
}

/** How a record stands apart from the rows above it: under a blank line, written without separators, or not. */
export type Apart = "blank" | "bare" | "none";

/**
 * The notes below a table read into `columns` (cell texts per column), whose first `rows` records start on
 * `lines`, as {@link footerRows} finds them among its last records: a record stands apart under a blank line (its
 * line more than one after the record before it), or when its line is in `bare` (written without separators).
 * The readers (readCsv, readXlsx) leave them out. @internal
 */
export function tableFooters(columns: readonly (readonly string[])[], lines: ArrayLike<number>, rows: number, bare: ReadonlySet<number> = new Set()): TitleLine[] {
  const from = Math.max(0, rows - maxTitleRows - footerContext);
  const lineOf = (k: number): number => lines[from + k] as number;
  const apart = (k: number): Apart => (from + k > 0 && lineOf(k) > (lines[from + k - 1] as number) + 1 ? "blank" : bare.has(lineOf(k)) ? "bare" : "none");
  const footers = footerRows(Array.from({ length: rows - from }, (_, k) => columns.map((column) => column[from + k] as string)), apart);
  return Array.from({ length: footers }, (_, k) => ({ line: lines[rows - footers + k] as number, text: (columns[0]![rows - footers + k] as string).trim() }));
}
