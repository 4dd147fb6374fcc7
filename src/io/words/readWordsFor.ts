import { readDa } from "./readDa.ts";
import { readEn } from "./readEn.ts";
import type { ReadWords } from "./readPhrase.ts";

/**
 * The reading layer's words in a locale (BCP 47): Danish for `da…`, English
 * otherwise (and by default), as the core's `wordsFor`.
 *
 * @example
 * readWordsFor("da-DK").reason({ key: "emptyFile" }, flagTerms); // => "filen er tom"
 */
export function readWordsFor(locale?: string): ReadWords {
  return typeof locale === "string" && /^da(-|_|$)/i.test(locale) ? readDa : readEn;
}
