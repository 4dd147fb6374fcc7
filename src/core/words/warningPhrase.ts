import type { AssuranceReason, ChartType } from "../types.ts";

/**
 * A warning's reason as data, for the warnings whose words name an option of
 * the specification (`multiply`, `improvement`, `freeze`, `exclude`): said
 * again by `warningText` (shewhart/io) in another language and in a command
 * line's or an app's terms ({@link SpecTerms}), as `errorText` says an error.
 * Numbers are kept as numbers and formatted by the words that say them.
 */
export type WarningPhrase =
  /** A target not judged (`target_unassessed`): why, and what the words of that reason name (the last phase 0-based, of `phases`). */
  | {
      readonly key: "targetUnassessed";
      readonly reason: Exclude<AssuranceReason, "no_target">;
      readonly chart: ChartType;
      readonly target: number;
      /** The top of a proportion chart's scale (`multiply`); null for other charts. */
      readonly scale: number | null;
      readonly phase: number;
      readonly phases: number;
      readonly useful: number;
    }
  /** `freeze` or `exclude` on an I′ chart (`options_ignored`). */
  | { readonly key: "ipOptionsIgnored" };
