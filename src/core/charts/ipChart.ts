import { Sum } from "../stats/sum.ts";
import type { PhaseContext, SigmaModel } from "./phaseContext.ts";

/** Upper screening limit of the standardised moving differences, as a multiple of their mean. */
const screenFactor = 3.2665;

/**
 * I′ chart for rates and proportions with varying denominators: plots yᵢ/nᵢ
 * with centre line Σyᵢ/Σnᵢ of the baseline and limits that vary with nᵢ:
 * centre ± 3·s̄·√(1/nᵢ). s̄ estimates the unit-level σ from consecutive points:
 * for two independent means the difference has standard deviation
 * σ√(1/nᵢ + 1/nᵢ₊₁) and mean absolute value √(2/π) times that, so each pair
 * gives sᵢ = √(π/2)·|yᵢ₊₁ − yᵢ| / √(1/nᵢ + 1/nᵢ₊₁); s̄ is their mean, screened
 * at 3.2665 × the mean like moving ranges (Nelson 1982). Sigma uses every point
 * of the phase: freeze and exclude affect only the centre line (as in qicharts2's
 * `ip` chart). Without denominators, nᵢ is the number of rows of the subgroup.
 */
export function ipChart(context: PhaseContext): SigmaModel {
  const { start, end, statistic, base } = context;
  const n = context.groups.nSum ?? Float64Array.from(context.groups.count());
  let center = context.knownCenter;
  if (center === undefined) {
    const weighted = new Sum();
    const total = new Sum();
    for (let i = start; i <= end; i++) {
      if (base[i] !== 1) continue;
      const product = (statistic[i] as number) * (n[i] as number);
      if (product === product) weighted.add(product);
      total.add(n[i] as number);
    }
    center = weighted.value() / total.value();
  }
  const spread = (i: number): number =>
    (Math.sqrt(Math.PI / 2) * Math.abs((statistic[i + 1] as number) - (statistic[i] as number))) /
    Math.sqrt(1 / (n[i] as number) + 1 / (n[i + 1] as number));
  const all = new Sum();
  for (let i = start; i < end; i++) {
    const s = spread(i);
    if (s === s) all.add(s);
  }
  let average = all.mean();
  if (context.screenMovingRanges) {
    const limit = screenFactor * average;
    const kept = new Sum();
    for (let i = start; i < end; i++) {
      const s = spread(i);
      if (s < limit) kept.add(s);
    }
    average = kept.mean();
  }
  // σᵢ = s̄·√(1/nᵢ).
  return { cl: center, spread: 1, factor: average };
}
