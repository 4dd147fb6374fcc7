import type { ReadOption } from "../readError.ts";
import type { OptionTerms } from "./readPhrase.ts";

const flags: Readonly<Record<ReadOption, string>> = {
  decimal: "--decimal",
  dateOrder: "--date-order",
  xType: "--x-type",
  encoding: "--encoding",
  separator: "--separator",
  sheet: "--sheet",
};

/**
 * The reading options as the command line sets them (`--x-type category`):
 * the terms of `ReadError.reason` and the default of `errorText`.
 *
 * @example
 * flagTerms.name("xType", "category"); // => "--x-type category"
 */
export const flagTerms: OptionTerms = {
  kind: "flags",
  name: (option, value) => `${flags[option]} ${value}`,
};
