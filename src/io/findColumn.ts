import { ReadError } from "./readError.ts";
import type { Table } from "./types.ts";

/**
 * The index of a column given by its header (exact, then ignoring case and
 * surrounding spaces) or by its 0-based index.
 * @throws {ReadError} naming the columns there are, when there is no such column or the name is not unique
 */
export function findColumn(table: Table, column: string | number): number {
  if (typeof column === "number") {
    if (Number.isInteger(column) && column >= 0 && column < table.header.length) return column;
    throw new ReadError({ reason: { key: "noColumnNumber", column: column + 1, columns: table.header.length }, line: null, column: null, columnName: null, value: null });
  }
  let found = table.header.indexOf(column);
  if (found < 0) {
    const wanted = column.trim().toLowerCase();
    const matches = table.header.flatMap((h, i) => (h.toLowerCase() === wanted ? [i] : []));
    if (matches.length === 1) found = matches[0]!;
  }
  if (found < 0) {
    throw new ReadError({ reason: { key: "noColumn", name: column, header: table.header }, line: null, column: null, columnName: column, value: null });
  }
  return found;
}
