import type { SpcWarning } from "../core/types.ts";
import { sayWarning } from "../core/words/sayWarning.ts";
import type { SpecTerms } from "../core/words/specTerms.ts";
import { wordsFor } from "../core/words/wordsFor.ts";
import { flagTerms } from "./words/flagTerms.ts";

/** Options of {@link warningText}. */
export interface WarningTextOptions {
  /** BCP 47: Danish for `da…`, English otherwise (the default). */
  readonly locale?: string;
  /** How the options of the specification are named where the text appears; default {@link flagTerms}, the command line's flags. */
  readonly terms?: SpecTerms;
}

/**
 * A warning of `analyze` in the user's language and terms, as {@link errorText}
 * says an error: a warning whose message names an option of the specification
 * (it carries its `phrase`) is said with the options as `terms` names them —
 * `--multiply 100` on the command line, the control in an app, where the
 * library's message says `multiply 100`. Any other warning names no option and
 * is its `message`, in the words the analysis was asked for (the spec's
 * `locale`).
 *
 * @example
 * const warning = analyze({ chart: "p", y: [9, 8], n: [10, 10], target: 85 }).warnings.find((w) => w.code === "target_unassessed")!;
 * warningText(warning); // => "the target 85 is outside the chart's scale 0–1: give it as 0.85, or use --multiply 100 for percent"
 */
export function warningText(warning: SpcWarning, options: WarningTextOptions = {}): string {
  return warning.phrase === undefined ? warning.message : sayWarning(warning.phrase, wordsFor(options.locale), options.terms ?? flagTerms);
}
