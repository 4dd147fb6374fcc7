import { basePooledRatio } from "../limits/baseStatistics.ts";
import type { PointContext } from "./phaseContext.ts";

/**
 * P chart for proportions: centre line p̄ = Σ numerators / Σ denominators of the
 * baseline, σᵢ = √(p̄(1 − p̄)/nᵢ), limits p̄ ± 3σᵢ clamped to [0, 1]
 * (Montgomery, *Introduction to Statistical Quality Control*, eq. 7.8 and §7.2.2;
 * Provost & Murray 2011, ch. 8). A subgroup with nᵢ = 0 has no limits.
 */
export function pChart(context: PointContext): void {
  const center = proportionCenter(context);
  const { start, end, lines } = context;
  const n = context.groups.nSum as Float64Array;
  for (let i = start; i <= end; i++) writeProportionLimits(context, i, center, Math.sqrt((center * (1 - center)) / (n[i] as number)));
  lines.cl.fill(center, start, end + 1);
}

/** p̄ (or ū) of the baseline, or the known centre line. @internal */
export function proportionCenter(context: PointContext): number {
  const { start, end, base } = context;
  return context.knownCenter ?? basePooledRatio(context.groups.ySum, context.groups.nSum as Float64Array, base, start, end);
}

/** Writes cl ± 3σ and ± 2σ for subgroup i, with finite limits clamped to [0, 1]. @internal */
export function writeProportionLimits(context: PointContext, i: number, center: number, sigma: number): void {
  const { lines } = context;
  lines.lcl[i] = atLeastZero(center - 3 * sigma);
  lines.lcl95[i] = atLeastZero(center - 2 * sigma);
  lines.ucl[i] = atMostOne(center + 3 * sigma);
  lines.ucl95[i] = atMostOne(center + 2 * sigma);
}

/** A finite negative lower limit becomes 0 (counts, rates and proportions cannot be negative). @internal */
export function atLeastZero(limit: number): number {
  return limit < 0 && Number.isFinite(limit) ? 0 : limit;
}

function atMostOne(limit: number): number {
  return limit > 1 && Number.isFinite(limit) ? 1 : limit;
}
