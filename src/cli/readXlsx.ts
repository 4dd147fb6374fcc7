import { basename } from "node:path";
import { readSheet } from "read-excel-file/node";
import { CliError } from "./io.ts";

/** A sheet's cells as text, with each row's line (row number) in the sheet. */
export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
}

/**
 * Reads the first sheet (or `sheet`) of an Excel workbook into a table of text
 * cells, with read-excel-file. Dates become ISO dates, numbers their shortest text.
 */
export async function readXlsx(path: string, sheet?: string): Promise<Table> {
  let rows: unknown[][];
  try {
    rows = (sheet === undefined ? await readSheet(path) : await readSheet(path, sheet)) as unknown as unknown[][];
  } catch (error) {
    throw new CliError(`cannot read ${basename(path)} as an Excel workbook: ${(error as Error).message}`, 1);
  }
  const text = (cell: unknown): string =>
    cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  const [head, ...body] = rows;
  if (head === undefined) throw new CliError(`${basename(path)}: the sheet is empty`, 1);
  return { file: basename(path), header: head.map(text).map((h) => h.trim()), rows: body.map((row) => row.map(text)), lines: body.map((_, k) => k + 2) };
}
