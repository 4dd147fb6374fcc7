import { laneySigmaZ } from "./laneySigmaZ.ts";
import { proportionCenter } from "./pChart.ts";
import type { SigmaContext } from "./phaseContext.ts";

/**
 * Laney's P′ chart: the P chart's σᵢ = √(p̄(1 − p̄)/nᵢ) widened by σ_z, the
 * between-subgroup variation of the z-scores (Laney 2002); limits p̄ ± 3σᵢσ_z
 * clamped to [0, 1]. For large denominators, where the P chart's limits are too
 * narrow (overdispersion).
 */
export function ppChart(context: SigmaContext): number {
  const center = proportionCenter(context);
  const { start, end, sigma } = context;
  const n = context.groups.nSum as Float64Array;
  const sigmaOf = (i: number): number => Math.sqrt((center * (1 - center)) / (n[i] as number));
  const sigmaZ = laneySigmaZ(context, center, sigmaOf);
  for (let i = start; i <= end; i++) sigma[i] = sigmaOf(i) * sigmaZ;
  return center;
}
