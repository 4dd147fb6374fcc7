import { once } from "../internal/once.ts";
import { formatDate } from "../prepare/floorToPeriod.ts";
import type { ChartColumns } from "./chartColumns.ts";
import type {
  ChartPointJSON,
  ChartResultJSON,
  Assessment,
  AutoBreak,
  ChartType,
  Improvement,
  PhaseDirection,
  Period,
  PhaseSummary,
  RuleSet,
  RuleSetName,
  Signal,
  SpcWarning,
  XType,
} from "../types.ts";

/** The columns and facts a {@link ChartResult} is built from. @internal */
export interface ChartResultParts {
  readonly chart: ChartType;
  readonly rules: RuleSetName | "custom";
  readonly ruleSet: RuleSet;
  readonly multiply: number;
  readonly xType: XType;
  readonly period: Period | null;
  readonly target: number | null;
  readonly improvement: Improvement | null;
  readonly keys: Float64Array | null;
  readonly labels: readonly string[] | null;
  readonly value: Float64Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array | null;
  readonly count: Uint32Array | (() => Uint32Array);
  readonly cl: Float64Array;
  /** Limit columns, or what fills them when first read (lines constant within each phase). */
  readonly lcl: Float64Array | (() => Float64Array);
  readonly ucl: Float64Array | (() => Float64Array);
  readonly lcl95: Float64Array | (() => Float64Array);
  readonly ucl95: Float64Array | (() => Float64Array);
  readonly phase: Uint32Array | (() => Uint32Array);
  readonly baseline: Uint8Array;
  readonly included: Uint8Array;
  readonly sigmaSignal: Uint8Array;
  readonly runsSignal: Uint8Array;
  readonly shift: Uint8Array;
  readonly trend: Uint8Array;
  readonly astronomical: Uint8Array;
  readonly direction: Uint8Array | null;
  readonly phases: readonly PhaseSummary[];
  readonly signals: readonly Signal[];
  readonly assessment: Assessment;
  readonly autoBreaks: readonly AutoBreak[];
  readonly warnings: readonly SpcWarning[];
}

/** Reads a result's own x keys ({@link keysOf}); set by the class. */
let readKeys: (result: ChartResult) => Float64Array | null;

/**
 * The analysis of one series: columns backed by typed arrays (one entry per
 * subgroup, ordered by x, NaN where there is no value) for code that handles
 * millions of points, and `toJSON()` for everything else (DESIGN.md §3).
 * Values, centre lines and limits are on the plotted scale (after `multiply`).
 * Treat the columns as read-only: they may share storage (a run chart's four
 * limit columns are one array of NaN). Columns that follow from others — the
 * limits of charts whose lines are constant within a phase (run, I, MR, T, C,
 * G), the 2-sigma lines of P, U, P′, U′ and I′ charts, `phase`, and `count`
 * where each row is its own subgroup — are filled when
 * first read, so an analysis that is only summarised never spends time or
 * memory on them.
 *
 * @example
 * const result = analyze({ chart: "i", y: [1, 2, 3, 4, 5] });
 * result.cl[0]; // => 3
 * result.toJSON().points[0].ucl; // => 5.659574468085107 (3 + 3 / 1.128)
 */
export class ChartResult {
  static {
    readKeys = (result) => result.#keys;
  }

  readonly chart: ChartType;
  /** The rule set's name, or `"custom"` for a rule-set object. */
  readonly rules: RuleSetName | "custom";
  /** The rules that were applied. */
  readonly ruleSet: RuleSet;
  readonly multiply: number;
  readonly xType: XType;
  readonly period: Period | null;
  readonly target: number | null;
  readonly improvement: Improvement | null;
  /** Number of subgroups. */
  readonly length: number;
  /** Plotted value per subgroup (NaN for a gap). */
  readonly value: Float64Array;
  /** Σy of the subgroup's complete rows (NaN when none). */
  readonly numerator: Float64Array;
  /** Σn of the subgroup's complete rows (0 where it has none: a gap, whose denominator `toJSON()` gives as null); null without denominators. */
  readonly denominator: Float64Array | null;
  readonly cl: Float64Array;
  /** 1 where the subgroup belongs to its phase's baseline. */
  readonly baseline: Uint8Array;
  /** 0 where the subgroup was excluded from centre line, limits and runs analysis. */
  readonly included: Uint8Array;
  readonly sigmaSignal: Uint8Array;
  readonly runsSignal: Uint8Array;
  readonly shift: Uint8Array;
  readonly trend: Uint8Array;
  readonly astronomical: Uint8Array;
  readonly phases: readonly PhaseSummary[];
  readonly signals: readonly Signal[];
  /** Has the last phase changed, which way, and can it meet the target. */
  readonly assessment: Assessment;
  /** Phases started automatically (`autoPhase`). */
  readonly autoBreaks: readonly AutoBreak[];
  readonly warnings: readonly SpcWarning[];
  readonly #count: () => Uint32Array;
  readonly #lcl: () => Float64Array;
  readonly #ucl: () => Float64Array;
  readonly #lcl95: () => Float64Array;
  readonly #ucl95: () => Float64Array;
  readonly #phase: () => Uint32Array;
  readonly #direction: Uint8Array | null;
  readonly #keys: Float64Array | null;
  readonly #labels: readonly string[] | null;

  /** @internal Results are made by `analyze`. */
  constructor(parts: ChartResultParts) {
    this.chart = parts.chart;
    this.rules = parts.rules;
    this.ruleSet = parts.ruleSet;
    this.multiply = parts.multiply;
    this.xType = parts.xType;
    this.period = parts.period;
    this.target = parts.target;
    this.improvement = parts.improvement;
    this.length = parts.value.length;
    this.value = parts.value;
    this.numerator = parts.numerator;
    this.denominator = parts.denominator;
    this.#count = lazy(parts.count);
    this.cl = parts.cl;
    this.#lcl = lazy(parts.lcl);
    this.#ucl = lazy(parts.ucl);
    this.#lcl95 = lazy(parts.lcl95);
    this.#ucl95 = lazy(parts.ucl95);
    this.#phase = lazy(parts.phase);
    this.baseline = parts.baseline;
    this.included = parts.included;
    this.sigmaSignal = parts.sigmaSignal;
    this.runsSignal = parts.runsSignal;
    this.shift = parts.shift;
    this.trend = parts.trend;
    this.astronomical = parts.astronomical;
    this.phases = parts.phases;
    this.signals = parts.signals;
    this.assessment = parts.assessment;
    this.autoBreaks = parts.autoBreaks;
    this.warnings = parts.warnings;
    this.#direction = parts.direction;
    this.#keys = parts.keys;
    this.#labels = parts.labels;
  }

  /** Complete rows in the subgroup. */
  get count(): Uint32Array {
    return this.#count();
  }

  /** Lower 3-sigma limit per subgroup (NaN where there is none). */
  get lcl(): Float64Array {
    return this.#lcl();
  }

  /** Upper 3-sigma limit per subgroup (NaN where there is none). */
  get ucl(): Float64Array {
    return this.#ucl();
  }

  /** Lower 2-sigma line per subgroup (NaN where there is none). */
  get lcl95(): Float64Array {
    return this.#lcl95();
  }

  /** Upper 2-sigma line per subgroup (NaN where there is none). */
  get ucl95(): Float64Array {
    return this.#ucl95();
  }

  /** Phase of each subgroup (0-based). */
  get phase(): Uint32Array {
    return this.#phase();
  }

  /**
   * The x of subgroup i as a chart axis shows it: 1-based position without x,
   * the number, the date as `YYYY-MM-DD` (the period start with `period`), or the category.
   */
  xAt(i: number): number | string {
    switch (this.xType) {
      case "index":
        return i + 1;
      case "number":
        return this.#keys?.[i] as number;
      case "date":
        return formatDate(this.#keys?.[i] as number);
      case "category":
        return this.#labels?.[i] as string;
    }
  }

  /** The combined meaning of the signals subgroup i is part of; `null` without any, or without `improvement`. */
  directionAt(i: number): PhaseDirection | null {
    const bits = this.#direction?.[i] ?? 0;
    if ((bits & 3) === 3) return "mixed";
    if ((bits & 1) === 1) return "improvement";
    if ((bits & 2) === 2) return "deterioration";
    return bits === 4 ? "neutral" : null;
  }

  /**
   * The result as columns (DESIGN.md §3): every per-point field of `toJSON()` as a typed array
   * of its own (copies: transferring them to a worker leaves this result intact), x as numbers
   * (`xValuesOf` gives the x values of `toJSON()`), and the tables of `toJSON()`.
   */
  toColumns(): ChartColumns {
    const length = this.length;
    const x = new Float64Array(length);
    if (this.xType === "number" || this.xType === "date") x.set(this.#keys as Float64Array);
    else for (let i = 0; i < length; i++) x[i] = i + 1;
    const direction = new Uint8Array(length);
    const bits = this.#direction;
    // Bits 1 improvement, 2 deterioration, 4 neutral → codes 1, 2, 3 (mixed), 4 (neutral only): see directionAt.
    if (bits !== null) for (let i = 0; i < length; i++) direction[i] = ((bits[i] as number) & 3) || ((bits[i] as number) & 4);
    return {
      chart: this.chart,
      rules: this.rules,
      ruleSet: this.ruleSet,
      multiply: this.multiply,
      xType: this.xType,
      period: this.period,
      target: this.target,
      improvement: this.improvement,
      length,
      x,
      labels: this.xType === "category" ? [...(this.#labels as readonly string[])] : null,
      value: this.value.slice(),
      numerator: this.numerator.slice(),
      denominator: this.denominator === null ? null : gapsAsNaN(this.denominator, this.count),
      count: this.count.slice(),
      cl: this.cl.slice(),
      lcl: this.lcl.slice(),
      ucl: this.ucl.slice(),
      lcl95: this.lcl95.slice(),
      ucl95: this.ucl95.slice(),
      phase: this.phase.slice(),
      baseline: this.baseline.slice(),
      included: this.included.slice(),
      sigmaSignal: this.sigmaSignal.slice(),
      runsSignal: this.runsSignal.slice(),
      shift: this.shift.slice(),
      trend: this.trend.slice(),
      astronomical: this.astronomical.slice(),
      direction,
      phases: this.phases,
      signals: this.signals,
      assessment: this.assessment,
      autoBreaks: this.autoBreaks,
      warnings: this.warnings,
    };
  }

  /** The JSON of DESIGN.md §3 (what the CLI prints); `null` wherever there is no number. */
  toJSON(): ChartResultJSON {
    const points: ChartPointJSON[] = new Array(this.length);
    const { count, lcl, ucl, lcl95, ucl95, phase } = this;
    for (let i = 0; i < this.length; i++) {
      points[i] = {
        x: this.xAt(i),
        value: orNull(this.value[i] as number),
        numerator: orNull(this.numerator[i] as number),
        // A subgroup without a complete row is a gap: its Σn over no rows is no denominator, as its Σy is no numerator.
        denominator: this.denominator === null || count[i] === 0 ? null : orNull(this.denominator[i] as number),
        count: count[i] as number,
        cl: orNull(this.cl[i] as number),
        lcl: orNull(lcl[i] as number),
        ucl: orNull(ucl[i] as number),
        lcl95: orNull(lcl95[i] as number),
        ucl95: orNull(ucl95[i] as number),
        phase: phase[i] as number,
        baseline: this.baseline[i] === 1,
        included: this.included[i] === 1,
        sigmaSignal: this.sigmaSignal[i] === 1,
        runsSignal: this.runsSignal[i] === 1,
        shift: this.shift[i] === 1,
        trend: this.trend[i] === 1,
        astronomical: this.astronomical[i] === 1,
        direction: this.directionAt(i),
      };
    }
    return {
      chart: this.chart,
      rules: this.rules,
      ruleSet: this.ruleSet,
      multiply: this.multiply,
      points,
      phases: this.phases,
      signals: this.signals,
      xType: this.xType,
      period: this.period,
      target: this.target,
      improvement: this.improvement,
      assessment: this.assessment,
      autoBreaks: this.autoBreaks,
      warnings: this.warnings,
    };
  }
}

/**
 * The x of each subgroup as a number (the number, or the date's time for dates; null for
 * index and category axes), the result's own column and not a copy: for readers in this
 * package that only read it (the renderer), so that drawing copies nothing. @internal
 */
export function keysOf(result: ChartResult): Float64Array | null {
  return readKeys(result);
}

/** A column, or the maker of one, as a function that makes it at most once. */
function lazy<T>(column: T | (() => T)): () => T {
  return typeof column === "function" ? once(column as () => T) : () => column;
}

/** A finite number, or null. @internal */
export function orNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** A copy of the denominators with NaN where the subgroup has no complete row (a gap), as `toJSON()` gives null there. */
function gapsAsNaN(denominator: Float64Array, count: ArrayLike<number>): Float64Array {
  const out = denominator.slice();
  for (let i = 0; i < out.length; i++) if (count[i] === 0) out[i] = Number.NaN;
  return out;
}
