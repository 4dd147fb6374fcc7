import { chartDefinitions, type ChartDefinition } from "../charts/chartDefinitions.ts";
import { SpcError } from "../errors.ts";
import { buildSubgroups, type Subgroups } from "../prepare/subgroups.ts";
import { parseX } from "../prepare/parseX.ts";
import { resolveRuleSet, type RuleSet, type RuleSetName } from "../rules/ruleSets.ts";
import { ChartSpecSchema, expectedBySpecField, type ChartSpec, type ChartSpecInput } from "../schema/chartSpec.ts";
import type { Period, SpcWarning } from "../types.ts";
import { fromZodError } from "./fromZodError.ts";
import { article, readSeries } from "./readSeries.ts";

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
}

/**
 * Validates a spec (zod for the options, one plain loop for the values) and
 * groups its rows (DESIGN.md §2).
 * @throws {SpcError} for anything that cannot be analysed
 * @internal
 */
export function prepareSeries(spec: ChartSpecInput): PreparedSeries {
  const parsed = ChartSpecSchema.safeParse(spec);
  if (!parsed.success) throw fromZodError(parsed.error, spec, expectedBySpecField);
  const options = parsed.data;
  const chart = options.chart;
  const definition = chartDefinitions[chart];
  const warnings: SpcWarning[] = [];

  if (definition.denominator === "required" && options.n === undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], expected: `denominators (one per y) for ${article(chart)} ${chart} chart`, received: undefined });
  }
  if (definition.denominator === "forbidden" && options.n !== undefined) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: `${article(chart)} ${chart} chart does not use denominators; leave n out` });
  }
  if (chart === "xbar" && options.aggregate !== undefined && options.aggregate !== "mean") {
    throw new SpcError({ code: "invalid_option", path: ["aggregate"], expected: `"mean" (an xbar chart plots subgroup means)`, received: options.aggregate });
  }
  const series = readSeries("y", options.y, definition.y, chart);
  const y = series.values;
  const n = options.n === undefined ? null : readSeries("n", options.n, definition.n, chart).values;
  if (n !== null && n.length !== y.length) {
    throw new SpcError({ code: "invalid_input", path: ["n"], detail: `expected ${y.length} values (one per y), received ${n.length}` });
  }
  if (n !== null && definition.proportion) {
    for (let i = 0; i < y.length; i++) {
      if ((y[i] as number) > (n[i] as number)) {
        throw new SpcError({
          code: "invalid_input",
          path: ["y", i],
          detail: `numerator (${y[i]}) exceeds denominator n[${i}] (${n[i]}) in ${article(chart)} ${chart} chart`,
        });
      }
    }
  }
  if (options.aggregate !== undefined && (n !== null || chart === "c" || chart === "s")) {
    warnings.push({
      code: "aggregate_ignored",
      message:
        n !== null
          ? `aggregate "${options.aggregate}" is not used: with denominators each subgroup's value is Σy/Σn`
          : `aggregate "${options.aggregate}" is not used: ${article(chart)} ${chart} chart plots the subgroup ${chart === "c" ? "sum" : "standard deviation"}`,
    });
  }

  const x = parseX(options.x, y.length, options.period);
  const groups = buildSubgroups(series, n, x, { aggregate: options.aggregate ?? "mean", moments: definition.moments });
  const length = groups.length;
  if (length === 0) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: "y is empty" });
  if (groups.missing === length) throw new SpcError({ code: "insufficient_data", path: ["y"], detail: "every y is missing" });
  if (chart === "s" && (groups.ySd as Float64Array).every((v) => Number.isNaN(v))) {
    throw new SpcError({ code: "insufficient_data", path: ["x"], detail: "an s chart needs subgroups of at least 2 values, and every subgroup has fewer" });
  }

  const included = new Uint8Array(length).fill(1);
  options.exclude.forEach((index, k) => {
    if (index < 0 || index >= length) {
      throw new SpcError({
        code: "invalid_option",
        path: ["exclude", k],
        expected: `a 0-based subgroup index from 0 to ${length - 1} (N = ${length} subgroups)`,
        received: index,
      });
    }
    included[index] = 0;
  });
  const rulesName = typeof options.rules === "string" ? options.rules : "custom";
  return { options, definition, groups, ruleSet: resolveRuleSet(options.rules), rulesName, included, warnings, period: options.period ?? x.period };
}
