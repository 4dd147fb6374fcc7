import type { ChartType } from "../types.ts";
import { cChart } from "./cChart.ts";
import { gChart } from "./gChart.ts";
import { iChart } from "./iChart.ts";
import { ipChart } from "./ipChart.ts";
import { mrChart } from "./mrChart.ts";
import type { ConstantChartModule, PointChartModule, SigmaChartModule } from "./phaseContext.ts";
import { pChart } from "./pChart.ts";
import { ppChart } from "./ppChart.ts";
import { runChart } from "./runChart.ts";
import { sChart } from "./sChart.ts";
import { tChart } from "./tChart.ts";
import { uChart } from "./uChart.ts";
import { upChart } from "./upChart.ts";
import { xbarChart } from "./xbarChart.ts";

/** What y (or n) must be for a chart: any finite number, a count (integer ≥ 0), ≥ 0, or > 0 (named by an error's `ExpectedPhrase`). */
export type ValueKind = "any" | "count" | "nonNegative" | "positive";

/** How a chart type is computed and what input it accepts. @internal */
export type ChartDefinition = ChartTraits &
  (
    | {
        /** Centre line and limits are constant within a phase (they do not vary with subgroup size). */
        readonly lines: "constant";
        readonly compute: ConstantChartModule;
      }
    | {
        /** Constant centre line, limits cl ± kσᵢ (σᵢ varies with the subgroup size): the module writes σᵢ. */
        readonly lines: "sigma";
        readonly compute: SigmaChartModule;
        /** Finite negative lower limits become 0 (counts, rates, proportions). */
        readonly lowerAtZero: boolean;
      }
    | { readonly lines: "point"; readonly compute: PointChartModule }
  );

/** What a chart plots and accepts. @internal */
export interface ChartTraits {
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
  /** The chart module writes its plotted statistic (moving ranges, back-transformed values), so it works on a copy. */
  readonly writesStatistic: boolean;
}

const base = { denominator: "optional", y: "any", n: "nonNegative", proportion: false, moments: false, limits: true, runs: true, writesStatistic: false } as const;
const constant = { ...base, lines: "constant" } as const;
const sigmaLines = { ...base, lines: "sigma", lowerAtZero: true } as const;
const pointwise = { ...base, lines: "point" } as const;

/** Every chart type's definition. @internal */
export const chartDefinitions: Readonly<Record<ChartType, ChartDefinition>> = {
  run: { ...constant, compute: runChart, statistic: "value", limits: false },
  i: { ...constant, compute: iChart, statistic: "value" },
  mr: { ...constant, writesStatistic: true, compute: mrChart, statistic: "value", runs: false },
  xbar: { ...pointwise, compute: xbarChart, statistic: "value", denominator: "forbidden", moments: true },
  s: { ...pointwise, compute: sChart, statistic: "ySd", denominator: "forbidden", moments: true },
  t: { ...constant, writesStatistic: true, compute: tChart, statistic: "value", denominator: "forbidden", y: "positive" },
  p: { ...sigmaLines, compute: pChart, statistic: "value", denominator: "required", y: "count", n: "count", proportion: true },
  pp: { ...sigmaLines, compute: ppChart, statistic: "value", denominator: "required", y: "count", n: "count", proportion: true },
  c: { ...constant, compute: cChart, statistic: "ySum", denominator: "forbidden", y: "count" },
  u: { ...sigmaLines, compute: uChart, statistic: "value", denominator: "required", y: "count" },
  up: { ...sigmaLines, compute: upChart, statistic: "value", denominator: "required", y: "count" },
  g: { ...constant, compute: gChart, statistic: "value", denominator: "forbidden", y: "nonNegative" },
  ip: { ...sigmaLines, lowerAtZero: false, compute: ipChart, statistic: "value" },
};
