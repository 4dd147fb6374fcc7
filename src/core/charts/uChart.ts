import { proportionCenter } from "./pChart.ts";
import type { SigmaContext } from "./phaseContext.ts";

/**
 * U chart for rates: centre line ū = Σ counts / Σ exposure of the baseline,
 * σᵢ = √(ū/nᵢ), limits ū ± 3σᵢ with the lower limit at least 0 (Montgomery,
 * eq. 7.19 and §7.3.1; Provost & Murray 2011, ch. 8).
 */
export function uChart(context: SigmaContext): number {
  const center = proportionCenter(context);
  const { start, end, sigma } = context;
  const n = context.groups.nSum as Float64Array;
  for (let i = start; i <= end; i++) sigma[i] = Math.sqrt(center / (n[i] as number));
  return center;
}
