import { readFileSync } from "node:fs";
import { isSpcError } from "../core/errors.ts";
import { errorText, findColumn, headerProblem, readNumberColumns, readTable, readXColumn, ReadError, type DecimalMark, type EncodingOption, type NumberColumn, type Separator, type Table, type XColumn, type XKind } from "../io/index.ts";
import type { Language, ValidChartOptions } from "./parseOptions.ts";
import { CliError } from "./io.ts";
import { wordsFor } from "./words/wordsFor.ts";

/** The options that say how the file is read, and the language of its errors. */
type ReadingOptions = Pick<ValidChartOptions, "x" | "y" | "n" | "sheet" | "decimal" | "encoding" | "separator" | "xType" | "dateOrder" | "locale" | "language">;

const xKinds: readonly XKind[] = ["date", "week", "month", "quarter", "year", "number", "category"];
const encodings: readonly EncodingOption[] = ["utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1252"];

/** The columns a chart needs, read through shewhart/io. */
export interface ChartColumns {
  readonly table: Table;
  readonly y: NumberColumn;
  readonly n: NumberColumn | null;
  readonly x: XColumn | null;
}

/** A ReadError as the CLI prints it, in the run's language: `file:line:column (column "name"): reason`, the options named by their flags. */
export function formatReadError(file: string, error: ReadError, options: Pick<ReadingOptions, "locale" | "language">): string {
  let place = file;
  if (error.line !== null) place += `:${error.line}`;
  if (error.column !== null) place += `:${error.column}`;
  if (error.columnName !== null && error.column !== null) place += ` ${wordsFor(options.language).inColumn(error.columnName)}`;
  return `${place}: ${errorText(error, { locale: options.locale })}`;
}

/** A column named on the command line; a usage error (exit 2) listing the columns when there is none, in the run's language. */
export function columnIndex(table: Table, name: string, flag: string, file: string, language: Language): number {
  try {
    return findColumn(table, name);
  } catch {
    // A header that is not the column names (a title line above them, or a first row of data) is the likelier cause.
    const firstRows = Array.from({ length: Math.min(3, table.rows) }, (_, r) => table.columns.map((column) => column[r] ?? ""));
    const problem = headerProblem(table.header, firstRows);
    const words = wordsFor(language);
    const hint = problem === null ? "" : problem.kind === "title" ? words.titleHint(problem.title) : words.dataHint(problem.cells);
    throw new CliError(`${words.noColumn(flag, name, file, table.header)}${hint}`, 2);
  }
}

/**
 * Reads the file's bytes and, through shewhart/io, its y, n and x columns:
 * encoding, separator, decimal marks and the x spelling detected (or as the
 * options say). Reading problems exit 1 naming file, line, column and value.
 */
export async function readChartColumns(path: string, file: string, options: ReadingOptions): Promise<ChartColumns> {
  const decimal = options.decimal;
  if (decimal !== undefined && decimal !== "," && decimal !== ".") throw new CliError(`--decimal ${decimal}: expected , or .`, 2);
  const encoding = options.encoding?.toLowerCase().replace(/^utf8$/, "utf-8").replace(/^(cp1252|latin1)$/, "windows-1252");
  if (encoding !== undefined && !encodings.includes(encoding as EncodingOption)) throw new CliError(`--encoding ${options.encoding}: expected utf-8, utf-16 or windows-1252`, 2);
  const xType = options.xType;
  if (xType !== undefined && !xKinds.includes(xType as XKind)) throw new CliError(`--x-type ${xType}: expected ${xKinds.join(", ")}`, 2);
  const separator = options.separator === "tab" || options.separator === "\\t" ? "\t" : options.separator;
  if (separator !== undefined && separator !== "," && separator !== ";" && separator !== "\t") throw new CliError(`--separator ${options.separator}: expected , ; or tab`, 2);
  const dateOrder = options.dateOrder;
  if (dateOrder !== undefined && dateOrder !== "dmy" && dateOrder !== "mdy") throw new CliError(`--date-order ${dateOrder}: expected dmy or mdy`, 2);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
  try {
    const table = await readTable(bytes, {
      ...(encoding === undefined ? {} : { encoding: encoding as EncodingOption }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(separator === undefined ? {} : { separator: separator as Separator }),
    });
    const y = columnIndex(table, options.y, "--y", file, options.language);
    const n = options.n === undefined ? null : columnIndex(table, options.n, "--n", file, options.language);
    const x = options.x === undefined ? null : columnIndex(table, options.x, "--x", file, options.language);
    const numberOptions = decimal === undefined ? {} : { decimal: decimal as DecimalMark };
    const [yColumn, nColumn] = readNumberColumns(table, n === null ? [y] : [y, n], numberOptions);
    const xColumn =
      x === null
        ? null
        : readXColumn(table, x, { ...numberOptions, ...(xType === undefined ? {} : { kind: xType as XKind }), ...(dateOrder === undefined ? {} : { dateOrder: dateOrder as "dmy" | "mdy" }) });
    return { table, y: yColumn!, n: nColumn ?? null, x: xColumn };
  } catch (error) {
    if (error instanceof ReadError) throw new CliError(formatReadError(file, error, options), 1);
    if (isSpcError(error)) throw new CliError(`${file}: ${error.message}`, 1);
    throw error;
  }
}
