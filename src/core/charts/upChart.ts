import { laneySigmaZ } from "./laneySigmaZ.ts";
import { proportionCenter } from "./pChart.ts";
import type { PointContext } from "./phaseContext.ts";
import { writeRateLimits } from "./uChart.ts";

/**
 * Laney's U′ chart: the U chart's σᵢ = √(ū/nᵢ) widened by σ_z (Laney 2002);
 * limits ū ± 3σᵢσ_z, the lower limit at least 0.
 */
export function upChart(context: PointContext): void {
  const center = proportionCenter(context);
  const n = context.groups.nSum as Float64Array;
  const sigmaOf = (i: number): number => Math.sqrt(center / (n[i] as number));
  const sigmaZ = laneySigmaZ(context, center, sigmaOf);
  writeRateLimits(context, center, (i) => sigmaOf(i) * sigmaZ);
}
