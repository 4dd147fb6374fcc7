import { parseNumberText } from "./parseNumberText.ts";
import { parseXText } from "./parseXText.ts";

/**
 * The header cells that read as values — numbers ("18", "48,6") or times ("jan-19", "2018-W40", "02-04-2018") —
 * when most of the header does: cells copied from Excel without their header row, whose first row of data the
 * reading layer takes for the column names (and so leaves out of the chart). Empty when the header reads as
 * names, as nearly every export's does ("Uge", "Tæller", "I alt"). At least two cells must have text.
 */
function headerLooksLikeData(header: readonly string[]): string[] {
  const named = header.map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (named.length < 2) return [];
  const values = named.filter((cell) => {
    const number = parseNumberText(cell);
    return Number.isFinite(number.dot) || Number.isFinite(number.comma) || parseXText(cell).kind !== null;
  });
  return values.length * 2 > named.length ? values : [];
}

/**
 * The text of a first row that looks like a title above the column names: one cell with text and the rest empty,
 * over rows with text in several cells (an export that starts "Andel ajourført FMK – Afsnit M", a blank line, then
 * the header). Its one cell is taken for the first column's name and the real names for data. Null otherwise.
 */
function headerLooksLikeTitle(header: readonly string[], rows: readonly (readonly string[])[]): string | null {
  const named = header.filter((cell) => cell.trim() !== "");
  if (header.length < 2 || named.length !== 1) return null;
  const wide = rows.slice(0, 3).some((row) => row.filter((cell) => cell.trim() !== "").length >= 2);
  return wide ? (named[0] as string).trim() : null;
}

/** What is wrong with a table's header ({@link headerProblem}). */
export type HeaderProblem = { readonly kind: "data"; readonly cells: readonly string[] } | { readonly kind: "title"; readonly title: string };

/**
 * Whether a table's header is not the names of its columns, and how: a first row of data taken for it (`data`,
 * with the cells that read as values: cells pasted without their header row, whose first row is then left out),
 * or a title line above the column names (`title`, with its text: the names under it are then read as data).
 * Null for a header of names, as nearly every export has. `rows`: the first rows below the header, each its cells
 * in column order (three are read). The CLI and the browser app say it alike.
 *
 * @example
 * headerProblem(["jan-19", "18", "37", "48,6"], []); // => { kind: "data", cells: ["jan-19", "18", "37", "48,6"] }
 * headerProblem(["Andel ajourført FMK", "", ""], [["Måned", "Tæller", "Nævner"]]); // => { kind: "title", title: "Andel ajourført FMK" }
 */
export function headerProblem(header: readonly string[], rows: readonly (readonly string[])[]): HeaderProblem | null {
  const cells = headerLooksLikeData(header);
  if (cells.length > 0) return { kind: "data", cells };
  const title = headerLooksLikeTitle(header, rows);
  return title === null ? null : { kind: "title", title };
}
