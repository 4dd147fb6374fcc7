import { laneySigmaZ } from "./laneySigmaZ.ts";
import { proportionCenter } from "./pChart.ts";
import type { PhaseContext, SigmaModel } from "./phaseContext.ts";

/**
 * Laney's U′ chart: the U chart's σᵢ = √(ū/nᵢ) widened by σ_z (Laney 2002);
 * limits ū ± 3σᵢσ_z, the lower limit at least 0.
 */
export function upChart(context: PhaseContext): SigmaModel {
  const center = proportionCenter(context);
  const n = context.groups.nSum as Float64Array;
  const sigmaZ = laneySigmaZ(context, center, (i) => Math.sqrt(center / (n[i] as number)));
  return { cl: center, spread: center, factor: sigmaZ };
}
