import { d2, individualsBaseline } from "../limits/averageMovingRange.ts";
import type { PhaseContext, PhaseLines } from "./phaseContext.ts";

/** Nelson's transformation of exponential times to near-normal: y^(1/3.6). */
const power = 3.6;

/**
 * A time as the rules of a T chart compare it with the centre line: taken to
 * y^(1/3.6) and back, so that its side of the back-transformed centre line is
 * its side on the transformed scale (y to within an ulp: 2 gives
 * 1.9999999999999998). The plotted value is y itself. @internal
 */
export function tRuleValue(y: number): number {
  return Math.pow(Math.pow(y, 1 / power), power);
}

/**
 * T chart for times between rare events: an I chart of y^(1/3.6), with centre
 * line and limits transformed back by ^3.6 (Nelson 1994, "A control chart for
 * parts-per-million nonconforming items", Journal of Quality Technology
 * 26:239–240; Provost & Murray 2011, ch. 9). A lower limit below zero on the
 * transformed scale becomes 0; the lower 2-sigma line is then left out (null).
 * A known `cl` is on the data scale.
 */
export function tChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const last = end - start;
  const transformed = new Float64Array(last + 1);
  for (let i = 0; i <= last; i++) transformed[i] = Math.pow(statistic[start + i] as number, 1 / power);
  const phaseBase = base.subarray(start, end + 1);
  const estimates = individualsBaseline(transformed, phaseBase, 0, last, context.screenMovingRanges);
  const center = context.knownCenter === undefined ? estimates.mean : Math.pow(context.knownCenter, 1 / power);
  const sigma = estimates.averageMovingRange / d2;
  // The rules compare the transformed value taken back (y to within an ulp), as in qicharts2, so that a point's
  // side of the back-transformed centre line is its side on the transformed scale (`tRuleValue`); the result
  // plots y itself (analyze).
  for (let i = 0; i <= last; i++) statistic[start + i] = Math.pow(transformed[i] as number, power);
  const lower = Math.pow(center - 3 * sigma, power);
  return {
    cl: Math.pow(center, power),
    ucl: Math.pow(center + 3 * sigma, power),
    ucl95: Math.pow(center + 2 * sigma, power),
    lcl: lower >= 0 ? lower : 0, // NaN (negative base) too becomes 0, as in qicharts2
    lcl95: Math.pow(center - 2 * sigma, power),
  };
}
