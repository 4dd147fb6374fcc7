import { parseNumberText, parseXText } from "shewhart/io";

/**
 * The header cells that read as values — numbers ("18", "48,6") or times ("jan-19", "2018-W40", "02-04-2018") —
 * when most of the header does: cells copied from Excel without their header row, whose first row of data the
 * reading layer takes for the column names (and so leaves out of the chart). Empty when the header reads as
 * names, as nearly every export's does ("Uge", "Tæller", "I alt"). At least two cells must have text.
 */
export function headerLooksLikeData(header: readonly string[]): string[] {
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
export function headerLooksLikeTitle(header: readonly string[], rows: readonly (readonly string[])[]): string | null {
  const named = header.filter((cell) => cell.trim() !== "");
  if (header.length < 2 || named.length !== 1) return null;
  const wide = rows.slice(0, 3).some((row) => row.filter((cell) => cell.trim() !== "").length >= 2);
  return wide ? (named[0] as string).trim() : null;
}
