import { targetContext } from "../result/assessLastPhase.ts";
import { specTerms, type SpecTerms } from "./specTerms.ts";
import type { WarningPhrase } from "./warningPhrase.ts";
import type { Words } from "./words.ts";

/**
 * A warning's text from its phrase, in `words`' language, with the options of
 * the specification named in `terms` (the library's field names by default:
 * `SpcWarning.message`). @internal
 */
export function sayWarning(phrase: WarningPhrase, words: Words, terms: SpecTerms = specTerms): string {
  if (phrase.key === "ipOptionsIgnored") return words.warnings.ipOptionsIgnored(terms);
  const context = targetContext(phrase.target, phrase.scale, phrase, phrase.phases, words);
  return words.warnings.targetUnassessed(phrase.reason, phrase.phase + 1, phrase.chart, context, terms);
}
