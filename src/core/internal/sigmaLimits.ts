import type { PhaseLines } from "../charts/phaseContext.ts";
import type { SigmaPoint } from "../result/summarizePhases.ts";

/** How the limits cl ± kσᵢ of a chart are clamped and scaled. @internal */
export interface SigmaLimitRules {
  /** Finite negative lower limits become 0 (counts, rates, proportions). */
  readonly lowerAtZero: boolean;
  /** Finite upper limits above 1 become 1 (proportions). */
  readonly capAtOne: boolean;
  readonly multiply: number;
  /** Negative lower limits on the plotted scale become 0 (`allowNegativeLimits: false` without negative values). */
  readonly clampAtZero: boolean;
}

/**
 * The plotted line cl − kσ (`sign` −1) or cl + kσ (`sign` 1) of a chart whose limits are cl ± kσᵢ: clamped on
 * the raw scale as the chart demands, scaled by `multiply`, NaN where it is not finite, and the lower lines at
 * least 0 with `clampAtZero`. @internal
 */
export function sigmaLine(center: number, sigma: number, k: number, sign: 1 | -1, rules: SigmaLimitRules): number {
  let line = center + sign * k * sigma;
  if (sign < 0) {
    if (rules.lowerAtZero && line < 0 && line !== -Infinity) line = 0;
  } else if (rules.capAtOne && line > 1 && line !== Infinity) line = 1;
  line *= rules.multiply;
  if (line - line !== 0) return Number.NaN;
  return sign < 0 && rules.clampAtZero && line < 0 ? 0 : line;
}

/**
 * One pass over subgroups `start…end` of a phase of a chart whose limits are cl ± 3σᵢ (P, U, P′, U′, I′):
 * writes the plotted 3-sigma limits into `lcl` and `ucl`, flags and lists the points strictly outside them
 * (excluded points too), and gives the mean over the phase of each line for the phase summary — the value
 * itself where the line is constant over the phase, else the compensated sum (Neumaier 1974) of its finite
 * values over their count; NaN where it has none.
 * @internal
 */
export function sigmaLimits(
  values: Float64Array,
  sigma: Float64Array,
  center: number,
  start: number,
  end: number,
  rules: SigmaLimitRules,
  lcl: Float64Array,
  ucl: Float64Array,
  flags: Uint8Array,
  out: SigmaPoint[],
): Omit<PhaseLines, "cl"> {
  // Per line: the compensated sum (total, compensation), the count of finite values, the first of them and
  // whether all equal it. Kept in one typed array so that the loop keeps no objects.
  const acc = new Float64Array(20);
  for (let line = 0; line < 4; line++) acc[line * 5 + 4] = 1; // constant so far
  for (let i = start; i <= end; i++) {
    const s = sigma[i] as number;
    const low = sigmaLine(center, s, 3, -1, rules);
    const high = sigmaLine(center, s, 3, 1, rules);
    lcl[i] = low;
    ucl[i] = high;
    add(acc, 0, low);
    add(acc, 5, high);
    add(acc, 10, sigmaLine(center, s, 2, -1, rules));
    add(acc, 15, sigmaLine(center, s, 2, 1, rules));
    const v = values[i] as number;
    if (v > high || v < low) {
      flags[i] = 1;
      out.push({ index: i, side: v > high ? "above" : "below" });
    }
  }
  return { lcl: meanOf(acc, 0), ucl: meanOf(acc, 5), lcl95: meanOf(acc, 10), ucl95: meanOf(acc, 15) };
}

/** Adds a finite value to the line at `at` of the accumulators (Neumaier's step, as in `Sum`). */
function add(acc: Float64Array, at: number, value: number): void {
  if (value - value !== 0) return;
  const count = acc[at + 2] as number;
  if (count === 0) acc[at + 3] = value;
  else if (value !== acc[at + 3]) acc[at + 4] = 0;
  const total = acc[at] as number;
  const t = total + value;
  acc[at + 1] = (acc[at + 1] as number) + (Math.abs(total) >= Math.abs(value) ? total - t + value : value - t + total);
  acc[at] = t;
  acc[at + 2] = count + 1;
}

function meanOf(acc: Float64Array, at: number): number {
  const count = acc[at + 2] as number;
  if (count === 0) return Number.NaN;
  if (acc[at + 4] === 1) return acc[at + 3] as number;
  return ((acc[at] as number) + (acc[at + 1] as number)) / count;
}
