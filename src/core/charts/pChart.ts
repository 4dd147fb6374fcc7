import { basePooledRatio } from "../limits/baseStatistics.ts";
import type { PhaseContext, SigmaModel } from "./phaseContext.ts";

/**
 * P chart for proportions: centre line p̄ = Σ numerators / Σ denominators of the
 * baseline, σᵢ = √(p̄(1 − p̄)/nᵢ), limits p̄ ± 3σᵢ clamped to [0, 1]
 * (Montgomery, *Introduction to Statistical Quality Control*, eq. 7.8 and §7.2.2;
 * Provost & Murray 2011, ch. 8). A subgroup with nᵢ = 0 has no limits.
 */
export function pChart(context: PhaseContext): SigmaModel {
  const center = proportionCenter(context);
  return { cl: center, spread: center * (1 - center), factor: 1 };
}

/** p̄ (or ū) of the baseline, or the known centre line. @internal */
export function proportionCenter(context: PhaseContext): number {
  const { start, end, base } = context;
  return context.knownCenter ?? basePooledRatio(context.groups.ySum, context.groups.nSum as Float64Array, base, start, Math.min(end, context.baseEnd ?? end));
}

/** A finite negative lower limit becomes 0 (counts, rates and proportions cannot be negative). @internal */
export function atLeastZero(limit: number): number {
  return limit < 0 && Number.isFinite(limit) ? 0 : limit;
}

/** A finite upper limit above 1 becomes 1 (proportions). @internal */
export function atMostOne(limit: number): number {
  return limit > 1 && Number.isFinite(limit) ? 1 : limit;
}
