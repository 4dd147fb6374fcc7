import { chartTypes, periods, ruleSetNames } from "../core/schema/chartSpec.ts";
import type { ChartType, Period } from "../core/types.ts";
import { CliError } from "./io.ts";

/** Options of `shewhart chart`, as commander gives them (every value a string, as typed). */
export interface ChartOptions {
  readonly x?: string;
  readonly y: string;
  readonly n?: string;
  readonly group?: string;
  readonly notes?: string;
  readonly phase?: string;
  readonly breaks?: string;
  readonly exclude?: string;
  readonly freeze?: string;
  readonly chart: string;
  readonly rules?: string;
  readonly multiply?: string;
  /** --percent: values shown in percent (RenderOptions.percent); P and P′ charts are without it. */
  readonly percent?: boolean;
  readonly period?: string;
  readonly locale: string;
  readonly title?: string;
  readonly target?: string;
  readonly improvement?: string;
  readonly sheet?: string;
  /** Reading options (shewhart/io), checked when the file is read. */
  readonly decimal?: string;
  readonly encoding?: string;
  readonly separator?: string;
  readonly xType?: string;
  readonly dateOrder?: string;
  readonly out: string;
  readonly format: string;
  readonly summary: string;
  readonly threads?: string;
  readonly panels?: boolean;
  /** false with --no-report: no index.html. */
  readonly report?: boolean;
  readonly quiet?: boolean;
}

/**
 * The options of `shewhart chart` once checked: typed, canonical, numbers parsed.
 * Options not listed here (column names, title, sheet, reading options) pass
 * through as given. Plain data (crosses to worker threads).
 */
export type ValidChartOptions = Omit<ChartOptions, "freeze" | "chart" | "rules" | "multiply" | "period" | "locale" | "target" | "improvement" | "format" | "summary" | "threads" | "panels" | "quiet" | "report"> & {
  readonly freeze?: number;
  readonly chart: ChartType;
  readonly rules?: (typeof ruleSetNames)[number];
  readonly multiply?: number;
  readonly period?: Period;
  /** Canonical BCP 47 tag whose language is one the CLI speaks (`da-DK`, `en-GB`, `da`, …). */
  readonly locale: string;
  /** The language of the CLI's own words: the locale's language subtag. */
  readonly language: Language;
  readonly target?: number;
  readonly improvement?: "up" | "down";
  readonly format: "svg" | "png";
  readonly summary: "text" | "csv" | "json";
  /** Worker threads asked for (not yet capped at the number of cores); undefined = automatic. */
  readonly threads?: number;
  readonly panels: boolean;
  readonly report: boolean;
  readonly quiet: boolean;
};

/** The languages the CLI (and the charts) speak. */
export const languages = ["da", "en"] as const;
export type Language = (typeof languages)[number];

/** Charts whose values are counts over denominators: they need `--n`. */
const needN: ReadonlySet<string> = new Set(["p", "pp", "u", "up"]);

/**
 * Checks every option of `shewhart chart` that does not depend on the file,
 * so that a usage error (exit 2) is reported before anything is read. Chart
 * types, rule sets, periods and directions are matched case-insensitively;
 * an unknown value is refused with the nearest valid one when there is one
 * (`--chart pchart` → did you mean `p`?).
 *
 * @throws CliError with exit code 2, one line naming the option and the value.
 */
export function parseChartOptions(options: ChartOptions): ValidChartOptions {
  if (options.phase !== undefined && options.breaks !== undefined) throw usage("give either --phase or --breaks, not both");
  const chart = choice("--chart", options.chart, chartTypes, { strip: /[-_ ]?(?:chart|kort|diagram)$/i, aliases: { imr: "i", xmr: "i", "i-mr": "i", "x-mr": "i", individuals: "i", "p'": "pp", "u'": "up", "x-bar": "xbar", xbarchart: "xbar", serie: "run", runs: "run" } });
  if (needN.has(chart) && options.n === undefined) throw usage(`--chart ${chart}: a ${chart} chart needs denominators: give the column with --n`);
  const locale = parseLocale(options.locale);
  const valid: Record<string, unknown> = {
    ...options,
    chart,
    locale: locale.tag,
    language: locale.language,
    format: choice("--format", options.format, ["svg", "png"] as const),
    summary: choice("--summary", options.summary, ["text", "csv", "json"] as const),
    panels: options.panels === true,
    report: options.report !== false,
    quiet: options.quiet === true,
  };
  if (options.rules !== undefined) valid["rules"] = choice("--rules", options.rules, ruleSetNames);
  if (options.period !== undefined) valid["period"] = choice("--period", options.period, periods);
  if (options.improvement !== undefined) {
    valid["improvement"] = choice("--improvement", options.improvement, ["up", "down"] as const, { aliases: { higher: "up", lower: "down", increase: "up", decrease: "down", op: "up", ned: "down" }, hint: "which direction is better" });
  }
  if (options.freeze !== undefined) valid["freeze"] = wholeNumber("--freeze", options.freeze, "the number of subgroups in the baseline");
  if (options.threads !== undefined) valid["threads"] = wholeNumber("--threads", options.threads, "the number of worker threads");
  if (options.multiply !== undefined) {
    const multiply = commandLineNumber("--multiply", options.multiply);
    if (!(multiply > 0)) throw usage(`--multiply ${options.multiply}: expected a number above 0, e.g. 100 for percent or 1000 for per 1,000`);
    valid["multiply"] = multiply;
  }
  if (options.target !== undefined) valid["target"] = commandLineNumber("--target", options.target);
  return valid as unknown as ValidChartOptions;
}

/**
 * A number typed on the command line, read the same whatever the data file
 * uses: digits with at most one decimal mark, `.` or `,` (`95.4` and `95,4`
 * are both 95.4), an optional sign and exponent. A value that could be read
 * two ways — one to three digits, a mark, then exactly three digits, like
 * `1,000` or `1.000` (a thousand in Danish, one in English) — is refused, as
 * are thousands separators: the message asks for the plain form.
 *
 * @example
 * commandLineNumber("--target", "95,4"); // => 95.4
 * @throws CliError (exit 2) for anything else, e.g. `--multiply 1,000`
 */
export function commandLineNumber(flag: string, text: string): number {
  const t = text.trim().replace(/^\u2212/, "-");
  const ambiguous = /^([+-]?[1-9]\d{0,2})[.,](\d{3})$/.exec(t);
  if (ambiguous !== null) {
    const [, whole = "", part = ""] = ambiguous;
    const [thousands, decimals] = [`${whole}${part}`, String(Number(`${whole}.${part}`))];
    throw usage(`${flag} ${text}: could mean ${thousands} or ${decimals}; write ${thousands} (or ${decimals}), without thousands separators`);
  }
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) throw usage(`${flag} ${text}: expected a number such as 1000, 95.4 or 95,4 (no thousands separators)`);
  const value = Number(t.replace(",", "."));
  if (!Number.isFinite(value)) throw usage(`${flag} ${text}: expected a finite number`);
  return value;
}

function wholeNumber(flag: string, text: string, what: string): number {
  const t = text.trim();
  const value = /^\d{1,15}$/.test(t) ? Number(t) : Number.NaN;
  if (!(value >= 1)) throw usage(`${flag} ${text}: expected a whole number of 1 or more (${what})`);
  return value;
}

/**
 * The locale of the charts and of the CLI's words: a valid BCP 47 tag (`_` is
 * read as `-`, so `da_DK` from a POSIX environment works) whose language is
 * one the CLI speaks. Anything else is refused — never a silent fallback to English.
 */
export function parseLocale(text: string): { tag: string; language: Language } {
  const spoken = "shewhart speaks Danish and English: expected e.g. da-DK or en-GB";
  let tag: string;
  try {
    [tag = ""] = Intl.getCanonicalLocales(text.trim().replace(/_/g, "-"));
  } catch {
    throw usage(`--locale ${text}: not a locale; ${spoken}`);
  }
  const language = new Intl.Locale(tag).language;
  if (!(languages as readonly string[]).includes(language)) {
    const hint = /^dk$/i.test(language) ? " (Danish is da-DK: da is the language, DK the country)" : "";
    throw usage(`--locale ${text}: ${spoken}${hint}`);
  }
  return { tag, language: language as Language };
}

/** One of a fixed list, case-insensitive, with a suggestion for a near miss. */
function choice<const T extends string>(flag: string, text: string, allowed: readonly T[], extra: { strip?: RegExp; aliases?: Record<string, T>; hint?: string } = {}): T {
  const key = text.trim().toLowerCase();
  const found = allowed.find((a) => a === key);
  if (found !== undefined) return found;
  const list = allowed.join(", ");
  const suggestion = suggest(key, allowed, extra);
  const hint = extra.hint === undefined ? "" : ` (${extra.hint})`;
  throw usage(`${flag} ${text}: unknown; ${suggestion === undefined ? "" : `did you mean ${suggestion}? `}expected one of ${list}${hint}`);
}

/** The valid value a mistyped one most likely meant: an alias, the value without a suffix like "chart", or the nearest by edit distance (at most 2, and less than the length). */
function suggest<T extends string>(key: string, allowed: readonly T[], extra: { strip?: RegExp; aliases?: Record<string, T> }): T | undefined {
  const alias = extra.aliases !== undefined && Object.hasOwn(extra.aliases, key) ? extra.aliases[key] : undefined;
  if (alias !== undefined) return alias;
  const stripped = extra.strip === undefined ? key : key.replace(extra.strip, "").replace(/[-_ ]/g, "");
  const exact = allowed.find((a) => a === stripped);
  if (exact !== undefined) return exact;
  let best: T | undefined;
  let distance = Infinity;
  for (const a of allowed) {
    const d = editDistance(stripped, a);
    if (d < distance) [best, distance] = [a, d];
  }
  return distance <= 2 && distance < stripped.length && distance < (best?.length ?? 0) + 1 ? best : undefined;
}

/** Levenshtein distance of two short strings (option values: a few characters; input longer than 64 is not compared). */
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}

function usage(message: string): CliError {
  return new CliError(message, 2);
}
