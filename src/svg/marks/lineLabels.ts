import type { RightLabel } from "../layout/rightLabels.ts";
import { h, type SvgNode } from "../node.ts";

/**
 * Values of the last phase's centre line and limits at the right edge (the
 * limits' last values, as they vary), where layout/placeLabels.ts put them:
 * near their lines, never on each other or on the target's label.
 * @internal
 */
export function lineLabels(labels: readonly (RightLabel & { readonly x: number; readonly y: number })[]): SvgNode {
  return h(
    "g",
    { class: "shewhart-line-labels" },
    labels.map((p) => h("text", { class: `shewhart-line-label shewhart-line-label-${p.name}`, x: p.x, y: p.y, "font-size": 10.5, fill: p.color }, p.text)),
  );
}
