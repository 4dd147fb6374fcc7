import { chartDefinitions, type ChartDefinition } from "../charts/chartDefinitions.ts";
import { SpcError } from "../errors.ts";
import { buildSubgroups, type Subgroups } from "../prepare/subgroups.ts";
import { parseX } from "../prepare/parseX.ts";
import { resolveRuleSet, type RuleSet, type RuleSetName } from "../rules/ruleSets.ts";
import { ChartSpecSchema, expectedBySpecField, type ChartSpec, type ChartSpecInput } from "../schema/chartSpec.ts";
import type { Period, SpcWarning } from "../types.ts";
import { article } from "../words/article.ts";
import { wordsFor } from "../words/wordsFor.ts";
import type { Words } from "../words/words.ts";
import { fromZodError } from "./fromZodError.ts";
import { readSeries } from "./readSeries.ts";

/** A validated spec with its rows grouped into subgroups: everything that does not depend on the phases. @internal */
export interface PreparedSeries {
  readonly options: ChartSpec;
  readonly definition: ChartDefinition;
  readonly groups: Subgroups;
  readonly ruleSet: RuleSet;
  readonly rulesName: RuleSetName | "custom";
  /** 0 for subgroups left out by `exclude`. */
  readonly included: Uint8Array;
  readonly warnings: SpcWarning[];
  /** `period` as given, or the one x names (all ISO weeks, months or quarters); null for none. */
  readonly period: Period | null;
  /** The language of every message (`locale`). */
  readonly words: Words;
}

/**
 * Validates a spec (zod for the options, one plain loop for the values) and
 * groups its rows (DESIGN.md §2).
 * @throws {SpcError} for anything that cannot be analysed
 * @internal
 */
export function prepareSeries(spec: ChartSpecInput): PreparedSeries {
  checkIndexLists(spec);
  const parsed = ChartSpecSchema.safeParse(spec);
  if (!parsed.success) throw fromZodError(parsed.error, spec, expectedBySpecField);
  const options = parsed.data;
  const chart = options.chart;
  const definition = chartDefinitions[chart];
  const warnings: SpcWarning[] = [];
  const words = wordsFor(options.locale);

  if (definition.denominator === "required" && options.n === undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], expected: { key: "denominators", chart }, received: undefined });
  }
  if (definition.denominator === "forbidden" && options.n !== undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: { key: "noDenominators", chart } });
  }
  if (chart === "xbar" && options.aggregate !== undefined && options.aggregate !== "mean") {
    throw new SpcError({ code: "invalid_option", path: ["aggregate"], expected: `"mean" (an xbar chart plots subgroup means)`, received: options.aggregate });
  }
  const clRange = knownCenterRanges[chart];
  if (options.cl !== undefined && clRange !== undefined && !(options.cl >= clRange.min && options.cl <= clRange.max && (clRange.min > 0 || clRange.positive !== true || options.cl > 0))) {
    throw new SpcError({ code: "invalid_option", path: ["cl"], expected: `${clRange.expected} for ${article(chart)} ${chart} chart (${clRange.why})`, received: options.cl });
  }
  const series = readSeries("y", options.y, definition.y, chart);
  const y = series.values;
  // The denominators of a proportion are compared with their numerators as they are read.
  const denominators = options.n === undefined ? null : readSeries("n", options.n, definition.n, chart, definition.proportion ? y : null);
  const n = denominators?.values ?? null;
  if (n !== null && n.length !== y.length) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: { key: "lengths", expected: y.length, received: n.length } });
  }
  if (n !== null && denominators !== null && denominators.exceeded >= 0) {
    const i = denominators.exceeded;
    // Over a denominator of 0 there is no proportion at all: the denominator is what to check, so the error names it.
    if (n[i] === 0) throw new SpcError({ code: "invalid_input", path: ["n", i], detail: { key: "zeroDenominator", numerator: y[i] as number, chart } });
    throw new SpcError({
      code: "invalid_input",
      path: ["y", i],
      detail: { key: "exceeds", numerator: y[i] as number, denominator: n[i] as number, index: i, chart },
    });
  }
  if (options.aggregate !== undefined && (n !== null || chart === "c" || chart === "s")) {
    warnings.push({
      code: "aggregate_ignored",
      message: words.warnings.aggregateIgnored(options.aggregate, n !== null, chart),
    });
  }

  const x = parseX(options.x, y.length, options.period);
  const groups = buildSubgroups(series, n, x, { aggregate: options.aggregate ?? "mean", moments: definition.moments });
  const length = groups.length;
  if (length === 0) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: { key: "empty" } });
  if (groups.missing === length) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: { key: "allMissing" } });
  if (chart === "s" && (groups.ySd as Float64Array).every((v) => Number.isNaN(v))) {
    throw new SpcError({ code: "insufficient_data", path: ["x"], detail: { key: "shortSubgroups" } });
  }

  const included = new Uint8Array(length).fill(1);
  options.exclude.forEach((index, k) => {
    if (index < 0 || index >= length) {
      throw new SpcError({
        code: "invalid_option",
        path: ["exclude", k],
        expected: { key: "subgroupIndex", subgroups: length },
        received: index,
      });
    }
    included[index] = 0;
  });
  const rulesName = typeof options.rules === "string" ? options.rules : "custom";
  return { options, definition, groups, ruleSet: resolveRuleSet(options.rules), rulesName, included, warnings, period: options.period ?? x.period, words };
}

/**
 * Where a known centre line (`cl`, on the data scale) can lie for charts whose statistic cannot take every value:
 * outside it the limits are undefined or upside down (an S chart with `cl: -1` had UCL < LCL and flagged every point).
 */
const knownCenterRanges: Partial<Record<ChartSpec["chart"], { readonly min: number; readonly max: number; readonly positive?: boolean; readonly expected: string; readonly why: string }>> = {
  s: { min: 0, max: Infinity, expected: "a number >= 0", why: "a standard deviation is never negative" },
  mr: { min: 0, max: Infinity, expected: "a number >= 0", why: "a moving range is never negative" },
  p: { min: 0, max: 1, expected: "a proportion from 0 to 1", why: "the centre line is a proportion before multiply" },
  pp: { min: 0, max: 1, expected: "a proportion from 0 to 1", why: "the centre line is a proportion before multiply" },
  c: { min: 0, max: Infinity, expected: "a number >= 0", why: "a count is never negative" },
  u: { min: 0, max: Infinity, expected: "a number >= 0", why: "a rate is never negative" },
  up: { min: 0, max: Infinity, expected: "a number >= 0", why: "a rate is never negative" },
  g: { min: 0, max: Infinity, expected: "a number >= 0", why: "a number of cases between events is never negative" },
  t: { min: 0, max: Infinity, positive: true, expected: "a number > 0", why: "times between events are positive" },
};

/**
 * Checks the elements of `breaks`, `exclude` and a `freeze` array in one plain loop before zod, naming the first
 * bad one: zod would collect one issue per bad element and spread them into one call, which overflows the stack
 * at about a million (issue 13).
 */
function checkIndexLists(spec: unknown): void {
  if (typeof spec !== "object" || spec === null) return;
  const fields = spec as Record<string, unknown>;
  for (const field of ["breaks", "exclude", "freeze"] as const) {
    const list = Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      const ok = field === "freeze" ? v === null || (Number.isSafeInteger(v) && (v as number) >= 1) : Number.isSafeInteger(v);
      if (!ok) throw new SpcError({ code: "invalid_option", path: [field, i], expected: { key: "field", field: `${field}[]` }, received: v });
    }
  }
}
