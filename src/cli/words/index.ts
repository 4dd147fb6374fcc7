export { en, type CliWords } from "./en.ts";
export { da } from "./da.ts";
export { wordsFor } from "./wordsFor.ts";
