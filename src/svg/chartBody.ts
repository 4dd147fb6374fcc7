import type { PhaseSummary } from "../core/types.ts";
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
import { buildXAxis, buildYAxis, type YAxis } from "./scales.ts";

/** The plot area's box. @internal */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Everything inside the plot area, drawn in order from back to front:
 * baselines and phase dividers, axes and grid, limits, centre lines, target,
 * data, notes, labels. Panels pass a shared `yAxis`.
 * @internal
 */
export function chartBody(model: ChartModel, options: NormalizedOptions, plot: Box, yAxis: YAxis = buildYAxis([model], plot.top, plot.bottom, options.showSigmaLines)): SvgNode {
  const x = buildXAxis(model, plot.left, plot.right, options.texts, options.locale);
  const phaseEdges = (phase: PhaseSummary): { from: number; to: number } => ({
    from: phase.start === 0 ? plot.left : (x.position(phase.start - 1) + x.position(phase.start)) / 2,
    to: phase.end === model.length - 1 ? plot.right : (x.position(phase.end) + x.position(phase.end + 1)) / 2,
  });
  const frame: Frame = { model, options, x, y: yAxis.position, yTicks: yAxis.ticks, plot, phaseEdges };
  const target = targetLine(frame);
  return h(
    "g",
    { class: "shewhart-plot" },
    phaseDividers(frame),
    axes(frame),
    limitLines(frame),
    centreLines(frame),
    target,
    dataLine(frame),
    notes(frame),
    lineLabels(frame, model.target === null ? null : yAxis.position(model.target) + 3.5),
  );
}
