import type { Period } from "shewhart";
import { targetNumber } from "./analyseGroups.ts";
import type { AppConfig } from "./config.ts";

/** Quotes a word for a POSIX shell when it needs it. */
export function shellQuote(word: string): string {
  return /^[\p{L}\p{N}_./:=,+-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What the analysis settled beyond the config: the period read from x and the baseline in force. */
export interface CommandFacts {
  readonly fileName: string;
  readonly period: Period | null;
  /** Baseline in force (from the freeze column when one is chosen), or null. */
  readonly freeze: number | null;
  readonly locale: string;
  /** A run or I chart of proportions drawn in percent (`--percent`). */
  readonly percent?: boolean;
}

/**
 * The `shewhart chart` command that makes the same analysis as the app: the
 * same columns, chart, rules, period, direction, target, baseline, phases
 * and exclusions (x values as written in the file), in the app's language.
 */
export function commandLine(config: AppConfig, facts: CommandFacts): string {
  const words: string[] = ["npx", "shewhart", "chart", facts.fileName || "data.csv"];
  const add = (flag: string, value: string | number | null | undefined): void => {
    if (value === null || value === undefined || value === "") return;
    words.push(flag, String(value));
  };
  add("--x", config.x);
  add("--y", config.y);
  add("--n", config.n);
  add("--group", config.group);
  add("--notes", config.notes);
  add("--chart", config.chart);
  if (config.rules !== "anhoej") add("--rules", config.rules);
  if (facts.period === "week" || facts.period === "month" || facts.period === "quarter" || facts.period === "year") add("--period", facts.period);
  add("--improvement", config.improvement);
  // The target as the app reads it ("95 %" and "95,5" as 95 and 95.5); none when the app reads none.
  add("--target", targetNumber(config.target));
  if (config.multiply !== 1) add("--multiply", config.multiply);
  if (facts.percent === true) words.push("--percent");
  add("--freeze", facts.freeze);
  if (config.phase !== "") add("--phase", config.phase);
  else if (config.breaks.length > 0) add("--breaks", config.breaks.join(","));
  if (config.exclude.length > 0) add("--exclude", config.exclude.map((e) => e.x).join(","));
  if (config.title.trim() !== "") add("--title", config.title.trim());
  // Reading choices the user made over what was detected (the reading options of shewhart/io).
  add("--x-type", config.xType);
  add("--date-order", config.dateOrder);
  add("--decimal", config.decimal);
  add("--encoding", config.encoding);
  add("--separator", config.separator === "\t" ? "tab" : config.separator);
  add("--locale", facts.locale);
  return words.map((w, i) => (i < 3 ? w : shellQuote(w))).join(" ");
}
