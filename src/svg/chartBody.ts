import type { PhaseSummary } from "../core/types.ts";
import { chartObstacles } from "./layout/chartObstacles.ts";
import type { Rect } from "./layout/occupancy.ts";
import { placeLabels, type Placement } from "./layout/placeLabels.ts";
import { axes } from "./marks/axes.ts";
import { centreLines } from "./marks/centreLines.ts";
import { dataLine } from "./marks/dataLine.ts";
import type { Frame } from "./marks/frame.ts";
import { limitLines } from "./marks/limitLines.ts";
import { lineLabels } from "./marks/lineLabels.ts";
import { notes } from "./marks/notes.ts";
import { phaseDividers } from "./marks/phaseDividers.ts";
import { targetLine } from "./marks/targetLine.ts";
import type { ChartModel } from "./model.ts";
import { h, type SvgNode } from "./node.ts";
import type { NormalizedOptions } from "./options.ts";
import { buildXAxis, buildYAxis, xTickLabels, type XAxis, type YAxis } from "./scales.ts";

/** The plot area's box. @internal */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where the plot's labels may go: `bounds` (the picture below the header, or the panel), with `lanes` of labels reserved over the plot;
 * `giveWay` lets labels that find no free place be left out; `probe` stops at the first that finds none (placeLabels). @internal
 */
export interface LabelRoom {
  readonly bounds: Rect;
  readonly lanes: number;
  readonly giveWay: boolean;
  readonly probe?: boolean;
}

/** The plot's scales and where its labels go, before anything is drawn. @internal */
export interface PlotLayout {
  readonly frame: Frame;
  readonly placement: Placement;
}

/**
 * Lays out the plot area: its scales, and every label placed clear of the
 * data and of each other (layout/placeLabels.ts). Panels pass a shared
 * `yAxis`; `xLabels` saves formatting the tick labels again, `xAxis` making the
 * x axis again (tries with more lanes change only the plot's top). `placement.crowded`
 * counts the labels that found no free place.
 * @internal
 */
export function plotLayout(
  model: ChartModel,
  options: NormalizedOptions,
  plot: Box,
  room: LabelRoom,
  yAxis: YAxis = buildYAxis([model], plot.top, plot.bottom, options.showSigmaLines),
  xLabels: ReturnType<typeof xTickLabels> = xTickLabels(model, options.texts, options.locale),
  xAxis?: XAxis,
): PlotLayout {
  const x = xAxis ?? buildXAxis(model, plot.left, plot.right, options.texts, options.locale, xLabels);
  const phaseEdges = (phase: PhaseSummary): { from: number; to: number } => ({
    from: phase.start === 0 ? plot.left : (x.position(phase.start - 1) + x.position(phase.start)) / 2,
    to: phase.end === model.length - 1 ? plot.right : (x.position(phase.end) + x.position(phase.end + 1)) / 2,
  });
  const frame: Frame = { model, options, x, y: yAxis.position, yTicks: yAxis.ticks, plot, phaseEdges };
  return { frame, placement: placeLabels(frame, chartObstacles(frame), room.bounds, room.lanes, room.giveWay, room.probe) };
}

/**
 * Everything inside the plot area, drawn in order from back to front:
 * baselines and phase dividers, axes and grid, limits, centre lines, target,
 * data, notes, labels (where {@link plotLayout} placed them).
 * @internal
 */
export function chartBody({ frame, placement }: PlotLayout): SvgNode {
  return h(
    "g",
    { class: "shewhart-plot" },
    phaseDividers(frame, placement.phases),
    axes(frame),
    limitLines(frame),
    centreLines(frame, placement.baselines),
    targetLine(frame, placement.right.find((label) => label.name === "target") ?? null),
    dataLine(frame),
    notes(frame, placement.notes),
    lineLabels(placement.right.filter((label) => label.name !== "target")),
  );
}
