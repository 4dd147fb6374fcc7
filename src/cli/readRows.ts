import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse";
import { CliError } from "./io.ts";
import { readXlsx } from "./readXlsx.ts";

/** How a file's cells are written, found from its first bytes. */
export interface FileDialect {
  readonly file: string;
  readonly header: readonly string[];
  /** Numbers use a decimal comma (a `;`-separated Danish or European export). */
  readonly decimalComma: boolean;
}

const sampleBytes = 64 * 1024;

/**
 * Reads a CSV or Excel file row by row: `onRow` gets each row's cells and its
 * line in the file, and nothing of the file is kept beyond what the caller
 * keeps. CSV is parsed with csv-parse as a stream (quoted fields, embedded
 * separators and line breaks, a UTF-8 BOM); the separator (`,`, `;` or tab) and
 * decimal commas are detected from the first 64 kB. Rows with another number of
 * cells than the header are an error naming the line.
 */
export async function readRows(path: string, sheet: string | undefined, onHeader: (dialect: FileDialect) => void, onRow: (cells: readonly string[], line: number) => void): Promise<void> {
  const file = basename(path);
  if (extname(path).toLowerCase() === ".xlsx") {
    const table = await readXlsx(path, sheet);
    onHeader({ file, header: table.header, decimalComma: false });
    table.rows.forEach((row, k) => onRow(row, table.lines[k] as number));
    return;
  }
  let sample: string;
  try {
    const fd = openSync(path, "r");
    const buffer = Buffer.alloc(sampleBytes);
    const read = readSync(fd, buffer, 0, sampleBytes, 0);
    closeSync(fd);
    sample = buffer.subarray(0, read).toString("utf8").replace(/^\ufeff/, "");
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
  if (sample.trim() === "") throw new CliError(`${file}: the file is empty`, 1);
  const firstLine = sample.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"].map((separator) => ({ separator, count: firstLine.split(separator).length - 1 })).reduce((best, c) => (c.count > best.count ? c : best)).separator;
  const decimalComma = delimiter === ";" && sample.split(/\r?\n/).slice(1, 200).some((line) => line.split(";").some((cell) => /^\s*-?\d+,\d+\s*$/.test(cell)));

  const parser = createReadStream(path).pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (header === null) {
        header = record.map((h) => h.trim());
        onHeader({ file, header, decimalComma });
        continue;
      }
      if (record.length !== header.length) throw new CliError(`${file}:${info.lines}: expected ${header.length} cells as in the header, found ${record.length}`, 1);
      onRow(record, info.lines);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${(error as Error).message}`, 1);
  }
  if (header === null) throw new CliError(`${file}: the file has no header line`, 1);
}
