import { parseNumberText } from "./parseNumberText.ts";
import { parseXText } from "./parseXText.ts";

/** Lines of title above a table read as such at most (a title, a subtitle, a source, a date). */
export const maxTitleRows = 4;

/**
 * How many of a file's first records are a title above its table, not the table: exports often start with the
 * indicator's name ("Andel ajourført FMK – Afsnit M"), perhaps a subtitle or a source, then the column names.
 * Records before the first one with text in two or more cells count when each has text in one cell only (the
 * first, or another where a sheet's title was typed over its middle column), the first of them text that does
 * not read as a value (a number, a date, a week; a line under it may be one, as a report's date under its title),
 * and there are at most {@link maxTitleRows} of them; and the record after them must read as column names, none
 * of them a value ({@link readsAsNames}). 0 otherwise:
 * a table of one column, or a header with one name over unnamed columns of data, is read as it is. `records`: the
 * file's first non-blank records, each its cells in column order ({@link maxTitleRows} + 1 are enough).
 *
 * @example
 * titleRows([["Andel ajourført FMK", "", ""], ["Uge", "Tæller", "Nævner"], ["Uge 40 2018", "18", "20"]]); // => 1
 * titleRows([["Uge", "", ""], ["Uge 40 2018", "18", "20"]]); // => 0 (the second record is data)
 */
export function titleRows(records: readonly (readonly string[])[]): number {
  let t = 0;
  while (t < records.length && t <= maxTitleRows) {
    const cells = records[t] as readonly string[];
    const filled = cells.filter((cell) => cell.trim() !== "");
    if (filled.length >= 2) break;
    // The first line of a title is text; a line under it may be a date ("Andel ajourført FMK", then "03-12-2018").
    if (filled.length !== 1 || (t === 0 && readsAsValue((filled[0] as string).trim()))) return 0;
    t++;
  }
  if (t === 0 || t > maxTitleRows || t >= records.length) return 0;
  return readsAsNames(records[t] as readonly string[]) ? t : 0;
}

/** A title record's text: its one cell with text. @internal */
export function titleText(cells: readonly string[]): string {
  return (cells.find((cell) => cell.trim() !== "") ?? "").trim();
}

/**
 * Whether a record reads as column names under a title: text in two or more cells, none of which reads as a value
 * (a number, a date, a week). Stricter than {@link headerProblem}'s test: a title is left out only when the names
 * under it are plainly names ("Uge", "Andel", "Antal"), never when they may be data. @internal
 */
export function readsAsNames(cells: readonly string[]): boolean {
  const named = cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
  return named.length >= 2 && !named.some(readsAsValue);
}

/** Whether a cell reads as a value: a number, a date, a week, a month, a quarter. @internal */
export function readsAsValue(text: string): boolean {
  const number = parseNumberText(text);
  return Number.isFinite(number.dot) || Number.isFinite(number.comma) || parseXText(text).kind !== null;
}
