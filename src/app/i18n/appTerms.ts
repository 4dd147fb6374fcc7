import type { OptionTerms, ReadOption } from "shewhart/io";
import { say, type Language, type WordKey } from "./words.ts";

/** A value as its control offers it: a word of the interface, or a name shown as written (an encoding's). */
type Shown = WordKey | { readonly text: string };

/** Each reading option's control (its label's word) and how it shows the values it offers. */
const controls: Readonly<Record<ReadOption, { readonly label: WordKey; readonly values: Readonly<Record<string, Shown>> }>> = {
  decimal: { label: "decimal", values: { ",": "comma", ".": "point" } },
  separator: { label: "separator", values: { ";": "semicolon", ",": "comma", "\t": "tab" } },
  xType: { label: "xType", values: { date: "kind_date", week: "kind_week", month: "kind_month", quarter: "kind_quarter", year: "kind_year", number: "kind_number", category: "kind_category" } },
  dateOrder: { label: "dateOrder", values: { dmy: "dayFirst", mdy: "monthFirst" } },
  encoding: { label: "encoding", values: { "utf-8": { text: "UTF-8" }, "windows-1252": { text: "Windows-1252" }, "utf-16": { text: "UTF-16" } } },
  sheet: { label: "sheet", values: {} },
};

/**
 * The reading options as the app's controls name them, in its language, for
 * the reading layer's messages (`errorText(error, { terms })`): `choose "Read
 * x as: categories (no time order)"` where the command line says `give
 * --x-type category`.
 */
export function appTerms(language: Language): OptionTerms {
  return {
    kind: "controls",
    name: (option, value) => {
      const control = controls[option];
      const shown: Shown | undefined = control.values[value];
      const text = shown === undefined ? value : typeof shown === "string" ? say(language, shown) : shown.text;
      return `"${say(language, control.label)}: ${text}"`;
    },
  };
}
