import { placeless, type SpcError } from "./errors.ts";
import { wordsFor } from "./words/wordsFor.ts";

/**
 * The reason of an {@link SpcError} without its place, in a locale's words
 * (BCP 47; Danish for `da…`, English otherwise): for callers that name the
 * place their own way, such as a file's line and column. An error without
 * words in that language (`phrase` null) gives its English `reason`, never
 * nothing.
 *
 * @example
 * try { analyze({ chart: "c", y: [3, -1] }); } catch (e) { if (isSpcError(e)) reasonText(e, "da-DK"); }
 * // => "forventede et antal (et helt tal >= 0) eller null i et C-diagram, fik -1"
 */
export function reasonText(error: SpcError, locale?: string): string {
  return error.phrase === null ? error.reason : wordsFor(locale).errors.reason(placeless(error.phrase));
}
