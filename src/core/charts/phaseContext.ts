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
 * The lines of one phase of a chart whose lines are constant within a phase,
 * on the raw scale; NaN where a line is left out.
 * @internal
 */
export interface PhaseLines {
  readonly cl: number;
  readonly lcl: number;
  readonly ucl: number;
  readonly lcl95: number;
  readonly ucl95: number;
}

/**
 * What a chart module needs to compute one phase: subgroups `start…end`, the
 * points limits come from, and the plotted statistic, which a module may write
 * (e.g. moving ranges).
 * @internal
 */
export interface PhaseContext {
  readonly start: number;
  /** Last subgroup of the phase, inclusive. */
  readonly end: number;
  /** 1 where the subgroup is in the baseline and not excluded: the points limits come from. */
  readonly base: Uint8Array;
  /** Every subgroup of the phase is in `base` (no freeze, no exclusions): loops may skip the test. */
  readonly wholeBase?: boolean;
  /** The phase's last subgroup that can be in `base` (a frozen baseline's end; `end` when absent): loops over the baseline may stop there. */
  readonly baseEnd?: number;
  /** The plotted statistic per subgroup, NaN for missing (raw scale). */
  readonly statistic: Float64Array;
  readonly groups: Subgroups;
  /** A known centre line (raw scale), or undefined. */
  readonly knownCenter: number | undefined;
  readonly screenMovingRanges: boolean;
  /** x is categorical (no order): Laney's σ_z is then the standard deviation of the z-scores. */
  readonly categorical: boolean;
}

/** The context of a chart whose lines vary from point to point: the module writes subgroups `start…end` of `lines`. @internal */
export interface PointContext extends PhaseContext {
  readonly lines: Lines;
}

/**
 * The lines of one phase of a chart whose limits are cl ± kσᵢ with σᵢ = factor × √(spread / nᵢ) for the
 * subgroup's denominator nᵢ (raw scale). @internal
 */
export interface SigmaModel {
  readonly cl: number;
  readonly spread: number;
  readonly factor: number;
}

/**
 * A chart module whose centre line is constant within a phase and whose limits are cl ± 3σᵢ and cl ± 2σᵢ
 * with σᵢ varying with the subgroup size (P, U, P′, U′, I′): returns the phase's model of σᵢ. The limit
 * columns are written from it in one pass with the 3-sigma test and the phase means (computeChart).
 * @internal
 */
export type SigmaChartModule = (context: PhaseContext) => SigmaModel;

/** A chart module whose lines are constant within a phase: returns them (the result's columns are filled from them only when read). @internal */
export type ConstantChartModule = (context: PhaseContext) => PhaseLines;

/** A chart module whose lines vary with the subgroup size: writes them point by point. @internal */
export type PointChartModule = (context: PointContext) => void;

/** cl ± 3σ and cl ± 2σ. @internal */
export function constantLimits(center: number, sigma: number): PhaseLines {
  return { cl: center, lcl: center - 3 * sigma, ucl: center + 3 * sigma, lcl95: center - 2 * sigma, ucl95: center + 2 * sigma };
}
