import type { SpecOption, SpecTerms } from "../../core/words/specTerms.ts";
import type { ReadOption } from "../readError.ts";
import type { OptionTerms } from "./readPhrase.ts";

const flags: Readonly<Record<ReadOption | SpecOption, string>> = {
  decimal: "--decimal",
  dateOrder: "--date-order",
  xType: "--x-type",
  encoding: "--encoding",
  separator: "--separator",
  sheet: "--sheet",
  multiply: "--multiply",
  improvement: "--improvement",
  freeze: "--freeze",
  exclude: "--exclude",
};

/**
 * The options as the command line sets them (`--x-type category`,
 * `--multiply 100`): the terms of `ReadError.reason`, and the default of
 * `errorText` and `warningText`.
 *
 * @example
 * flagTerms.name("xType", "category"); // => "--x-type category"
 * flagTerms.name("multiply", "100"); // => "--multiply 100"
 */
export const flagTerms: OptionTerms & SpecTerms = {
  kind: "flags",
  name: (option: ReadOption | SpecOption, value: string) => `${flags[option]} ${value}`,
  option: (option) => flags[option],
};
