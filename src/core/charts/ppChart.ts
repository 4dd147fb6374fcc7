import { laneySigmaZ } from "./laneySigmaZ.ts";
import { proportionCenter } from "./pChart.ts";
import type { PhaseContext, SigmaModel } from "./phaseContext.ts";

/**
 * Laney's P′ chart: the P chart's σᵢ = √(p̄(1 − p̄)/nᵢ) widened by σ_z, the
 * between-subgroup variation of the z-scores (Laney 2002); limits p̄ ± 3σᵢσ_z
 * clamped to [0, 1]. For large denominators, where the P chart's limits are too
 * narrow (overdispersion).
 */
export function ppChart(context: PhaseContext): SigmaModel {
  const center = proportionCenter(context);
  const n = context.groups.nSum as Float64Array;
  const spread = center * (1 - center);
  const sigmaZ = laneySigmaZ(context, center, (i) => Math.sqrt(spread / (n[i] as number)));
  return { cl: center, spread, factor: sigmaZ };
}
