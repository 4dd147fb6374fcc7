import type { ChartType } from "shewhart";

/** Why a chart type is recommended; the interface words each reason in the user's language. */
export type RecommendationReason =
  | "proportion" // counts with denominators, numerator never above denominator
  | "proportion_exceeded" // a proportion, but a few numerators above their denominators: data errors to check, not a rate
  | "rate" // counts with denominators, numerator sometimes above denominator
  | "subgroups" // several measurements per subgroup
  | "measurements" // one measurement per subgroup
  | "few_points" // too few points for control limits
  | "counts_without_denominator" // counts, no denominator
  | "not_counts" // values with decimals (or below 0) over a denominator: not counts, so neither P nor U
  | "no_values"; // no numbers to go on

export interface Recommendation {
  readonly chart: ChartType;
  readonly reason: RecommendationReason;
}

const countWords = /(antal|count|number|hændelse|haendelse|event|fald|fall|infektion|infection|tilfælde|cases|errors|fejl|incident)/i;

/**
 * Denominators that name an exposure: days, hours, months, patient-years ("patientår", "personår": a word ending in
 * "år", never "år" alone, as in "Indlæggelser i år", this year's admissions, a count), time at risk. A unit after a
 * number is a condition on whom is counted, not an exposure: "Indlagt over 24 timer" counts patients admitted for more
 * than a day (a trial's P chart was recommended as U, which hid three points outside the limits).
 */
const exposureWords = /(?<!\d[\s\u00a0-]*)(dage|days|døgn|hours|timer|måneder|months|\p{L}+år\b|years|exposure|eksponering|(observations|risiko|opfølgnings|eksponerings|person|patient)tid\b|time\b|1000|1\.000)/iu;

/**
 * A numerator above its denominator in fewer than this share of the rows reads
 * as a typing error in a proportion, not as a rate: one wrong row must not turn
 * a P chart into a U chart silently (the P chart then refuses that row by its line).
 */
export const exceededShare = 0.1;

/** Fewer subgroups than this: start with a run chart (limits from so few points are unreliable). */
export const fewPoints = 12;

/**
 * Recommends a chart from the values: values with decimals over a denominator
 * → I (a ratio of measurements; P and U charts need counts), counts with denominators → P when the
 * numerator never exceeds the denominator (a proportion), U when it does in
 * many rows or when the denominator is an exposure such as bed days (a rate) —
 * a few rows above their denominators keep the P chart and are named as errors
 * to check (`proportion_exceeded`, see {@link exceededShare});
 * several measurements per subgroup → Xbar; single measurements → I; counts
 * without a denominator, too few points, or nothing to go on → a run chart,
 * the safe start (Anhøj & Olesen 2014; Provost & Murray, The Health Care Data
 * Guide, 2011, ch. 5, "choosing a Shewhart chart").
 *
 * @param y - values per row (NaN missing)
 * @param n - denominators per row, or null
 * @param subgroups - number of subgroups (distinct x), or the number of rows without x
 * @param yName - y's header: whole numbers under a name that says "count" (antal, events, …) are counts, other whole numbers measurements
 * @param nName - n's header: a denominator that names an exposure (bed days, patient days, hours) makes a rate (U) even when y stays below it
 */
export function recommendChart(y: Float64Array, n: Float64Array | null, subgroups: number, yName = "", nName = ""): Recommendation {
  const rows = y.length;
  let present = 0;
  let integers = true;
  let nonNegative = true;
  let aboveDenominator = 0;
  for (let i = 0; i < rows; i++) {
    const v = y[i] as number;
    if (Number.isNaN(v)) continue;
    present++;
    if (!Number.isInteger(v)) integers = false;
    if (v < 0) nonNegative = false;
    if (n !== null && v > (n[i] as number)) aboveDenominator++;
  }
  if (present === 0) return { chart: "run", reason: "no_values" };
  if (n !== null) {
    // P and U charts count events: a value with decimals over a denominator ("83,9" of a computed share kept beside
    // its total) is a ratio of measurements, an I chart's, or a column to read without the denominator.
    if (!integers || !nonNegative) return { chart: "i", reason: "not_counts" };
    if (exposureWords.test(nName) || aboveDenominator >= exceededShare * present) return { chart: "u", reason: "rate" };
    return aboveDenominator === 0 ? { chart: "p", reason: "proportion" } : { chart: "p", reason: "proportion_exceeded" };
  }
  if (subgroups < fewPoints) return { chart: "run", reason: "few_points" };
  if (rows >= subgroups * 1.5) return { chart: "xbar", reason: "subgroups" };
  if (integers && nonNegative && countWords.test(yName)) return { chart: "run", reason: "counts_without_denominator" };
  return { chart: "i", reason: "measurements" };
}
