import { readCsv } from "./readCsv.ts";
import { readXlsx } from "./readXlsx.ts";
import type { ReadTableOptions, Table } from "./types.ts";

/**
 * Reads a file's bytes into a {@link Table}: an Excel workbook (`.xlsx`,
 * recognised by its ZIP signature `PK\x03\x04`, whatever the file is called)
 * or CSV / tab-separated text. The same bytes give the same table in a
 * browser (`new Uint8Array(await file.arrayBuffer())`) and in Node
 * (`fs.readFileSync(path)`); `table.detected` says how it was read.
 *
 * @throws {ReadError} when the file cannot be read (see {@link readCsv} and {@link readXlsx})
 * @example
 * const table = await readTable(new TextEncoder().encode("uge;andel\nUge 40, 2018;95,4 %\n"));
 * table.detected.separator; // => ";"
 */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<Table> {
  return isXlsx(bytes) ? readXlsx(bytes, options.sheet === undefined ? {} : { sheet: options.sheet }) : readCsv(bytes, options);
}

/** The bytes start like a ZIP archive (an `.xlsx` workbook is one). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
