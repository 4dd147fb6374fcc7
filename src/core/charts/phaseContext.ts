import type { Subgroups } from "../prepare/subgroups.ts";

/** The lines a chart draws, one value per subgroup on the raw (unmultiplied) scale; NaN where none. */
export interface Lines {
  readonly cl: Float64Array;
  readonly lcl: Float64Array;
  readonly ucl: Float64Array;
  readonly lcl95: Float64Array;
  readonly ucl95: Float64Array;
}

/**
 * What a chart module needs to compute one phase. The module writes the
 * centre line and limits of subgroups `start…end` into `lines`, and may write
 * its plotted statistic into `statistic` (e.g. moving ranges).
 * @internal
 */
export interface PhaseContext {
  readonly start: number;
  /** Last subgroup of the phase, inclusive. */
  readonly end: number;
  /** 1 where the subgroup is in the baseline and not excluded: the points limits come from. */
  readonly base: Uint8Array;
  /** The plotted statistic per subgroup, NaN for missing (raw scale). */
  readonly statistic: Float64Array;
  readonly groups: Subgroups;
  readonly lines: Lines;
  /** A known centre line (raw scale), or undefined. */
  readonly knownCenter: number | undefined;
  readonly screenMovingRanges: boolean;
  /** x is categorical (no order): Laney's σ_z is then the standard deviation of the z-scores. */
  readonly categorical: boolean;
}

/** A chart module: computes one phase. @internal */
export type ChartModule = (context: PhaseContext) => void;

/** Writes cl ± 3σ and cl ± 2σ with constant σ over the phase. @internal */
export function fillConstantLimits(context: PhaseContext, center: number, sigma: number): void {
  const { lines, start, end } = context;
  lines.cl.fill(center, start, end + 1);
  lines.lcl.fill(center - 3 * sigma, start, end + 1);
  lines.ucl.fill(center + 3 * sigma, start, end + 1);
  lines.lcl95.fill(center - 2 * sigma, start, end + 1);
  lines.ucl95.fill(center + 2 * sigma, start, end + 1);
}
