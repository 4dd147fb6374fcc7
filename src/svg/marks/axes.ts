import { h, type SvgNode } from "../node.ts";
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
      h("text", { x: plot.left - 6, y: tick.position + 3.5, "text-anchor": "end", "font-size": 10.5, fill: theme.mutedText }, tick.label),
    ),
  );
  const ticks = x.ticks.map((tick) =>
    h(
      "g",
      { class: "shewhart-x-tick" },
      h("line", { x1: tick.position, x2: tick.position, y1: plot.bottom, y2: plot.bottom + 4, stroke: theme.axis }),
      h("text", { x: tick.position, y: plot.bottom + 15, "text-anchor": "middle", "font-size": 10.5, fill: theme.mutedText }, tick.label),
      tick.year !== null && h("text", { class: "shewhart-x-year", x: tick.position, y: plot.bottom + 28, "text-anchor": "middle", "font-size": 10.5, fill: theme.mutedText }, String(tick.year)),
    ),
  );
  return h(
    "g",
    { class: "shewhart-axes" },
    h("g", { class: "shewhart-y-axis", "aria-hidden": "true" }, grid),
    h("g", { class: "shewhart-x-axis", "aria-hidden": "true" }, h("line", { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: theme.axis }), ticks),
    options.yLabel !== undefined &&
      h("text", { class: "shewhart-y-label", transform: `translate(${Math.round(plot.left - 44)},${Math.round((plot.top + plot.bottom) / 2)}) rotate(-90)`, "text-anchor": "middle", "font-size": 11, fill: theme.text }, options.yLabel),
    options.xLabel !== undefined &&
      h("text", { class: "shewhart-x-label", x: (plot.left + plot.right) / 2, y: plot.bottom + 42, "text-anchor": "middle", "font-size": 11, fill: theme.text }, options.xLabel),
  );
}
