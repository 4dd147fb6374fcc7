import { SpcError } from "../core/errors.ts";
import { flagTerms } from "./words/flagTerms.ts";
import type { ReadPhrase } from "./words/readPhrase.ts";
import { readEn } from "./words/readEn.ts";

/** Where a reading problem is and what settles it. */
export interface ReadErrorOptions {
  /**
   * What is wrong, in the user's terms, without the place: `expected a number,
   * found "x"`; or as a phrase, which `errorText` says in the user's language
   * and in the terms of where it appears (a flag or a control).
   */
  readonly reason: string | ReadPhrase;
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
 * The message and `reason` are English and name the command line's flags;
 * `errorText(error, { locale, terms })` says `readPhrase` in Danish or English
 * with the options named as where it appears sets them.
 *
 * @example
 * try { readNumberColumns(table, ["y"]); } catch (e) { if (e instanceof ReadError) e.line; } // => 3
 */
export class ReadError extends SpcError {
  override readonly reason: string;
  /** The reason as data, when it has words in other languages and terms than the English flags; else null. */
  readonly readPhrase: ReadPhrase | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly columnName: string | null;
  readonly value: string | null;
  readonly option: ReadOption | null;

  constructor(options: ReadErrorOptions) {
    const path: (string | number)[] = [];
    if (options.columnName !== null) path.push(options.columnName);
    if (options.line !== null) path.push(options.line);
    const reason = typeof options.reason === "string" ? options.reason : readEn.reason(options.reason, flagTerms);
    super({ fn: "read", code: "invalid_input", path, detail: reason });
    this.message = `read: ${placeOf(options)}${reason}`;
    this.reason = reason;
    this.readPhrase = typeof options.reason === "string" ? null : options.reason;
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
