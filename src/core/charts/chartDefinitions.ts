import type { ChartType } from "../types.ts";
import { cChart } from "./cChart.ts";
import { gChart } from "./gChart.ts";
import { iChart } from "./iChart.ts";
import { ipChart } from "./ipChart.ts";
import { mrChart } from "./mrChart.ts";
import type { ChartModule } from "./phaseContext.ts";
import { pChart } from "./pChart.ts";
import { ppChart } from "./ppChart.ts";
import { runChart } from "./runChart.ts";
import { sChart } from "./sChart.ts";
import { tChart } from "./tChart.ts";
import { uChart } from "./uChart.ts";
import { upChart } from "./upChart.ts";
import { xbarChart } from "./xbarChart.ts";

/** What y must be for a chart: any finite number, a count (integer ≥ 0), ≥ 0, or > 0. @internal */
export type ValueKind = "any" | "count" | "nonNegative" | "positive";

/** How a chart type is computed and what input it accepts. @internal */
export interface ChartDefinition {
  readonly compute: ChartModule;
  /** Which subgroup column is plotted: the aggregated value, the sum (counts) or the standard deviation. */
  readonly statistic: "value" | "ySum" | "ySd";
  readonly denominator: "required" | "optional" | "forbidden";
  readonly y: ValueKind;
  /** What the denominators must be (counts for proportions, ≥ 0 for exposure). */
  readonly n: ValueKind;
  /** The numerator may not exceed the denominator (proportions). */
  readonly proportion: boolean;
  /** Needs the mean and standard deviation of each subgroup. */
  readonly moments: boolean;
  /** Control limits are drawn (every chart but the run chart). */
  readonly limits: boolean;
  /** The runs analysis is reported as a signal (not for MR charts, whose points are not independent). */
  readonly runs: boolean;
  /** Centre line and limits are constant within a phase (they do not vary with subgroup size). */
  readonly constantLines: boolean;
  /** The chart module writes its plotted statistic (moving ranges, back-transformed values), so it works on a copy. */
  readonly writesStatistic: boolean;
}

const base = { denominator: "optional", y: "any", n: "nonNegative", proportion: false, moments: false, limits: true, runs: true, constantLines: true, writesStatistic: false } as const;

/** Every chart type's definition. @internal */
export const chartDefinitions: Readonly<Record<ChartType, ChartDefinition>> = {
  run: { ...base, compute: runChart, statistic: "value", limits: false },
  i: { ...base, compute: iChart, statistic: "value" },
  mr: { ...base, writesStatistic: true, compute: mrChart, statistic: "value", runs: false },
  xbar: { ...base, constantLines: false, compute: xbarChart, statistic: "value", denominator: "forbidden", moments: true },
  s: { ...base, constantLines: false, compute: sChart, statistic: "ySd", denominator: "forbidden", moments: true },
  t: { ...base, writesStatistic: true, compute: tChart, statistic: "value", denominator: "forbidden", y: "positive" },
  p: { ...base, constantLines: false, compute: pChart, statistic: "value", denominator: "required", y: "count", n: "count", proportion: true },
  pp: { ...base, constantLines: false, compute: ppChart, statistic: "value", denominator: "required", y: "count", n: "count", proportion: true },
  c: { ...base, compute: cChart, statistic: "ySum", denominator: "forbidden", y: "count" },
  u: { ...base, constantLines: false, compute: uChart, statistic: "value", denominator: "required", y: "count" },
  up: { ...base, constantLines: false, compute: upChart, statistic: "value", denominator: "required", y: "count" },
  g: { ...base, compute: gChart, statistic: "value", denominator: "forbidden", y: "nonNegative" },
  ip: { ...base, constantLines: false, compute: ipChart, statistic: "value" },
};
