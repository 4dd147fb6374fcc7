import { labelText } from "../layout/labelText.ts";
import type { PlacedLabel } from "../layout/placeLabels.ts";
import { directionColor } from "../model.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/**
 * The centre line of each phase. A phase whose runs show non-random variation
 * gets a dashed line in the signal colour, so the runs signal is visible on
 * the line itself. With a frozen baseline, the line is labelled in the style
 * analysts use: "Median (baseline): 95.4 % (week 40–47, 2018)", where
 * layout/placeLabels.ts put it.
 * @internal
 */
export function centreLines(frame: Frame, baselineLabels: readonly (PlacedLabel | null)[]): SvgNode {
  const { model, y, options } = frame;
  const { json } = model;
  const children: SvgNode[] = [];
  json.phases.forEach((phase, p) => {
    const value = model.cl[phase.start] as number;
    const constant = model.cl.slice(phase.start, phase.end + 1).every((c) => c === value);
    const { from, to } = frame.phaseEdges(phase);
    const stroke = phase.runsSignal ? directionColor(phase.direction, options.theme) : options.theme.centreLine;
    const attributes = {
      class: `shewhart-centre-line${phase.runsSignal ? " shewhart-runs-signal" : ""}`,
      "data-phase": phase.phase,
      fill: "none",
      stroke,
      "stroke-width": phase.runsSignal ? 2 : 1.6,
      "stroke-dasharray": phase.runsSignal ? "6 4" : undefined,
    };
    if (constant && Number.isFinite(value)) {
      children.push(h("line", { ...attributes, x1: from, x2: to, y1: y(value), y2: y(value) }));
    } else {
      const points: [number, number][] = [];
      for (let i = phase.start; i <= phase.end; i++) points.push([frame.x.position(i), y(model.cl[i] as number)]);
      children.push(h("path", { ...attributes, d: stepPath(points) }));
    }
    const label = baselineLabels[p];
    if (label != null) {
      children.push(labelText(label, { class: "shewhart-baseline-label", "font-size": 10.5, stroke: options.theme.background, "stroke-width": 3, "paint-order": "stroke", fill: options.theme.mutedText }));
    }
  });
  return h("g", { class: "shewhart-centre-lines", "aria-label": options.texts.centreLine }, children);
}

/** A step path through points, changing level halfway between neighbours. @internal */
export function stepPath(points: readonly (readonly [number, number])[]): string {
  let d = "";
  let pen = false;
  for (let k = 0; k < points.length; k++) {
    const [px, py] = points[k] as readonly [number, number];
    const left = k === 0 ? px : (px + (points[k - 1] as readonly [number, number])[0]) / 2;
    const right = k === points.length - 1 ? px : (px + (points[k + 1] as readonly [number, number])[0]) / 2;
    if (!Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${round(left)},${round(py)}L${round(right)},${round(py)}`;
    pen = true;
  }
  return d;
}

function round(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}
