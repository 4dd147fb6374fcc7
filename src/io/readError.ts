import { SpcError } from "../core/errors.ts";

/** Where a reading problem is and what settles it. */
export interface ReadErrorOptions {
  /** What is wrong, in the user's terms, without the place: `expected a number, found "x"`. */
  readonly reason: string;
  /** 1-based line of the file (CSV: where the record starts; xlsx: the sheet's row number); null when the problem is not one cell's. */
  readonly line: number | null;
  /** 1-based column; null when the problem is the file's. */
  readonly column: number | null;
  /** The column's header; null when the problem is the file's. */
  readonly columnName: string | null;
  /** The cell's text as written; null when the problem is not one cell's. */
  readonly value: string | null;
  /** The reading option that settles it, when one does (`decimal`, `dateOrder`, `xType`, `encoding`, `separator`, `sheet`). */
  readonly option?: ReadOption;
}

/** Reading options an error can point to. */
export type ReadOption = "decimal" | "dateOrder" | "xType" | "encoding" | "separator" | "sheet";

/**
 * A file that cannot be read exactly right. It is an `SpcError` (so
 * `isSpcError` recognises it, code `invalid_input`) that also carries the
 * place: `line`, `column`, `columnName` and the cell `value` as written, and
 * `reason`, the message without the place, for callers that print the place
 * their own way (the CLI prints `file:line:column (column "name"): reason`).
 *
 * @example
 * try { readNumberColumns(table, ["y"]); } catch (e) { if (e instanceof ReadError) e.line; } // => 3
 */
export class ReadError extends SpcError {
  override readonly reason: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly columnName: string | null;
  readonly value: string | null;
  readonly option: ReadOption | null;

  constructor(options: ReadErrorOptions) {
    const path: (string | number)[] = [];
    if (options.columnName !== null) path.push(options.columnName);
    if (options.line !== null) path.push(options.line);
    super({ fn: "read", code: "invalid_input", path, detail: options.reason });
    this.message = `read: ${placeOf(options)}${options.reason}`;
    this.reason = options.reason;
    this.line = options.line;
    this.column = options.column;
    this.columnName = options.columnName;
    this.value = options.value;
    this.option = options.option ?? null;
  }
}

function placeOf(options: ReadErrorOptions): string {
  const parts: string[] = [];
  if (options.line !== null) parts.push(`line ${options.line}`);
  if (options.column !== null) parts.push(`column ${options.column}${options.columnName === null ? "" : ` (${JSON.stringify(options.columnName)})`}`);
  else if (options.columnName !== null) parts.push(`column ${JSON.stringify(options.columnName)}`);
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

/** A cell's text cut for a message: at most 40 characters, quoted. @internal */
export function quoteCell(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}
