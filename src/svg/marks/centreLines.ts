import { labelText } from "../layout/labelText.ts";
import type { PlacedLabel } from "../layout/placeLabels.ts";
import { directionColor } from "../model.ts";
import { formatNumber, h, type SvgNode } from "../node.ts";
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

/**
 * A step path through points, changing level halfway between neighbours.
 * Steps narrower than a pixel column that fall in the same column (thousands of
 * subgroups across a chart) are drawn as that column's first level, the range of
 * its levels and its last level: the same pixels as every step drawn (the idea of
 * M4 aggregation, Jugel et al. 2014, "M4: A Visualization-Oriented Time Series
 * Data Aggregation", PVLDB 7(10)), in a path a few times the chart's width long.
 * @internal
 */
export function stepPath(points: readonly (readonly [number, number])[]): string {
  let d = "";
  let pen = false;
  // Steps gathered in one pixel column: its first and last level, lowest and highest, and where it starts and ends.
  let column = Number.NaN;
  let count = 0;
  let from = 0;
  let to = 0;
  let first = 0;
  let last = 0;
  let low = 0;
  let high = 0;
  const flush = (): void => {
    if (count === 0) return;
    const mid = formatNumber((from + to) / 2);
    d += count === 1 ? `${pen ? "L" : "M"}${formatNumber(from)},${formatNumber(first)}L${formatNumber(to)},${formatNumber(first)}` : `${pen ? "L" : "M"}${formatNumber(from)},${formatNumber(first)}L${mid},${formatNumber(first)}L${mid},${formatNumber(low)}L${mid},${formatNumber(high)}L${mid},${formatNumber(last)}L${formatNumber(to)},${formatNumber(last)}`;
    pen = true;
    count = 0;
  };
  for (let k = 0; k < points.length; k++) {
    const [px, py] = points[k] as readonly [number, number];
    const left = k === 0 ? px : (px + (points[k - 1] as readonly [number, number])[0]) / 2;
    const right = k === points.length - 1 ? px : (px + (points[k + 1] as readonly [number, number])[0]) / 2;
    if (!Number.isFinite(py)) {
      flush();
      pen = false;
      column = Number.NaN;
      continue;
    }
    const own = Math.floor(left);
    if (count > 0 && own === column && Math.floor(right) === column) {
      to = right;
      last = py;
      if (py < low) low = py;
      if (py > high) high = py;
      count++;
      continue;
    }
    flush();
    column = Math.floor(right) === own ? own : Number.NaN;
    from = left;
    to = right;
    first = last = low = high = py;
    count = 1;
  }
  flush();
  return d;
}
