import { chartDefinitions, type ChartDefinition } from "../charts/chartDefinitions.ts";
import { SpcError } from "../errors.ts";
import { buildSubgroups, type Subgroups } from "../prepare/subgroups.ts";
import { parseX, type ParsedX } from "../prepare/parseX.ts";
import { resolveRuleSet, type RuleSet, type RuleSetName } from "../rules/ruleSets.ts";
import { ChartSpecSchema, expectedBySpecField, type ChartSpec, type ChartSpecInput, type SeriesInput } from "../schema/chartSpec.ts";
import type { Aggregate, ChartType, Period, SpcWarning } from "../types.ts";
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
  /**
   * The plotted statistic per `multiply`, made once and shared by the analyses of a kept preparation (frozen y and
   * n, {@link keptReadings}); null when nothing is kept.
   */
  readonly scaled: Map<number, Float64Array> | null;
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
  const aggregate = options.aggregate ?? "mean";
  // y and n read before from the same frozen arrays for this chart were valid then and cannot have changed.
  const known = keptReading(options.y, options.n, chart, aggregate);
  const knownX = known === null ? null : parseX(options.x, options.y.length, options.period);
  if (known !== null && knownX !== null && sameX(known.x, knownX)) {
    const { groups, scaled } = known;
    if (options.aggregate !== undefined && (options.n !== undefined || chart === "c" || chart === "s")) {
      warnings.push({ code: "aggregate_ignored", message: words.warnings.aggregateIgnored(options.aggregate, options.n !== undefined, chart) });
    }
    return finish(options, definition, groups, knownX, warnings, words, scaled);
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

  const x = knownX ?? parseX(options.x, y.length, options.period);
  const groups = buildSubgroups(series, n, x, { aggregate, moments: definition.moments });
  const length = groups.length;
  if (length === 0) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: { key: "empty" } });
  if (groups.missing === length) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: { key: "allMissing" } });
  if (chart === "s" && (groups.ySd as Float64Array).every((v) => Number.isNaN(v))) {
    throw new SpcError({ code: "insufficient_data", path: ["x"], detail: { key: "shortSubgroups" } });
  }
  return finish(options, definition, groups, x, warnings, words, keepReading(options.y, options.n, x, chart, aggregate, groups));
}

/** The exclusions checked against the subgroups, and the rule set: what a preparation adds to the subgroups. */
function finish(options: ChartSpec, definition: ChartDefinition, groups: Subgroups, x: ParsedX, warnings: SpcWarning[], words: Words, scaled: Map<number, Float64Array> | null): PreparedSeries {
  const length = groups.length;
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
  return { options, definition, groups, ruleSet: resolveRuleSet(options.rules), rulesName, included, warnings, period: options.period ?? x.period, words, scaled };
}

/** The subgroups made from frozen y (and n) arrays, with what they were made with. */
interface KeptReading {
  readonly n: SeriesInput | undefined;
  readonly x: ParsedX;
  readonly chart: ChartType;
  readonly aggregate: Aggregate;
  readonly groups: Subgroups;
  readonly scaled: Map<number, Float64Array>;
}

/**
 * The last subgroups made from each frozen y array. An array frozen with `Object.freeze` cannot change, so what
 * was read and grouped from it (with the same frozen n, the same reading of x, chart type and aggregate) is the
 * same on every analysis: analysing it again with another baseline, phase, exclusion or rule set (as the browser
 * app does on every change) neither reads nor groups 100,000 values again, nor allocates their columns. The
 * subgroups are only read by their users (DESIGN.md: result columns are read-only and may share storage). Weak: a
 * reading goes with its array. A `Float64Array` cannot be frozen, so its reading is never kept.
 */
const keptReadings = new WeakMap<SeriesInput, KeptReading>();

/** Whether `series` can never change: a frozen plain array (frozen numbers and nulls), or none. */
function unchangeable(series: SeriesInput | undefined): boolean {
  return series === undefined || (Array.isArray(series) && Object.isFrozen(series));
}

/** Whether two readings of x are the same: the same kept reading, or both "no x" (each analysis makes its own). */
function sameX(a: ParsedX, b: ParsedX): boolean {
  return a === b || (a.type === "index" && b.type === "index");
}

/** The subgroups kept for frozen y and n with this chart type and aggregate (their x still to be compared), or null. */
function keptReading(y: SeriesInput, n: SeriesInput | undefined, chart: ChartType, aggregate: Aggregate): KeptReading | null {
  if (!unchangeable(y) || !unchangeable(n)) return null;
  const kept = keptReadings.get(y);
  return kept === undefined || kept.n !== n || kept.chart !== chart || kept.aggregate !== aggregate ? null : kept;
}

/** Keeps the subgroups made from frozen arrays (the last per y array); gives the map of plotted columns the analyses of them share, or null. */
function keepReading(y: SeriesInput, n: SeriesInput | undefined, x: ParsedX, chart: ChartType, aggregate: Aggregate, groups: Subgroups): Map<number, Float64Array> | null {
  if (!unchangeable(y) || !unchangeable(n)) return null;
  const scaled = new Map<number, Float64Array>();
  keptReadings.set(y, { n, x, chart, aggregate, groups, scaled });
  return scaled;
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
