import type { PhaseLines, SigmaModel } from "../charts/phaseContext.ts";
import { sigmaPoint, type SigmaPoint } from "../result/summarizePhases.ts";

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

/** σᵢ of subgroup i with denominator nᵢ under a phase's model: factor × √(spread / nᵢ). @internal */
export function sigmaOf(model: SigmaModel, denominator: number): number {
  return Math.sqrt(model.spread / denominator) * model.factor;
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
 * One pass over subgroups `start…end` of a phase of a chart whose limits are cl ± 3σᵢ (P, U, P′, U′, I′),
 * σᵢ = factor × √(spread / nᵢ) from the subgroup's denominator: writes the plotted 3-sigma limits into `lcl` and `ucl`, flags and lists the points strictly outside them
 * (excluded points too), and gives the mean over the phase of each line for the phase summary — the value
 * itself where the line is constant over the phase, else the compensated sum (Neumaier 1974) of its finite
 * values over their count; NaN where it has none.
 * @internal
 */
export function sigmaLimits(
  values: Float64Array,
  denominators: Float64Array,
  model: SigmaModel,
  start: number,
  end: number,
  rules: SigmaLimitRules,
  lcl: Float64Array,
  ucl: Float64Array,
  flags: Uint8Array,
  out: SigmaPoint[],
): Omit<PhaseLines, "cl"> {
  const unclamped = unclampedSigmaLimits(values, denominators, model, start, end, rules, lcl, ucl, flags, out);
  if (unclamped !== null) return unclamped;
  const { lowerAtZero, capAtOne, multiply, clampAtZero } = rules;
  const { cl: center, spread, factor } = model;
  // Per line (lower and upper 3-sigma, lower and upper 2-sigma): the compensated sum (total t, compensation c;
  // Neumaier's step as in `Sum`), the count n of finite values, the first f of them and whether all equal it (k).
  // The steps of `sigmaLine` and of the sums are written out so that the loop keeps everything in registers.
  let t0 = 0, c0 = 0, n0 = 0, f0 = 0, k0 = true;
  let t1 = 0, c1 = 0, n1 = 0, f1 = 0, k1 = true;
  let t2 = 0, c2 = 0, n2 = 0, f2 = 0, k2 = true;
  let t3 = 0, c3 = 0, n3 = 0, f3 = 0, k3 = true;
  let outsides = 0;
  for (let i = start; i <= end; i++) {
    const s = Math.sqrt(spread / (denominators[i] as number)) * factor;
    let low = center - 3 * s;
    let high = center + 3 * s;
    let low95 = center - 2 * s;
    let high95 = center + 2 * s;
    if (lowerAtZero) {
      // low < 0 (finite) becomes 0, written without a branch: whether a limit is clamped varies from point to
      // point (a coin toss a branch predictor loses), so it is a multiplication by 0 or 1 (+ 0 turns −0 into 0).
      low = low * (+(low >= 0) | +(low === -Infinity)) + 0;
      low95 = low95 * (+(low95 >= 0) | +(low95 === -Infinity)) + 0;
    }
    if (capAtOne) {
      if (high > 1 && high !== Infinity) high = 1;
      if (high95 > 1 && high95 !== Infinity) high95 = 1;
    }
    if (multiply !== 1) {
      low *= multiply;
      high *= multiply;
      low95 *= multiply;
      high95 *= multiply;
    }
    if (low - low !== 0) low = Number.NaN;
    else if (clampAtZero && low < 0) low = 0;
    if (high - high !== 0) high = Number.NaN;
    if (low95 - low95 !== 0) low95 = Number.NaN;
    else if (clampAtZero && low95 < 0) low95 = 0;
    if (high95 - high95 !== 0) high95 = Number.NaN;
    lcl[i] = low;
    ucl[i] = high;
    if (low === low) {
      if (n0 === 0) f0 = low;
      else if (low !== f0) k0 = false;
      const t = t0 + low;
      c0 += Math.abs(t0) >= Math.abs(low) ? t0 - t + low : low - t + t0;
      t0 = t;
      n0++;
    }
    if (high === high) {
      if (n1 === 0) f1 = high;
      else if (high !== f1) k1 = false;
      const t = t1 + high;
      c1 += Math.abs(t1) >= Math.abs(high) ? t1 - t + high : high - t + t1;
      t1 = t;
      n1++;
    }
    if (low95 === low95) {
      if (n2 === 0) f2 = low95;
      else if (low95 !== f2) k2 = false;
      const t = t2 + low95;
      c2 += Math.abs(t2) >= Math.abs(low95) ? t2 - t + low95 : low95 - t + t2;
      t2 = t;
      n2++;
    }
    if (high95 === high95) {
      if (n3 === 0) f3 = high95;
      else if (high95 !== f3) k3 = false;
      const t = t3 + high95;
      c3 += Math.abs(t3) >= Math.abs(high95) ? t3 - t + high95 : high95 - t + t3;
      t3 = t;
      n3++;
    }
    const v = values[i] as number;
    const outside = +(v > high) | +(v < low);
    flags[i] = outside;
    outsides += outside;
  }
  // The points outside, listed after the loop (rare, so the loop allocates nothing).
  for (let i = start; outsides > 0 && i <= end; i++) {
    if (flags[i] !== 1) continue;
    out.push(sigmaPoint(i, (values[i] as number) > (ucl[i] as number)));
    outsides--;
  }
  return { lcl: meanOf(t0, c0, n0, f0, k0), ucl: meanOf(t1, c1, n1, f1, k1), lcl95: meanOf(t2, c2, n2, f2, k2), ucl95: meanOf(t3, c3, n3, f3, k3) };
}

/**
 * `sigmaLimits` in the usual case, with fewer sums: each of the four lines is cl ± kσᵢ (clamped as the chart
 * demands, then scaled), and the mean over the phase of a line that is never clamped there is (cl ± k·σ̄)·multiply
 * with σ̄ the mean of the finite σᵢ — so one compensated sum (Neumaier 1974) of σᵢ stands for every unclamped
 * line, and only the lines that may be clamped keep a sum of their own (the same sum as the general loop's, so
 * their means are identical to it). Whether a line may be clamped is known before the loop: σᵢ falls as nᵢ grows
 * (division and square root round monotonically), so the widest limits are those of the smallest positive
 * denominator. A line whose values are all equal is still reported as that value exactly. Writes the same
 * columns, flags and list as the general loop; gives null, for the general loop to run over the whole phase
 * (rewriting everything this wrote), when the centre line is not finite or a scaled limit overflows.
 * @internal
 */
function unclampedSigmaLimits(
  values: Float64Array,
  denominators: Float64Array,
  model: SigmaModel,
  start: number,
  end: number,
  rules: SigmaLimitRules,
  lcl: Float64Array,
  ucl: Float64Array,
  flags: Uint8Array,
  out: SigmaPoint[],
): Omit<PhaseLines, "cl"> | null {
  const { lowerAtZero, capAtOne, multiply, clampAtZero } = rules;
  const { cl: center, spread, factor } = model;
  if (!(center - center === 0)) return null;
  let smallest = Infinity;
  for (let i = start; i <= end; i++) {
    const d = denominators[i] as number;
    if (d > 0 && d < smallest) smallest = d;
  }
  const widest = Math.sqrt(spread / smallest) * factor;
  // A lower line below 0 becomes 0 (lowerAtZero on the raw scale, clampAtZero on the plotted one: the same, as
  // multiply > 0); an upper line above 1 becomes 1 (capAtOne). Which lines may be clamped in this phase:
  const lowerClamp = lowerAtZero || clampAtZero;
  const clamps0 = lowerClamp && !(center - 3 * widest >= 0);
  const clamps1 = capAtOne && !(center + 3 * widest <= 1);
  const clamps2 = lowerClamp && !(center - 2 * widest >= 0);
  const clamps3 = capAtOne && !(center + 2 * widest <= 1);
  let total = 0, compensation = 0, count = 0, firstSigma = 0;
  // The compensated sums of the lines that may be clamped (total t, compensation c), as in the general loop.
  let t0 = 0, c0 = 0, t1 = 0, c1 = 0, t2 = 0, c2 = 0, t3 = 0, c3 = 0;
  // Whether each line (as scaled) is constant over the phase: compared as written, so that σᵢ differing in the
  // last bit but giving the same line still counts as constant, exactly as the general loop decides it.
  let f0 = 0, f1 = 0, f2 = 0, f3 = 0;
  let k0 = true, k1 = true, k2 = true, k3 = true;
  let outsides = 0;
  for (let i = start; i <= end; i++) {
    const s = Math.sqrt(spread / (denominators[i] as number)) * factor;
    if (!(s - s === 0)) {
      // A zero or missing denominator: no limits at this point, and it counts in no mean.
      lcl[i] = Number.NaN;
      ucl[i] = Number.NaN;
      flags[i] = 0;
      continue;
    }
    let low = center - 3 * s;
    let high = center + 3 * s;
    let low95 = center - 2 * s;
    let high95 = center + 2 * s;
    if (clamps0 && low < 0) low = 0;
    if (clamps1 && high > 1) high = 1;
    if (clamps2 && low95 < 0) low95 = 0;
    if (clamps3 && high95 > 1) high95 = 1;
    low *= multiply;
    high *= multiply;
    low95 *= multiply;
    high95 *= multiply;
    if (!(low - low === 0 && high - high === 0)) return null;
    lcl[i] = low;
    ucl[i] = high;
    if (count === 0) {
      firstSigma = s;
      f0 = low;
      f1 = high;
      f2 = low95;
      f3 = high95;
    } else {
      k0 = k0 && low === f0;
      k1 = k1 && high === f1;
      k2 = k2 && low95 === f2;
      k3 = k3 && high95 === f3;
    }
    if (clamps0) {
      const t = t0 + low;
      c0 += Math.abs(t0) >= Math.abs(low) ? t0 - t + low : low - t + t0;
      t0 = t;
    }
    if (clamps1) {
      const t = t1 + high;
      c1 += Math.abs(t1) >= Math.abs(high) ? t1 - t + high : high - t + t1;
      t1 = t;
    }
    if (clamps2) {
      const t = t2 + low95;
      c2 += Math.abs(t2) >= Math.abs(low95) ? t2 - t + low95 : low95 - t + t2;
      t2 = t;
    }
    if (clamps3) {
      const t = t3 + high95;
      c3 += Math.abs(t3) >= Math.abs(high95) ? t3 - t + high95 : high95 - t + t3;
      t3 = t;
    }
    const t = total + s;
    compensation += Math.abs(total) >= s ? total - t + s : s - t + total;
    total = t;
    count++;
    const v = values[i] as number;
    const outside = +(v > high) | +(v < low);
    flags[i] = outside;
    outsides += outside;
  }
  for (let i = start; outsides > 0 && i <= end; i++) {
    if (flags[i] !== 1) continue;
    out.push(sigmaPoint(i, (values[i] as number) > (ucl[i] as number)));
    outsides--;
  }
  if (count === 0) return { lcl: Number.NaN, ucl: Number.NaN, lcl95: Number.NaN, ucl95: Number.NaN };
  const sigma = count === 1 ? firstSigma : (total + compensation) / count;
  const line = (k: number, constant: boolean, first: number, clamped: boolean, sum: number, correction: number): number =>
    constant ? first : clamped ? (sum + correction) / count : (center + k * sigma) * multiply;
  return {
    lcl: line(-3, k0, f0, clamps0, t0, c0),
    ucl: line(3, k1, f1, clamps1, t1, c1),
    lcl95: line(-2, k2, f2, clamps2, t2, c2),
    ucl95: line(2, k3, f3, clamps3, t3, c3),
  };
}

/** The mean of a line: NaN without finite values, the value where all are equal, else the compensated sum over the count. */
function meanOf(total: number, compensation: number, count: number, first: number, constant: boolean): number {
  if (count === 0) return Number.NaN;
  return constant ? first : (total + compensation) / count;
}
