import type { PlacedLabel } from "../layout/placeLabels.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/** The target: a dashed horizontal line across the plot, labelled at its right end where layout/placeLabels.ts put the label. Never used in calculations. @internal */
export function targetLine(frame: Frame, label: Pick<PlacedLabel, "x" | "y" | "text"> | null): SvgNode | null {
  const { model, y, plot, options } = frame;
  if (model.target === null) return null;
  const at = y(model.target);
  return h(
    "g",
    { class: "shewhart-target", "aria-label": options.texts.target },
    h("line", { x1: plot.left, x2: plot.right, y1: at, y2: at, stroke: options.theme.target, "stroke-width": 1.2, "stroke-dasharray": "8 3 2 3" }),
    label !== null && h("text", { x: label.x, y: label.y, "font-size": 10.5, fill: options.theme.target }, label.text),
  );
}
