import { Sum } from "../stats/sum.ts";
import type { PhaseContext } from "./phaseContext.ts";

/**
 * s̄ for Xbar and S charts over the baseline. With one subgroup size throughout
 * the phase it is the mean of the subgroup standard deviations (Montgomery eq.
 * 6.29 context); when sizes vary it is the pooled
 * √(Σ(nᵢ − 1)sᵢ² / Σ(nᵢ − 1)) (Montgomery eq. 6.31). Subgroups of fewer than two
 * values have no sᵢ and add no degrees of freedom.
 * @internal
 */
export function pooledStandardDeviation(context: PhaseContext): number {
  const { start, end, base } = context;
  const count = context.groups.count();
  const sd = context.groups.ySd as Float64Array;
  let varying = false;
  for (let i = start + 1; i <= end && !varying; i++) varying = count[i] !== count[start];
  if (!varying) {
    const sum = new Sum();
    for (let i = start; i <= end; i++) {
      const s = sd[i] as number;
      if (base[i] === 1 && s === s) sum.add(s);
    }
    return sum.mean();
  }
  const squares = new Sum();
  const freedom = new Sum();
  for (let i = start; i <= end; i++) {
    if (base[i] !== 1) continue;
    const s = sd[i] as number;
    const df = Math.max((count[i] as number) - 1, 0);
    if (s === s) squares.add(df * s * s);
    freedom.add(df);
  }
  return Math.sqrt(squares.value() / freedom.value());
}
