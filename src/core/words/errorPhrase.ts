import type { ValueKind } from "../charts/chartDefinitions.ts";
import type { ChartType, Period } from "../types.ts";

/**
 * What a value was expected to be, as data: each language's {@link ErrorWords}
 * words it. An {@link SpcError} built from one says `expected …, received …`.
 */
export type ExpectedPhrase =
  /**
   * A value of y or n: a finite number (or a count, a non-negative number, a
   * number > 0 in `chart`) or missing — `null` in an array, `NaN` in a
   * Float64Array, or (said to a user whose values came from a file) an empty cell.
   */
  | { readonly key: "value"; readonly kind: ValueKind; readonly missing: "null" | "NaN" | "empty"; readonly chart: ChartType | null }
  /** n is needed: denominators for `chart`. */
  | { readonly key: "denominators"; readonly chart: ChartType }
  /** A field of the chart specification (`rules.shift`, `freeze[]` for an element), as `expectedBySpecField` says it. */
  | { readonly key: "field"; readonly field: string }
  /** An index into the subgroups (`exclude`). */
  | { readonly key: "subgroupIndex"; readonly subgroups: number }
  /** A phase break: from `lowest` to N − 1, after the previous break (its index `previous`). */
  | { readonly key: "breakIndex"; readonly lowest: number; readonly subgroups: number; readonly previous: number | null }
  /** A date within the years 1 to 9999 (and the start of its `period`). */
  | { readonly key: "dateRange"; readonly period: Period | null };

/** What is wrong, as data, where it is no `expected …, received …`. */
export type DetailPhrase =
  | { readonly key: "empty" }
  | { readonly key: "allMissing" }
  | { readonly key: "shortSubgroups" }
  /**
   * A numerator above its denominator. `index` is the denominator's (named in
   * the message, `n[7]`); null in the text without the place, whose row names it.
   */
  | { readonly key: "exceeds"; readonly numerator: number; readonly denominator: number; readonly index: number | null; readonly chart: ChartType }
  /** A positive numerator over a denominator of 0 (the error's place is the denominator, n[i]): no proportion can be computed. */
  | { readonly key: "zeroDenominator"; readonly numerator: number; readonly chart: ChartType }
  | { readonly key: "noDenominators"; readonly chart: ChartType }
  /** x or n with another number of values than y. */
  | { readonly key: "lengths"; readonly expected: number; readonly received: number }
  /** `period` given, but x holds no dates. */
  | { readonly key: "periodNeedsDates"; readonly x: "none" | "numbers" | "categories" }
  /** A `freeze` array with another number of entries than there are phases. */
  | { readonly key: "freezeEntries"; readonly phases: number; readonly received: number };

/**
 * The text of an {@link SpcError} without its place, as data: an expectation
 * with the value received (`received` as {@link formatValue} prints it), a
 * detail, or too little data to analyse.
 */
export type ReasonPhrase =
  | { readonly key: "expectedReceived"; readonly expected: ExpectedPhrase; readonly received: string }
  | { readonly key: "insufficient"; readonly detail: DetailPhrase }
  | DetailPhrase;

/** The words of errors in one language: the text of a reason, from its phrase. */
export interface ErrorWords {
  /** The reason without its place: "expected a count (an integer >= 0) or null in a p chart, received -1". */
  reason(phrase: ReasonPhrase): string;
}
