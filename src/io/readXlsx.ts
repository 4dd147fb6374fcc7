import { readSheet } from "read-excel-file/universal";
import { ReadError } from "./readError.ts";
import { tableFooters } from "./footerRows.ts";
import { maxTitleRows, titleRows, titleText } from "./titleRows.ts";
import type { ReadTableOptions, Table } from "./types.ts";

/**
 * Reads one sheet of an Excel workbook (`.xlsx`) from its bytes into a
 * {@link Table}, in browsers and Node alike (read-excel-file's universal build).
 * Text cells keep their text; number cells are also kept as numbers (so a
 * number typed into Excel never depends on a decimal mark); date cells become
 * ISO dates (`2018-04-02`). Rows whose cells are all empty are skipped, and so are lines of title above the
 * table (`detected.titleLines`, {@link titleRows}) and notes below it (`detected.footerLines`, {@link footerRows}).
 *
 * @throws {ReadError} for bytes that are not a workbook, a missing sheet, a date cell out of range, a header-less sheet
 */
export async function readXlsx(bytes: Uint8Array, options: Pick<ReadTableOptions, "sheet"> = {}): Promise<Table> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rows: unknown[][];
  try {
    const read = readSheet as unknown as (input: ArrayBuffer, sheet: string | number | undefined, options: { parseNumber: (text: string) => string }) => Promise<unknown[][]>;
    rows = await read(buffer, options.sheet, { parseNumber: (text) => text });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /sheet/i.test(message) && options.sheet !== undefined;
    // read-excel-file parses a sheet in chunks that shrink whenever one takes more than a few ms and recurses once per
    // chunk: on a large sheet (and more on a busy machine) that can exhaust the stack. The file is a workbook; say so.
    const overflow = error instanceof RangeError && /call stack/i.test(message);
    throw new ReadError({
      reason: missing ? { key: "noSheet", sheet: options.sheet! } : overflow ? { key: "workbookTooLarge", megabytes: Math.round(bytes.byteLength / 1e5) / 10 } : { key: "notXlsx", message },
      line: null,
      column: null,
      columnName: null,
      value: null,
      ...(missing ? { option: "sheet" as const } : {}),
    });
  }
  // The first rows that are not blank: the header, unless the first of them are a title above the table (titleRows.ts).
  const first: number[] = [];
  for (let r = 0; r < rows.length && first.length <= maxTitleRows; r++) if (!isBlankRow(rows[r]!)) first.push(r);
  if (first.length === 0) throw new ReadError({ reason: { key: "emptySheet" }, line: null, column: null, columnName: null, value: null });
  const firstCells = first.map((r) => rows[r]!.map(looseText));
  const titles = titleRows(firstCells);
  const titleLines = first.slice(0, titles).map((r, k) => ({ line: r + 1, text: titleText(firstCells[k]!) }));
  const headerRow = first[titles] as number;
  const head = rows[headerRow]!;
  let width = head.length;
  while (width > 0 && isBlankCell(head[width - 1])) width--;
  const header: string[] = [];
  for (let c = 0; c < width; c++) header.push(cellText(head[c], headerRow + 1, c, null).trim());
  const columns: string[][] = header.map(() => []);
  const numbers: Float64Array[] = header.map(() => new Float64Array(rows.length - headerRow - 1).fill(Number.NaN));
  const lines: number[] = [];
  let count = 0;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row)) continue;
    for (let c = width; c < row.length; c++) {
      if (!isBlankCell(row[c])) {
        throw new ReadError({ reason: { key: "cellRightOfHeader", width }, line: r + 1, column: c + 1, columnName: null, value: cellText(row[c], r + 1, c, null) });
      }
    }
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      columns[c]!.push(cellText(cell, r + 1, c, header[c] ?? null));
      if (typeof cell === "string" && cell !== "" && isPlainNumber(cell)) numbers[c]![count] = Number(cell);
    }
    lines.push(r + 1);
    count++;
  }
  // Notes below the table (a source, a date) under a blank row, left out.
  const footerLines = tableFooters(columns, lines, count);
  count -= footerLines.length;
  for (const column of columns) column.length = count;
  lines.length = count;
  return {
    header,
    columns,
    lines: Uint32Array.from(lines),
    rows: count,
    numbers: numbers.map((column) => column.slice(0, count)),
    detected: { format: "xlsx", encoding: null, separator: null, sheet: options.sheet ?? 1, titleLines, footerLines },
  };
}

/** Numbers come from the workbook as the text of the `<v>` element: digits, `.`, `-`, `E`. */
function isPlainNumber(text: string): boolean {
  const value = Number(text);
  return Number.isFinite(value) && /^-?[0-9.]+(E[-+]?[0-9]+)?$/i.test(text);
}

function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** A cell's text for telling a title from the table, never refusing a cell (the table's own reading names a bad one). */
function looseText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell);
}

function cellText(cell: unknown, row: number, column: number, name: string | null): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time) || time < Date.UTC(0, 0, 1) || time > Date.UTC(9999, 11, 31)) {
      throw new ReadError({ reason: { key: "dateCellOutOfRange" }, line: row, column: column + 1, columnName: name, value: null });
    }
    return cell.toISOString().slice(0, 10);
  }
  return String(cell);
}
