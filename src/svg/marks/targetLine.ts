import { formatNumberForHumans } from "../format.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/** The target: a dashed horizontal line across the plot, labelled at its right end. Never used in calculations. @internal */
export function targetLine(frame: Frame): SvgNode | null {
  const { model, y, plot, options } = frame;
  if (model.target === null) return null;
  const at = y(model.target);
  return h(
    "g",
    { class: "shewhart-target", "aria-label": options.texts.target },
    h("line", { x1: plot.left, x2: plot.right, y1: at, y2: at, stroke: options.theme.target, "stroke-width": 1.2, "stroke-dasharray": "8 3 2 3" }),
    h("text", { x: plot.right + 4, y: at + 3.5, "font-size": 10.5, fill: options.theme.target }, `${options.texts.target} ${formatNumberForHumans(model.target, model.style)}`),
  );
}
