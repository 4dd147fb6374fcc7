import { atLeastZero, proportionCenter } from "./pChart.ts";
import type { PointContext } from "./phaseContext.ts";

/**
 * U chart for rates: centre line ū = Σ counts / Σ exposure of the baseline,
 * σᵢ = √(ū/nᵢ), limits ū ± 3σᵢ with the lower limit at least 0 (Montgomery,
 * eq. 7.19 and §7.3.1; Provost & Murray 2011, ch. 8).
 */
export function uChart(context: PointContext): void {
  const center = proportionCenter(context);
  const n = context.groups.nSum as Float64Array;
  writeRateLimits(context, center, (i) => Math.sqrt(center / (n[i] as number)));
}

/** Writes ū ± 3σᵢ and ± 2σᵢ over the phase, lower limits at least 0. @internal */
export function writeRateLimits(context: PointContext, center: number, sigmaOf: (i: number) => number): void {
  const { start, end, lines } = context;
  for (let i = start; i <= end; i++) {
    const sigma = sigmaOf(i);
    lines.lcl[i] = atLeastZero(center - 3 * sigma);
    lines.lcl95[i] = atLeastZero(center - 2 * sigma);
    lines.ucl[i] = center + 3 * sigma;
    lines.ucl95[i] = center + 2 * sigma;
  }
  lines.cl.fill(center, start, end + 1);
}
