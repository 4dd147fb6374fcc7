import type { SpcError } from "../core/errors.ts";
import { reasonText } from "../core/reasonText.ts";
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
}

/**
 * What is wrong, without its place, in the user's language and terms: the one
 * text of an error that the command line and the app show beside the place
 * they name their own way (a file's line and column, a control). A reading
 * error (`ReadError`) is said with the options as `terms` names them
 * (`--x-type category` on the command line, the control in an app); any other
 * `SpcError` as `reasonText` says it. What has no words in the language is
 * said in English, never left out.
 *
 * @example
 * try { readNumberColumns(table, ["antal"]); } catch (e) { if (isSpcError(e)) errorText(e, { locale: "da-DK" }); }
 * // => 'forventede et tal, fandt "mange"'
 */
export function errorText(error: SpcError, options: ErrorTextOptions = {}): string {
  const phrase = (error as Partial<ReadError>).readPhrase;
  if (phrase !== undefined && phrase !== null) return readWordsFor(options.locale).reason(phrase, options.terms ?? flagTerms);
  return reasonText(error, options.locale);
}
