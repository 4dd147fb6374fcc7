import { fitText } from "../fitText.ts";
import { h, type SvgNode } from "../node.ts";
import { textWidth } from "../textWidth.ts";
import type { Frame } from "./frame.ts";

/** Horizontal grid lines with the y tick labels, and the x ticks with a row of years under them for dates. @internal */
export function axes(frame: Frame): SvgNode {
  const { plot, options, x, yTicks } = frame;
  const theme = options.theme;
  const grid = yTicks.map((tick) =>
    h(
      "g",
      { class: "shewhart-y-tick" },
      h("line", { x1: plot.left, x2: plot.right, y1: tick.position, y2: tick.position, stroke: theme.grid, "stroke-width": 1 }),
      h("text", { x: plot.left - yTickGap, y: tick.position + 3.5, "text-anchor": "end", "font-size": 10.5, fill: theme.mutedText }, tick.label),
    ),
  );
  const ticks = x.ticks.map((tick) =>
    h(
      "g",
      { class: "shewhart-x-tick" },
      h("line", { x1: tick.position, x2: tick.position, y1: plot.bottom, y2: plot.bottom + 4, stroke: theme.axis }),
      h("text", { x: tick.position, y: plot.bottom + 16.5, "text-anchor": "middle", "font-size": 10.5, fill: theme.mutedText }, tick.label),
      tick.year !== null && h("text", { class: "shewhart-x-year", x: tick.position, y: plot.bottom + 30.5, "text-anchor": "middle", "font-size": 10.5, fill: theme.mutedText }, String(tick.year)),
    ),
  );
  return h(
    "g",
    { class: "shewhart-axes" },
    h("g", { class: "shewhart-y-axis", "aria-hidden": "true" }, grid),
    h("g", { class: "shewhart-x-axis", "aria-hidden": "true" }, h("line", { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: theme.axis }), ticks),
    options.yLabel !== undefined &&
      h(
        "text",
        { class: "shewhart-y-label", transform: `translate(${Math.round(yLabelX(frame))},${Math.round((plot.top + plot.bottom) / 2)}) rotate(-90)`, "text-anchor": "middle", "font-size": 11, fill: theme.text },
        fitText(options.yLabel, plot.bottom - plot.top, 11),
      ),
    options.xLabel !== undefined &&
      h("text", { class: "shewhart-x-label", x: (plot.left + plot.right) / 2, y: xLabelY(frame), "text-anchor": "middle", "font-size": 11, fill: theme.text }, options.xLabel),
  );
}

/** Gap between the plot and the y tick labels, and between those and the y axis label, in px. @internal */
export const yTickGap = 6;

/** Where the rotated y label's baseline runs: left of the widest tick label, its descent clear of it. @internal */
export function yLabelX(frame: Pick<Frame, "plot" | "yTicks">): number {
  let widest = 0;
  for (const tick of frame.yTicks) widest = Math.max(widest, textWidth(tick.label, 10.5));
  return frame.plot.left - yTickGap - widest - 4 - 0.25 * 11;
}

/** The x axis label's baseline: under the tick labels, and under the row of years when there is one. @internal */
export function xLabelY(frame: Pick<Frame, "plot" | "x">): number {
  return frame.plot.bottom + (frame.x.ticks.some((tick) => tick.year !== null) ? 46 : 33);
}
