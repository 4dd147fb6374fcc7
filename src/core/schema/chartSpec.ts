import * as z from "zod/mini";

/** Chart types accepted by `analyze`. */
export const chartTypes = ["run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip"] as const;
/** Names of the preset rule sets accepted by `analyze` (see `ruleSetPresets`). */
export const ruleSetNames = ["anhoej", "bestbox", "cutbox", "ihi", "hcdg", "nhs"] as const;
/** Methods of the Anhøj runs analysis. */
export const runsMethods = ["anhoej", "bestbox", "cutbox"] as const;
/** Aggregate functions accepted by `analyze`. */
export const aggregates = ["mean", "median", "sum", "sd"] as const;
/** Calendar periods accepted by `analyze`. */
export const periods = ["day", "week", "month", "quarter", "year"] as const;

const isSeries = (value: unknown): boolean => Array.isArray(value) || value instanceof Float64Array;

/** A series of values: an array of numbers and `null`s, or a `Float64Array` with `NaN` for missing. */
export type SeriesInput = readonly (number | null)[] | Float64Array;
/** Subgroup keys: numbers, ISO date or week strings, `Date`s, or category strings. */
export type XInput = readonly (number | string | Date)[];

const series = z.custom<SeriesInput>(isSeries);
const integer = z.number().check(z.int());
const atLeastOne = z.number().check(z.int(), z.minimum(1));

/**
 * The chart specification (DESIGN.md §2), the single source of truth for the
 * input type. The elements of `y`, `n` and `x` are checked by one plain loop
 * in `analyze` (fast for 10⁷ points, with messages naming each index); this
 * schema checks their container and every option. Built with `zod/mini`, which
 * keeps the core small (about 7 kB of zod, gzipped, instead of about 90 kB).
 *
 * @example
 * ChartSpecSchema.safeParse({ y: [1, 2, 3] }).data?.chart; // => "run"
 */
export const ChartSpecSchema = z.strictObject({
  chart: z._default(z.enum(chartTypes), "run"),
  y: series,
  n: z.optional(series),
  x: z.optional(z.custom<XInput>((value) => Array.isArray(value))),
  aggregate: z.optional(z.enum(aggregates)),
  period: z.optional(z.enum(periods)),
  freeze: z.optional(z.union([atLeastOne, z.array(z.nullable(atLeastOne))])),
  breaks: z._default(z.array(integer), []),
  exclude: z._default(z.array(integer), []),
  rules: z._default(
    z.union([
      z.enum(ruleSetNames),
      z.strictObject({
        preset: z.optional(z.enum(ruleSetNames)),
        anhoej: z.optional(z.union([z.enum(runsMethods), z.literal(false)])),
        shift: z.optional(z.union([z.number().check(z.int(), z.minimum(2)), z.literal(false)])),
        trend: z.optional(z.union([z.number().check(z.int(), z.minimum(3)), z.literal(false)])),
        runs: z.optional(z.boolean()),
        astronomical: z.optional(z.boolean()),
        twoOfThree: z.optional(z.boolean()),
        hugging: z.optional(z.union([z.number().check(z.int(), z.minimum(2)), z.literal(false)])),
      }),
    ]),
    "anhoej",
  ),
  autoPhase: z.optional(z.union([z.boolean(), z.strictObject({ minLength: z.optional(z.number().check(z.int(), z.minimum(2))) })])),
  multiply: z._default(z.number().check(z.positive()), 1),
  cl: z.optional(z.number()),
  target: z.optional(z.number()),
  improvement: z.optional(z.enum(["up", "down"])),
  screenMovingRanges: z._default(z.boolean(), true),
  allowNegativeLimits: z._default(z.boolean(), true),
  locale: z.optional(z.string()),
});

/** A chart specification as `analyze` accepts it (defaults optional). */
export type ChartSpecInput = z.input<typeof ChartSpecSchema>;
/** A chart specification with defaults filled in. */
export type ChartSpec = z.output<typeof ChartSpecSchema>;

/** What each field expects, in the words of error messages (zod's own wording never reaches users). */
export const expectedBySpecField: Readonly<Record<string, string>> = {
  chart: `one of ${chartTypes.map((c) => `"${c}"`).join(", ")}`,
  y: "an array of numbers and nulls, or a Float64Array",
  n: "an array of numbers and nulls, or a Float64Array",
  x: "an array of numbers, strings or Dates",
  aggregate: `one of ${aggregates.map((c) => `"${c}"`).join(", ")}`,
  period: `one of ${periods.map((c) => `"${c}"`).join(", ")}`,
  freeze: "an integer >= 1, or an array with one integer >= 1 or null per phase",
  "freeze[]": "an integer >= 1 or null",
  breaks: "an array of integers",
  "breaks[]": "an integer",
  exclude: "an array of integers",
  "exclude[]": "an integer",
  rules: `one of ${ruleSetNames.map((c) => `"${c}"`).join(", ")}, or a rule-set object`,
  "rules.preset": `one of ${ruleSetNames.map((c) => `"${c}"`).join(", ")}`,
  "rules.anhoej": `one of ${runsMethods.map((c) => `"${c}"`).join(", ")}, or false`,
  "rules.shift": "an integer >= 2, or false",
  "rules.trend": "an integer >= 3, or false",
  "rules.runs": "a boolean",
  "rules.astronomical": "a boolean",
  "rules.twoOfThree": "a boolean",
  "rules.hugging": "an integer >= 2, or false",
  autoPhase: "a boolean, or { minLength: an integer >= 2 }",
  "autoPhase.minLength": "an integer >= 2",
  multiply: "a finite number > 0",
  cl: "a finite number",
  target: "a finite number",
  improvement: `"up" or "down"`,
  screenMovingRanges: "a boolean",
  allowNegativeLimits: "a boolean",
  locale: 'a BCP 47 language tag such as "da-DK" or "en-GB"',
};
