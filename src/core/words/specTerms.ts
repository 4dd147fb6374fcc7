/** An option of the chart specification that a warning may tell the user to set. */
export type SpecOption = "multiply" | "improvement" | "freeze" | "exclude";

/**
 * How a sentence names the options of the specification: as the library's
 * fields (`multiply 100`, {@link specTerms}), or where the user sets them — a
 * command line's flags (`--multiply 100`), an app's controls (`"Scale: × 100
 * (percent)"`). `kind` picks the verb: options are given or used (`spec`,
 * `flags`), controls chosen.
 */
export interface SpecTerms {
  readonly kind: "spec" | "flags" | "controls";
  /** The option set to a value, as the user sets it. */
  name(option: SpecOption, value: string): string;
  /** The option itself, as the user knows it: `freeze`, `--freeze`, "the baseline". */
  option(option: SpecOption): string;
}

/**
 * The library's own terms, the field names of the chart specification: the
 * words of `SpcWarning.message`.
 *
 * @example
 * specTerms.name("multiply", "100"); // => "multiply 100"
 */
export const specTerms: SpecTerms = {
  kind: "spec",
  name: (option, value) => `${option} ${value}`,
  option: (option) => option,
};
