import { ChartResult, keysOf } from "../core/result/chartResult.ts";
import type { ChartPointJSON, ChartResultJSON, PhaseDirection, SignalRule } from "../core/types.ts";
import { xAreYears, type NumberStyle } from "./format.ts";
import type { NormalizedOptions } from "./options.ts";
import type { Theme } from "./palette.ts";
import { isoDayTime } from "./isoDayTime.ts";
import { validateResult } from "./validateResult.ts";

/** How a point is drawn: an ordinary point, part of a pattern signal, or outside the limits. @internal */
export type PointKind = "plain" | "pattern" | "sigma";

/** The kinds by their codes in {@link ChartModel.kind}. @internal */
export const pointKinds: readonly PointKind[] = ["plain", "pattern", "sigma"];

/** A result's JSON without its points: the chart's fields and its tables (phases, signals, assessment, warnings). @internal */
export type ResultMeta = Omit<ChartResultJSON, "points">;

/**
 * What the marks draw from: the result's fields and tables, its per-point
 * fields as columns (NaN where the JSON has null), and how each point looks.
 * @internal
 */
export interface ChartModel {
  readonly json: ResultMeta;
  readonly length: number;
  /** Position keys along x: the number, the date's time, or the index (for index and categories). */
  readonly keys: ArrayLike<number>;
  /** The x of point i as the JSON gives it (number, `YYYY-MM-DD` date, category or 1-based position). */
  readonly xOf: (i: number) => number | string;
  readonly value: ArrayLike<number>;
  readonly numerator: ArrayLike<number>;
  /** null without denominators (NaN for a point without one). */
  readonly denominator: ArrayLike<number> | null;
  /** Complete rows in each subgroup. */
  readonly count: ArrayLike<number>;
  readonly cl: ArrayLike<number>;
  readonly lcl: ArrayLike<number>;
  readonly ucl: ArrayLike<number>;
  readonly lcl95: ArrayLike<number>;
  readonly ucl95: ArrayLike<number>;
  /** 1 where the point is part of its phase's analysis, 0 where it was excluded. */
  readonly included: ArrayLike<number>;
  /** Each point's kind as its code in {@link pointKinds} (0 plain, 1 pattern, 2 sigma): one byte a point. */
  readonly kind: Uint8Array;
  /** The colour point i is drawn in: the data's for a plain point, its signal's direction's for the others. */
  readonly colorAt: (i: number) => string;
  readonly target: number | null;
  readonly style: NumberStyle;
  /** The number x are years, printed without grouping ({@link xAreYears}): decided once for the series. */
  readonly xYears: boolean;
}

/** Rules whose points are marked one by one; the others (crossings, runs test, hugging) mark the centre line. */
const pointRules: ReadonlySet<SignalRule> = new Set(["longestRun", "shift", "trend", "astronomical", "twoOfThree"]);

/** The colour of a signal by its direction. @internal */
export function directionColor(direction: PhaseDirection | null, theme: Theme): string {
  if (direction === "improvement") return theme.improvement;
  if (direction === "deterioration") return theme.deterioration;
  return theme.signal;
}

/**
 * The per-point columns the model reads, named as a `ChartResult` names them (so that a result is its own source):
 * the model's, and the flag its kinds are made from.
 */
type PointSource = Pick<ChartModel, "value" | "numerator" | "denominator" | "count" | "cl" | "lcl" | "ucl" | "lcl95" | "ucl95" | "included"> & {
  readonly sigmaSignal: ArrayLike<number>;
};

/** What the model is read from: the result's fields and tables, its x, its per-point columns and each point's direction. */
interface ReadInput {
  readonly meta: ResultMeta;
  readonly length: number;
  readonly keys: ArrayLike<number>;
  readonly xOf: (i: number) => number | string;
  readonly source: PointSource;
  readonly direction: (i: number) => PhaseDirection | null;
}

/**
 * A result made by `analyze` is read from its own typed arrays (no object per
 * point, nothing copied) and trusted as the core made it; anything else
 * goes through its JSON, checked field by field ({@link validateResult}).
 */
function readInput(input: ChartResult | ChartResultJSON, fn: string): ReadInput {
  if (input instanceof ChartResult) {
    // The result's own columns, read and never written: nothing copied (toColumns() copies every column).
    const { xType, length } = input;
    const own = keysOf(input);
    const keys = own !== null && (xType === "number" || xType === "date") ? own : Float64Array.from({ length }, (_, i) => i);
    const meta: ResultMeta = {
      chart: input.chart,
      rules: input.rules,
      ruleSet: input.ruleSet,
      multiply: input.multiply,
      phases: input.phases,
      signals: input.signals,
      xType,
      period: input.period,
      target: input.target,
      improvement: input.improvement,
      assessment: input.assessment,
      autoBreaks: input.autoBreaks,
      warnings: input.warnings,
    };
    // The result's own columns, read where the marks ask (its 2-sigma lines and counts are made only if they do).
    return { meta, length, keys, xOf: (i) => input.xAt(i), source: input, direction: (i) => input.directionAt(i) };
  }
  const json = validateResult(typeof input === "object" && input !== null && "toJSON" in input && typeof input.toJSON === "function" ? input.toJSON() : input, fn);
  const { points, ...meta } = json;
  const length = points.length;
  const column = (read: (p: ChartPointJSON) => number | null): Float64Array => {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = read(points[i] as ChartPointJSON) ?? Number.NaN;
    return out;
  };
  const source: PointSource = {
    value: column((p) => p.value),
    numerator: column((p) => p.numerator),
    denominator: points.some((p) => p.denominator !== null) ? column((p) => p.denominator) : null,
    count: Float64Array.from(points, (p) => p.count),
    cl: column((p) => p.cl),
    lcl: column((p) => p.lcl),
    ucl: column((p) => p.ucl),
    lcl95: column((p) => p.lcl95),
    ucl95: column((p) => p.ucl95),
    included: Uint8Array.from(points, (p) => (p.included ? 1 : 0)),
    sigmaSignal: Uint8Array.from(points, (p) => (p.sigmaSignal ? 1 : 0)),
  };
  return {
    meta,
    length,
    keys: Float64Array.from(points, (p, i) => (json.xType === "number" ? Number(p.x) : json.xType === "date" ? isoDayTime(p.x as string) : i)),
    xOf: (i) => (points[i] as ChartPointJSON).x,
    source,
    direction: (i) => (points[i] as ChartPointJSON).direction,
  };
}

/** Reads a result (or its JSON) into the columns the marks use. @internal */
export function buildModel(input: ChartResult | ChartResultJSON, options: NormalizedOptions, fn: string): ChartModel {
  const { meta, length, keys, xOf, source: columns, direction } = readInput(input, fn);
  // Each column read once from its source (a result's getters), not once per point.
  const { sigmaSignal, cl, value } = columns;
  const kind = new Uint8Array(length);
  for (let i = 0; i < length; i++) if (sigmaSignal[i] === 1) kind[i] = 2;
  for (const signal of meta.signals) {
    if (!pointRules.has(signal.rule)) continue;
    for (const i of signal.indices) if (kind[i] === 0) kind[i] = 1;
  }
  const { theme } = options;
  const colorAt = (i: number): string => (kind[i] === 0 ? theme.data : directionColor(direction(i), theme));
  const percent = options.percent ?? (meta.chart === "p" || meta.chart === "pp");
  // One number of decimals for every label of the chart, from the size of its centre line (or values).
  let scale = 0;
  for (let i = 0; i < length; i++) {
    const line = cl[i] as number;
    const v = Number.isFinite(line) ? line : (value[i] as number);
    const size = Number.isFinite(v) ? Math.abs(v) : 0;
    if (size > scale) scale = size;
  }
  const decimals = options.decimals ?? (percent ? 1 : decimalsFor(scale));
  return {
    json: meta,
    length,
    keys,
    xOf,
    value,
    numerator: columns.numerator,
    denominator: columns.denominator,
    get count() {
      return columns.count;
    },
    cl,
    lcl: columns.lcl,
    ucl: columns.ucl,
    get lcl95() {
      return columns.lcl95;
    },
    get ucl95() {
      return columns.ucl95;
    },
    included: columns.included,
    kind,
    colorAt,
    target: drawnTarget(options.target, meta),
    style: { locale: options.locale, percent, multiply: meta.multiply, decimals },
    xYears: xAreYears(keys, meta.xType),
  };
}

/**
 * The target as drawn: the option's as given; the result's, unless the analysis found it off a proportion chart's
 * scale (`assuranceReason` "off_scale": 85 on proportions 0–1, which its message explains) — drawn, it would stretch
 * the y axis to 85 and flatten the data against the bottom. @internal
 */
function drawnTarget(option: number | undefined, json: ResultMeta): number | null {
  if (option !== undefined) return option;
  const assessment: unknown = json.assessment;
  const offScale = typeof assessment === "object" && assessment !== null && (assessment as { assuranceReason?: unknown }).assuranceReason === "off_scale";
  return offScale ? null : json.target;
}

/** Decimals that show about three significant digits of a value of this size. @internal */
export function decimalsFor(magnitude: number): number {
  if (!(magnitude > 0)) return 0;
  if (magnitude >= 100) return 0;
  if (magnitude >= 10) return 1;
  if (magnitude >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(magnitude)));
}
