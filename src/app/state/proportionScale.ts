import type { ChartType } from "shewhart";
import type { Recommendation } from "./recommendChart.ts";

/** Charts that plot a proportion's values as they are (y/n per subgroup), where percent is the reader's choice of scale. */
const plainCharts: ReadonlySet<ChartType> = new Set<ChartType>(["run", "i"]);

/**
 * Whether the values are proportions: counts over denominators that they never (or only by a data error) exceed,
 * as {@link recommendChart} found them. A rate (events per bed day) is not one.
 */
export function isProportion(n: string, recommendation: Recommendation | null): boolean {
  return n !== "" && (recommendation?.reason === "proportion" || recommendation?.reason === "proportion_exceeded");
}

/** Denominators counted in days of care: bed days, patient days ("sengedage", "patientdøgn", "bed days"). */
const careDays = /(senge|patient|pt\.?\s?)(dage|døgn)|\b(bed|patient|occupied bed)[\s-]?days?\b/i;

/**
 * The scale a chart starts at until the user chooses one: × 100 for proportions — a P or P′ chart, or a run or
 * I chart of proportions — as Danish reports show them (a target is typed as 95, not 0.95); × 1000 for a U or U′
 * chart of events per bed day or patient day, as such rates are reported ("infektioner pr. 1.000 sengedage": 4,65,
 * not 0,00465, and a target typed as 2,5 is on the chart's scale; two trials read the rate per day); 1 for anything else.
 */
export function defaultMultiply(chart: ChartType, proportion: boolean, n = ""): number {
  if (chart === "p" || chart === "pp" || (proportion && plainCharts.has(chart))) return 100;
  return (chart === "u" || chart === "up") && careDays.test(n) ? 1000 : 1;
}

/**
 * Whether a run or I chart of proportions is drawn in percent (renderSvg's `percent`, the command line's
 * `--percent`): at the scale "× 100 (percent)", so that its median reads 21.8 %, as a P chart's centre line
 * does, not 21.8 or 0.218. P and P′ charts are drawn in percent at any scale without it.
 */
export function showsPercent(chart: ChartType, multiply: number, proportion: boolean): boolean {
  return proportion && plainCharts.has(chart) && multiply === 100;
}
