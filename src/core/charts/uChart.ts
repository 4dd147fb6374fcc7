import { proportionCenter } from "./pChart.ts";
import type { PhaseContext, SigmaModel } from "./phaseContext.ts";

/**
 * U chart for rates: centre line ū = Σ counts / Σ exposure of the baseline,
 * σᵢ = √(ū/nᵢ), limits ū ± 3σᵢ with the lower limit at least 0 (Montgomery,
 * eq. 7.19 and §7.3.1; Provost & Murray 2011, ch. 8).
 */
export function uChart(context: PhaseContext): SigmaModel {
  const center = proportionCenter(context);
  return { cl: center, spread: center, factor: 1 };
}
