import { placeless, type SpcError } from "../core/errors.ts";
import { reasonText } from "../core/reasonText.ts";
import type { ReasonPhrase } from "../core/words/errorPhrase.ts";
import { wordsFor } from "../core/words/wordsFor.ts";
import type { ReadError } from "./readError.ts";
import { flagTerms } from "./words/flagTerms.ts";
import type { OptionTerms } from "./words/readPhrase.ts";
import { readWordsFor } from "./words/readWordsFor.ts";

/** Options of {@link errorText}. */
export interface ErrorTextOptions {
  /** BCP 47: Danish for `da…`, English otherwise (the default). */
  readonly locale?: string;
  /** How the reading options are named where the text appears; default {@link flagTerms}, the command line's flags. */
  readonly terms?: OptionTerms;
  /**
   * The analysed values came from a file's cells (the command line, an app):
   * a missing value is said as the user left it, an empty cell, not as the
   * `null` or `NaN` the library was given. Default false.
   */
  readonly cells?: boolean;
}

/**
 * What is wrong, without its place, in the user's language and terms: the one
 * text of an error that the command line and the app show beside the place
 * they name their own way (a file's line and column, a control). A reading
 * error (`ReadError`) is said with the options as `terms` names them
 * (`--x-type category` on the command line, the control in an app); any other
 * `SpcError` as `reasonText` says it (with `cells`, missing values as empty
 * cells). What has no words in the language is said in English, never left out.
 *
 * @example
 * try { readNumberColumns(table, ["antal"]); } catch (e) { if (isSpcError(e)) errorText(e, { locale: "da-DK" }); }
 * // => 'forventede et tal, fandt "mange"'
 */
export function errorText(error: SpcError, options: ErrorTextOptions = {}): string {
  const phrase = (error as Partial<ReadError>).readPhrase;
  if (phrase !== undefined && phrase !== null) return readWordsFor(options.locale).reason(phrase, options.terms ?? flagTerms);
  if (options.cells !== true || error.phrase === null) return reasonText(error, options.locale);
  return wordsFor(options.locale).errors.reason(inCells(placeless(error.phrase)));
}

/** A phrase about values read from cells: a missing value is an empty cell. */
function inCells(phrase: ReasonPhrase): ReasonPhrase {
  return phrase.key === "expectedReceived" && phrase.expected.key === "value" ? { ...phrase, expected: { ...phrase.expected, missing: "empty" } } : phrase;
}
