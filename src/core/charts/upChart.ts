import { laneySigmaZ } from "./laneySigmaZ.ts";
import { proportionCenter } from "./pChart.ts";
import type { SigmaContext } from "./phaseContext.ts";

/**
 * Laney's U′ chart: the U chart's σᵢ = √(ū/nᵢ) widened by σ_z (Laney 2002);
 * limits ū ± 3σᵢσ_z, the lower limit at least 0.
 */
export function upChart(context: SigmaContext): number {
  const center = proportionCenter(context);
  const { start, end, sigma } = context;
  const n = context.groups.nSum as Float64Array;
  const sigmaOf = (i: number): number => Math.sqrt(center / (n[i] as number));
  const sigmaZ = laneySigmaZ(context, center, sigmaOf);
  for (let i = start; i <= end; i++) sigma[i] = sigmaOf(i) * sigmaZ;
  return center;
}
