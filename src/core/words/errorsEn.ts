import type { ValueKind } from "../charts/chartDefinitions.ts";
import { expectedBySpecField } from "../schema/chartSpec.ts";
import { article } from "./article.ts";
import type { DetailPhrase, ErrorWords, ExpectedPhrase, ReasonPhrase } from "./errorPhrase.ts";

const kindWords: Readonly<Record<ValueKind, string>> = {
  any: "a finite number",
  count: "a count (an integer >= 0)",
  nonNegative: "a non-negative number",
  positive: "a number > 0",
};

/** What was expected, in English: the `expected` of an {@link SpcError} built from a phrase. @internal */
export function expectedEn(p: ExpectedPhrase): string {
  switch (p.key) {
    case "value":
      return `${kindWords[p.kind]} or ${{ null: "null", NaN: "NaN (missing)", empty: "an empty cell" }[p.missing]}${p.chart === null ? "" : ` in ${article(p.chart)} ${p.chart} chart`}`;
    case "denominators":
      return `denominators (one per y) for ${article(p.chart)} ${p.chart} chart`;
    case "field":
      return expectedBySpecField[p.field] ?? "a valid value";
    case "subgroupIndex":
      return `a 0-based subgroup index from 0 to ${p.subgroups - 1} (N = ${p.subgroups} subgroups)`;
    case "breakIndex":
      return p.subgroups < 2
        ? `no breaks (there are N = ${p.subgroups} subgroups)`
        : `an integer from ${p.lowest} to ${p.subgroups - 1} (N − 1, with N = ${p.subgroups} subgroups)${p.previous === null ? "" : `, greater than breaks[${p.previous}]`}`;
    case "dateRange":
      return `a date from 0001-01-01 to 9999-12-31${p.period === null ? "" : ` (the start of its ${p.period} too)`}`;
  }
}

function detail(p: DetailPhrase): string {
  switch (p.key) {
    case "empty":
      return "y is empty";
    case "allMissing":
      return "every y is missing";
    case "shortSubgroups":
      return "an s chart needs subgroups of at least 2 values, and every subgroup has fewer";
    case "exceeds":
      return `numerator (${p.numerator}) exceeds denominator${p.index === null ? "" : ` n[${p.index}]`} (${p.denominator}) in ${article(p.chart)} ${p.chart} chart`;
    case "zeroDenominator":
      return `the denominator is 0 while the numerator is ${p.numerator}: no proportion can be computed in ${article(p.chart)} ${p.chart} chart; check the denominator (a count of 0 is allowed only with a numerator of 0, and is shown as a gap)`;
    case "noDenominators":
      return `${article(p.chart)} ${p.chart} chart does not use denominators; leave n out`;
    case "lengths":
      return `expected ${p.expected} values (one per y), received ${p.received}`;
    case "periodNeedsDates":
      return `needs dates in x, but ${p.x === "none" ? "no x was given" : `x holds ${p.x}`}`;
    case "freezeEntries":
      return `expected one entry per phase (${p.phases}), received ${p.received}`;
  }
}

/**
 * The errors' words in English: the text of `SpcError.message` after its
 * place, exactly (tools match it; docs/errors.md lists it).
 */
export const errorsEn: ErrorWords = {
  reason(p: ReasonPhrase): string {
    if (p.key === "expectedReceived") return `expected ${expectedEn(p.expected)}, received ${p.received}`;
    if (p.key === "insufficient") return `insufficient data: ${detail(p.detail)}`;
    return detail(p);
  },
};
