import { averageMovingRange, d2 } from "../limits/averageMovingRange.ts";
import { Sum } from "../stats/sum.ts";
import type { PhaseContext } from "./phaseContext.ts";

/**
 * Laney's σ_z, the between-subgroup variation of a P′ or U′ chart (Laney 2002,
 * "Improved control charts for attributes", Quality Engineering 14:531–537):
 * the z-scores zᵢ = (yᵢ − centre)/σᵢ of the baseline are charted as
 * individuals, σ_z = MR̄(z) / 1.128 (screened like an I chart). With categorical
 * x the z-scores have no order, and σ_z is their standard deviation instead.
 *
 * @param sigmaOf - the within-subgroup σᵢ of the P or U chart
 * @internal
 */
export function laneySigmaZ(context: PhaseContext, center: number, sigmaOf: (i: number) => number): number {
  const { start, end, base, statistic } = context;
  const z = new Float64Array(end - start + 1);
  let length = 0;
  for (let i = start; i <= end; i++) {
    if (base[i] === 1) z[length++] = ((statistic[i] as number) - center) / sigmaOf(i);
  }
  if (!context.categorical) return averageMovingRange(z, null, 0, length - 1, context.screenMovingRanges) / d2;
  const sum = new Sum();
  for (let k = 0; k < length; k++) if (Number.isFinite(z[k])) sum.add(z[k] as number);
  const mean = sum.mean();
  const squares = new Sum();
  for (let k = 0; k < length; k++) if (Number.isFinite(z[k])) squares.add(((z[k] as number) - mean) ** 2);
  return Math.sqrt(squares.value() / (squares.count - 1));
}
