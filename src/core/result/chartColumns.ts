import type { Assessment, AutoBreak, ChartType, Improvement, Period, PhaseDirection, PhaseSummary, RuleSet, RuleSetName, Signal, SpcWarning, XType } from "../types.ts";

/**
 * A result as columns (`result.toColumns()`, DESIGN.md §3): every per-point
 * field of `toJSON().points` as a typed array of its own, and the tables
 * (`phases`, `signals`, `assessment`, `autoBreaks`, `warnings`) as in
 * `toJSON()`. Plain data without methods, so it can be posted to or from a Web
 * Worker; `transferablesOf(columns)` lists its buffers, so that posting moves
 * them instead of copying. `columnsToJSON(columns)` gives its compact JSON.
 *
 * Every typed array is a copy owned by the columns (no two share a buffer, and
 * none is shared with the result), so transferring them leaves the result
 * intact. The tables are the result's own (read-only) objects.
 */
export interface ChartColumns {
  readonly chart: ChartType;
  readonly rules: RuleSetName | "custom";
  readonly ruleSet: RuleSet;
  readonly multiply: number;
  readonly xType: XType;
  readonly period: Period | null;
  readonly target: number | null;
  readonly improvement: Improvement | null;
  /** Number of subgroups: the length of every column. */
  readonly length: number;
  /**
   * x of each subgroup as a number: the 1-based position (x `index`, and `category`, whose names are in
   * `labels`), the number (`number`), or the date as milliseconds since 1970-01-01 UTC, midnight of the
   * day or period start (`date`). `xValuesOf(columns)` gives the x values of `toJSON()`.
   */
  readonly x: Float64Array;
  /** The category of each subgroup (x `category`); null otherwise. */
  readonly labels: readonly string[] | null;
  /** Plotted value (NaN for a gap). */
  readonly value: Float64Array;
  readonly numerator: Float64Array;
  /** null without denominators. */
  readonly denominator: Float64Array | null;
  readonly count: Uint32Array;
  /** Lines per subgroup, NaN where there is none (`null` in `toJSON()`). */
  readonly cl: Float64Array;
  readonly lcl: Float64Array;
  readonly ucl: Float64Array;
  readonly lcl95: Float64Array;
  readonly ucl95: Float64Array;
  readonly phase: Uint32Array;
  /** Flags: 1 for true, 0 for false. */
  readonly baseline: Uint8Array;
  readonly included: Uint8Array;
  readonly sigmaSignal: Uint8Array;
  readonly runsSignal: Uint8Array;
  readonly shift: Uint8Array;
  readonly trend: Uint8Array;
  readonly astronomical: Uint8Array;
  /** The point's direction as a code: `columnDirections[code]` (0 null, 1 improvement, 2 deterioration, 3 mixed, 4 neutral). */
  readonly direction: Uint8Array;
  readonly phases: readonly PhaseSummary[];
  readonly signals: readonly Signal[];
  readonly assessment: Assessment;
  readonly autoBreaks: readonly AutoBreak[];
  readonly warnings: readonly SpcWarning[];
}

/** The meaning of each code of `ChartColumns.direction`: 0 none, 1 improvement, 2 deterioration, 3 mixed (1 | 2), 4 neutral. */
export const columnDirections: readonly (PhaseDirection | null)[] = [null, "improvement", "deterioration", "mixed", "neutral"];
