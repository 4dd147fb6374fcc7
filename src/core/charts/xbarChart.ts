import { Sum } from "../stats/sum.ts";
import { a3 } from "../stats/controlConstants.ts";
import { pooledStandardDeviation } from "./pooledStandardDeviation.ts";
import type { PointContext } from "./phaseContext.ts";

/**
 * Xbar chart: centre line the grand mean Σnᵢx̄ᵢ / Σnᵢ of the baseline
 * (Montgomery eq. 6.30), limits x̄̄ ± A3(nᵢ)·s̄ with A3 = 3 / (c4(n)√n) per
 * subgroup size (Montgomery eqs. 6.28 and 6.32), and s̄ as in
 * `pooledStandardDeviation`. Subgroups of one value have no limits.
 */
export function xbarChart(context: PointContext): void {
  const { start, end, base, lines } = context;
  const count = context.groups.count();
  const mean = context.groups.yMean as Float64Array;
  let center = context.knownCenter;
  if (center === undefined) {
    const weighted = new Sum();
    const size = new Sum();
    for (let i = start; i <= end; i++) {
      const m = mean[i] as number;
      if (base[i] === 1 && m === m) {
        weighted.add((count[i] as number) * m);
        size.add(count[i] as number);
      }
    }
    center = weighted.value() / size.value();
  }
  const sbar = pooledStandardDeviation(context);
  // A3 depends only on the subgroup size: computed once per size (log-gamma is costly).
  const factors = new Map<number, readonly [number, number]>();
  for (let i = start; i <= end; i++) {
    const n = count[i] as number;
    let f = factors.get(n);
    if (f === undefined) factors.set(n, (f = [a3(n, 3), a3(n, 2)]));
    const wide = f[0] * sbar;
    const narrow = f[1] * sbar;
    lines.cl[i] = center;
    lines.lcl[i] = center - wide;
    lines.ucl[i] = center + wide;
    lines.lcl95[i] = center - narrow;
    lines.ucl95[i] = center + narrow;
  }
}
