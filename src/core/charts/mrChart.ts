import { baseMean } from "../limits/baseStatistics.ts";
import { d4 } from "../limits/averageMovingRange.ts";
import type { PhaseContext, PhaseLines } from "./phaseContext.ts";

/**
 * MR (moving range) chart: plots |yᵢ − yᵢ₋₁| within the phase (the first
 * subgroup of a phase has none), centre line MR̄ over the baseline, UCL = D4·MR̄
 * = 3.267·MR̄ and LCL = 0 (Montgomery, eq. 6.34). The 2-sigma line is
 * (3.267 / 3)·2·MR̄ = 2.178·MR̄, as qicharts2 draws it.
 */
export function mrChart(context: PhaseContext): PhaseLines {
  const { start, end, statistic, base } = context;
  const values = context.groups.value;
  statistic[start] = Number.NaN;
  for (let i = start + 1; i <= end; i++) statistic[i] = Math.abs((values[i] as number) - (values[i - 1] as number));
  const center = context.knownCenter ?? baseMean(statistic, base, start, end);
  return { cl: center, ucl: d4 * center, ucl95: (d4 / 3) * 2 * center, lcl: 0, lcl95: 0 };
}
