import { b3, b4 } from "../stats/controlConstants.ts";
import { pooledStandardDeviation } from "./pooledStandardDeviation.ts";
import type { PointContext } from "./phaseContext.ts";

/**
 * S chart: plots the subgroup standard deviation; centre line s̄ (see
 * `pooledStandardDeviation`), limits B3(nᵢ)·s̄ and B4(nᵢ)·s̄ per subgroup size
 * (Montgomery eqs. 6.27 and 6.31). Subgroups of one value have no limits.
 */
export function sChart(context: PointContext): void {
  const { start, end, lines } = context;
  const count = context.groups.count();
  const center = context.knownCenter ?? pooledStandardDeviation(context);
  // The constants depend only on the subgroup size: computed once per size (log-gamma is costly).
  const factors = new Map<number, readonly [number, number, number, number]>();
  for (let i = start; i <= end; i++) {
    const n = count[i] as number;
    let f = factors.get(n);
    if (f === undefined) factors.set(n, (f = [b3(n, 3), b4(n, 3), b3(n, 2), b4(n, 2)]));
    lines.cl[i] = center;
    lines.lcl[i] = f[0] * center;
    lines.ucl[i] = f[1] * center;
    lines.lcl95[i] = f[2] * center;
    lines.ucl95[i] = f[3] * center;
  }
}
