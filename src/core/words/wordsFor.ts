import { da } from "./da.ts";
import { en } from "./en.ts";
import type { Words } from "./words.ts";

/**
 * The words of a locale (BCP 47): Danish for `da…`, English otherwise (and by default).
 *
 * @example
 * wordsFor("da-DK").variation.improvement; // => "forbedring"
 */
export function wordsFor(locale?: string): Words {
  return typeof locale === "string" && /^da(-|_|$)/i.test(locale) ? da : en;
}
