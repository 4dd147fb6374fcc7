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
  const positions = frame.x.positions;
  const { json } = model;
  const children: SvgNode[] = [];
  json.phases.forEach((phase, p) => {
    const value = model.cl[phase.start] as number;
    const constant = constantOver(model.cl, phase.start, phase.end);
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
      children.push(h("path", { ...attributes, d: stepPathOf(phase.start, phase.end, positions, model.cl, y) }));
    }
    const label = baselineLabels[p];
    if (label != null) {
      children.push(labelText(label, { class: "shewhart-baseline-label", "font-size": 10.5, stroke: options.theme.background, "stroke-width": 3, "paint-order": "stroke", fill: options.theme.mutedText }));
    }
  });
  return h("g", { class: "shewhart-centre-lines", "aria-label": options.texts.centreLine }, children);
}

/** Whether a column holds one value from `start` to `end` (both included; NaN never equals). @internal */
export function constantOver(column: ArrayLike<number>, start: number, end: number): boolean {
  const first = column[start];
  for (let i = start; i <= end; i++) if (column[i] !== first) return false;
  return true;
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
  return stepPathOf(0, points.length - 1, Float64Array.from(points, (p) => p[0]), Float64Array.from(points, (p) => p[1]), (v) => v);
}

/**
 * {@link stepPath} through the points `from` … `to` (both included) at (xs[k], yOf(values[k])). `yOf` is linear
 * (the y scale): a column's levels are compared as values and only the levels drawn are mapped. Which steps share a
 * pixel column depends on the x positions alone ({@link stepPlan}, kept with them): a chart drawn again with the same
 * points and phases reads only the levels. @internal
 */
export function stepPathOf(from: number, to: number, xs: Float64Array, values: ArrayLike<number>, yOf: (value: number) => number): string {
  const { starts, lefts, rights } = stepPlan(xs, from, to);
  let d = "";
  let pen = false;
  // The steps gathered so far in one pixel column: first and last level, lowest and highest, where they start and end.
  let count = 0;
  let start = 0;
  let end = 0;
  let first = 0;
  let last = 0;
  let low = 0;
  let high = 0;
  const flush = (): void => {
    if (count === 0) return;
    const y0 = formatNumber(yOf(first));
    if (count === 1) d += `${pen ? "L" : "M"}${formatNumber(start)},${y0}L${formatNumber(end)},${y0}`;
    else {
      const mid = formatNumber((start + end) / 2);
      const a = yOf(low);
      const b = yOf(high);
      d += `${pen ? "L" : "M"}${formatNumber(start)},${y0}L${mid},${y0}L${mid},${formatNumber(Math.min(a, b))}L${mid},${formatNumber(Math.max(a, b))}L${mid},${formatNumber(yOf(last))}L${formatNumber(end)},${formatNumber(yOf(last))}`;
    }
    pen = true;
    count = 0;
  };
  for (let g = 0; g < starts.length - 1; g++) {
    const groupEnd = (starts[g + 1] as number) - 1;
    for (let j = starts[g] as number; j <= groupEnd; j++) {
      const v = values[from + j] as number;
      if (!Number.isFinite(v)) {
        // A missing level breaks the line; the steps after it in the column start a group of their own.
        flush();
        pen = false;
        continue;
      }
      if (count > 0) {
        end = rights[j] as number;
        last = v;
        if (v < low) low = v;
        if (v > high) high = v;
        count++;
      } else {
        start = lefts[j] as number;
        end = rights[j] as number;
        first = last = low = high = v;
        count = 1;
      }
    }
    flush();
  }
  return d;
}

/**
 * The steps `from` … `to` at x positions `xs`, laid out: each step from halfway to its neighbours (its own x at the
 * ends), `lefts` and `rights` numbered from `from`, and the groups of consecutive steps that lie within one pixel
 * column (`starts`: each group's first step, then the number of steps) — a step that crosses a column's edge is a
 * group of its own. Kept per array of positions and range (a chart's phases share them among its lines, and a chart
 * drawn again from the same points finds them). @internal
 */
export function stepPlan(xs: Float64Array, from: number, to: number): { starts: Int32Array; lefts: Float64Array; rights: Float64Array } {
  let plans = stepPlans.get(xs);
  if (plans === undefined) stepPlans.set(xs, (plans = new Map()));
  const key = `${from} ${to}`;
  const known = plans.get(key);
  if (known !== undefined) return known;
  const n = Math.max(0, to - from + 1);
  const lefts = new Float64Array(n);
  const rights = new Float64Array(n);
  const starts: number[] = [];
  let column = Number.NaN;
  for (let k = from; k <= to; k++) {
    const px = xs[k] as number;
    const left = k === from ? px : (px + (xs[k - 1] as number)) / 2;
    const right = k === to ? px : (px + (xs[k + 1] as number)) / 2;
    lefts[k - from] = left;
    rights[k - from] = right;
    const own = Math.floor(left);
    const inside = Math.floor(right) === own;
    if (!(inside && own === column)) starts.push(k - from);
    column = inside ? own : Number.NaN;
  }
  starts.push(n);
  const plan = { starts: Int32Array.from(starts), lefts, rights };
  // A few ranges per array of positions (a chart's phases); an app adding phase after phase leaves older ones behind.
  if (plans.size >= 64) plans.clear();
  plans.set(key, plan);
  return plan;
}

/** {@link stepPlan} per array of positions and range. */
const stepPlans = new WeakMap<Float64Array, Map<string, { starts: Int32Array; lefts: Float64Array; rights: Float64Array }>>();
