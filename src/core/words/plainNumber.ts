import type { Words } from "./words.ts";

/**
 * A number as a sentence gives the user's own value back (a target, a scale, an x): in the language's decimal mark,
 * without grouping (a year stays "2018"), and with every decimal it has up to ten, never rounded to look tidy.
 * @internal
 */
export function plainNumber(value: number, words: Words): string {
  return new Intl.NumberFormat(words.intlLocale, { maximumFractionDigits: 10, useGrouping: false }).format(value);
}
