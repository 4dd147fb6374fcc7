import { labelText } from "../layout/labelText.ts";
import type { PlacedLabel } from "../layout/placeLabels.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/**
 * Phase dividers (a dashed vertical line between phases) with their labels
 * where layout/placeLabels.ts put them, and
 * a light band behind each frozen baseline.
 * @internal
 */
export function phaseDividers(frame: Frame, labels: readonly (PlacedLabel | null)[]): SvgNode {
  const { model, options, plot } = frame;
  const phases = model.json.phases;
  const children: SvgNode[] = [];
  for (const phase of phases) {
    if (phase.baselineEnd < phase.end) {
      const from = frame.phaseEdges(phase).from;
      const to = (frame.x.position(phase.baselineEnd) + frame.x.position(phase.baselineEnd + 1)) / 2;
      children.push(h("rect", { class: "shewhart-baseline", "data-phase": phase.phase, x: from, y: plot.top, width: Math.max(0, to - from), height: plot.bottom - plot.top, fill: options.theme.baseline }));
    }
  }
  if (phases.length > 1 || options.phaseLabels !== undefined) {
    phases.forEach((phase, p) => {
      const { from } = frame.phaseEdges(phase);
      if (p > 0) children.push(h("line", { class: "shewhart-phase-divider", x1: from, x2: from, y1: plot.top, y2: plot.bottom, stroke: options.theme.axis, "stroke-width": 1, "stroke-dasharray": "3 3" }));
      const label = labels[p];
      if (label != null) children.push(labelText(label, { class: "shewhart-phase-label", "font-size": 10.5, fill: options.theme.mutedText }));
    });
  }
  return h("g", { class: "shewhart-phases" }, children);
}
