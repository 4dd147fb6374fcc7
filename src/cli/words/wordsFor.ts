import type { Language } from "../parseOptions.ts";
import { da } from "./da.ts";
import { en, type CliWords } from "./en.ts";

const tables: Readonly<Record<Language, CliWords>> = { da, en };

/** The CLI's words in a language it speaks (a third language is a new table here and in `languages`). */
export function wordsFor(language: Language): CliWords {
  return tables[language];
}
