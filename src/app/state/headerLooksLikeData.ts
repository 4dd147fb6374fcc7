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
