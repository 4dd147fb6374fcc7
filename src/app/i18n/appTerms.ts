import type { OptionTerms, ReadOption, SpecOption, SpecTerms } from "shewhart/io";
import { say, type Language, type WordKey } from "./words.ts";

/** A value as its control offers it: a word of the interface, or a name shown as written (an encoding's). */
type Shown = WordKey | { readonly text: string };

/** Each option's control (its label's word) and how it shows the values it offers. */
const controls: Readonly<Record<ReadOption | "multiply" | "improvement", { readonly label: WordKey; readonly values: Readonly<Record<string, Shown>> }>> = {
  decimal: { label: "decimal", values: { ",": "comma", ".": "point" } },
  separator: { label: "separator", values: { ";": "semicolon", ",": "comma", "\t": "tab" } },
  xType: { label: "xType", values: { date: "kind_date", week: "kind_week", month: "kind_month", quarter: "kind_quarter", year: "kind_year", number: "kind_number", category: "kind_category" } },
  dateOrder: { label: "dateOrder", values: { dmy: "dayFirst", mdy: "monthFirst" } },
  encoding: { label: "encoding", values: { "utf-8": { text: "UTF-8" }, "windows-1252": { text: "Windows-1252" }, "utf-16": { text: "UTF-16" } } },
  sheet: { label: "sheet", values: {} },
  multiply: { label: "multiply", values: { "1": "multiplyNone", "100": "multiplyPercent", "1000": "multiplyThousand" } },
  improvement: { label: "improvement", values: { up: "improvementUp", down: "improvementDown" } },
};

/** The options set on the chart's points rather than by a control: named by what the user makes there. */
const onPoints: Readonly<Record<"freeze" | "exclude", WordKey>> = { freeze: "termFreeze", exclude: "termExclude" };

/**
 * The options as the app's controls name them, in its language, for the
 * reading layer's messages (`errorText(error, { terms })`) and the analysis'
 * warnings (`warningText(warning, { terms })`): `choose "Read x as: categories
 * (no time order)"` where the command line says `give --x-type category`, and
 * `choose "Scale: × 100 (percent)"` where it says `use --multiply 100`.
 */
export function appTerms(language: Language): OptionTerms & SpecTerms {
  return {
    kind: "controls",
    name: (option: ReadOption | SpecOption, value: string) => {
      if (option === "freeze" || option === "exclude") return say(language, onPoints[option]);
      const control = controls[option];
      const shown: Shown | undefined = control.values[value];
      const text = shown === undefined ? value : typeof shown === "string" ? say(language, shown) : shown.text;
      return `"${say(language, control.label)}: ${text}"`;
    },
    option: (option) => (option === "freeze" || option === "exclude" ? say(language, onPoints[option]) : `"${say(language, controls[option].label)}"`),
  };
}
