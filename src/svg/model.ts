import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartResultJSON, PhaseDirection, SignalRule } from "../core/types.ts";
import { xAreYears, type NumberStyle } from "./format.ts";
import type { NormalizedOptions } from "./options.ts";
import type { Theme } from "./palette.ts";
import { isoDayTime } from "./isoDayTime.ts";
import { validateResult } from "./validateResult.ts";

/** How a point is drawn: an ordinary point, part of a pattern signal, or outside the limits. @internal */
export type PointKind = "plain" | "pattern" | "sigma";

/** What the marks draw from: the result's JSON as columns, and how each point looks. @internal */
export interface ChartModel {
  readonly json: ChartResultJSON;
  readonly length: number;
  /** Position keys along x: the number, the date's time, or the index (for index and categories). */
  readonly keys: readonly number[];
  readonly value: readonly number[];
  readonly cl: readonly number[];
  readonly lcl: readonly number[];
  readonly ucl: readonly number[];
  readonly lcl95: readonly number[];
  readonly ucl95: readonly number[];
  readonly kind: readonly PointKind[];
  readonly color: readonly string[];
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

/** Reads a result (or its JSON) into the columns the marks use. @internal */
export function buildModel(input: ChartResult | ChartResultJSON, options: NormalizedOptions, fn: string): ChartModel {
  const json = validateResult(typeof input === "object" && input !== null && "toJSON" in input && typeof input.toJSON === "function" ? input.toJSON() : input, fn);
  const points = json.points;
  const length = points.length;
  const number = (v: number | null): number => (v === null ? Number.NaN : v);
  const keys = points.map((p, i) => (json.xType === "number" ? Number(p.x) : json.xType === "date" ? isoDayTime(p.x as string) : i));
  const kind: PointKind[] = points.map((p) => (p.sigmaSignal ? "sigma" : "plain"));
  for (const signal of json.signals) {
    if (!pointRules.has(signal.rule)) continue;
    for (const i of signal.indices) if (kind[i] === "plain") kind[i] = "pattern";
  }
  const color = points.map((p, i) => (kind[i] === "plain" ? options.theme.data : directionColor(p.direction, options.theme)));
  const percent = options.percent ?? (json.chart === "p" || json.chart === "pp");
  // One number of decimals for every label of the chart, from the size of its centre line (or values).
  let scale = 0;
  for (const p of points) scale = Math.max(scale, Math.abs(p.cl ?? p.value ?? 0));
  const decimals = options.decimals ?? (percent ? 1 : decimalsFor(scale));
  return {
    json,
    length,
    keys,
    value: points.map((p) => number(p.value)),
    cl: points.map((p) => number(p.cl)),
    lcl: points.map((p) => number(p.lcl)),
    ucl: points.map((p) => number(p.ucl)),
    lcl95: points.map((p) => number(p.lcl95)),
    ucl95: points.map((p) => number(p.ucl95)),
    kind,
    color,
    target: drawnTarget(options.target, json),
    style: { locale: options.locale, percent, multiply: json.multiply, decimals },
    xYears: xAreYears(points, json.xType),
  };
}

/**
 * The target as drawn: the option's as given; the result's, unless the analysis found it off a proportion chart's
 * scale (`assuranceReason` "off_scale": 85 on proportions 0–1, which its message explains) — drawn, it would stretch
 * the y axis to 85 and flatten the data against the bottom. @internal
 */
function drawnTarget(option: number | undefined, json: ChartResultJSON): number | null {
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
