import { parse } from "csv-parse/sync";
import { CliError } from "./io.ts";

/** A table read from a file: its header and its rows of text cells, with each row's line in the file. */
export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  /** Numbers in the file use a decimal comma (Danish and other European exports). */
  readonly decimalComma: boolean;
}

/**
 * Reads CSV text with a proper CSV parser (quoted fields, embedded separators
 * and line breaks): strips a UTF-8 BOM, detects the separator (`,`, `;` or tab)
 * from the header line, and whether numbers use a decimal comma (a `;`
 * separated file whose cells look like `12,5`). Rows with a different number
 * of cells than the header are an error naming the line.
 */
export function readCsv(text: string, file: string): Table {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  if (clean.trim() === "") throw new CliError(`${file}: the file is empty`, 1);
  const counts = [",", ";", "\t"].map((separator) => ({ separator, count: firstLine.split(separator).length - 1 }));
  const delimiter = counts.reduce((best, c) => (c.count > best.count ? c : best)).separator;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, 1);
  }
  const [head, ...body] = records;
  if (head === undefined) throw new CliError(`${file}: the file has no header line`, 1);
  const header = head.record.map((h) => h.trim());
  body.forEach(({ record, info }) => {
    if (record.length !== header.length) {
      throw new CliError(`${file}:${info.lines}: expected ${header.length} cells as in the header, found ${record.length}`, 1);
    }
  });
  const rows = body.map((r) => r.record);
  const decimalComma = delimiter === ";" && rows.some((row) => row.some((cell) => /^\s*-?\d+,\d+\s*$/.test(cell)));
  return { file, header, rows, lines: body.map((r) => r.info.lines), decimalComma };
}
