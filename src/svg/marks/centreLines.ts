import { labelText } from "../layout/labelText.ts";
import type { PlacedLabel } from "../layout/placeLabels.ts";
import { directionColor } from "../model.ts";
import { h, type AttributeValue, type SvgNode } from "../node.ts";
import { doubled } from "../../core/internal/doubled.ts";
import { PathText } from "../pathText.ts";
import { splitPath, verticesPerPiece } from "../splitPath.ts";
import { forScreen, type Frame } from "./frame.ts";
import type { PhaseSummary } from "../../core/types.ts";

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
      children.push(...stepPaths(frame, phase, model.cl, attributes));
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
 * The steps of `column` over `phase` as `<path>`s with `attributes`: one path, or, on a chart drawn for the screen,
 * its pieces ({@link splitPath}), which a browser paints only in the tiles of the screen they touch. @internal
 */
export function stepPaths(frame: Frame, phase: PhaseSummary, column: ArrayLike<number>, attributes: Readonly<Record<string, AttributeValue | undefined>>): SvgNode[] {
  const d = stepPathOf(phase.start, phase.end, frame.x.positions, column, frame.y);
  return (forScreen(frame) ? splitPath(d, verticesPerPiece) : [d]).map((piece) => h("path", { ...attributes, d: piece }));
}

/**
 * {@link stepPath} through the points `from` … `to` (both included) at (xs[k], yOf(values[k])). `yOf` is linear
 * (the y scale): a column's levels are compared as values and only the levels drawn are mapped. Which steps share a
 * pixel column depends on the x positions alone ({@link stepPlan}, kept with them): a chart drawn again with the same
 * points and phases reads only the levels. @internal
 */
export function stepPathOf(from: number, to: number, xs: Float64Array, values: ArrayLike<number>, yOf: (value: number) => number): string {
  const starts = stepPlan(xs, from, to);
  const d = new PathText();
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
    const y0 = yOf(first);
    d.char(pen ? 76 : 77).point(start, y0);
    if (count === 1) d.char(76).point(end, y0);
    else {
      const mid = (start + end) / 2;
      const a = yOf(low);
      const b = yOf(high);
      const y1 = yOf(last);
      d.char(76).point(mid, y0).char(76).point(mid, Math.min(a, b)).char(76).point(mid, Math.max(a, b)).char(76).point(mid, y1).char(76).point(end, y1);
    }
    pen = true;
    count = 0;
  };
  for (let g = 0; g < starts.length - 1; g++) {
    const groupEnd = from + (starts[g + 1] as number) - 1;
    for (let k = from + (starts[g] as number); k <= groupEnd; k++) {
      const v = values[k] as number;
      if (!Number.isFinite(v)) {
        // A missing level breaks the line; the steps after it in the column start a group of their own.
        flush();
        pen = false;
        continue;
      }
      // Each step reaches halfway to its neighbours (its own x at the ends of the range).
      const px = xs[k] as number;
      const right = k === to ? px : (px + (xs[k + 1] as number)) / 2;
      if (count > 0) {
        end = right;
        last = v;
        if (v < low) low = v;
        if (v > high) high = v;
        count++;
      } else {
        start = k === from ? px : (px + (xs[k - 1] as number)) / 2;
        end = right;
        first = last = low = high = v;
        count = 1;
      }
    }
    flush();
  }
  return d.text();
}

/**
 * The groups of consecutive steps `from` … `to` at x positions `xs` that lie within one pixel column, each step
 * reaching halfway to its neighbours (its own x at the ends): each group's first step, numbered from `from`, then
 * the number of steps. A step that crosses a column's edge is a group of its own. Kept per array of positions and
 * range (a chart's phases share them among its lines, and a chart drawn again from the same points finds them);
 * the steps' ends are not kept, but computed again where they are read (arrays of 100,000 ends, new for every
 * new phase, cost more to allocate in a browser than to compute). @internal
 */
export function stepPlan(xs: Float64Array, from: number, to: number): Int32Array {
  let plans = stepPlans.get(xs);
  if (plans === undefined) stepPlans.set(xs, (plans = new Map()));
  const key = `${from} ${to}`;
  const known = plans.get(key);
  if (known !== undefined) return known;
  const n = Math.max(0, to - from + 1);
  let starts = new Int32Array(Math.min(n + 1, 4096));
  let groups = 0;
  let column = Number.NaN;
  for (let k = from; k <= to; k++) {
    const px = xs[k] as number;
    const left = k === from ? px : (px + (xs[k - 1] as number)) / 2;
    const right = k === to ? px : (px + (xs[k + 1] as number)) / 2;
    const own = Math.floor(left);
    const inside = Math.floor(right) === own;
    if (!(inside && own === column)) {
      if (groups === starts.length) starts = doubled(starts);
      starts[groups++] = k - from;
    }
    column = inside ? own : Number.NaN;
  }
  if (groups === starts.length) starts = doubled(starts);
  starts[groups++] = n;
  const plan = starts.slice(0, groups);
  // A few ranges per array of positions (a chart's phases); an app adding phase after phase leaves older ones behind.
  if (plans.size >= 64) plans.clear();
  plans.set(key, plan);
  return plan;
}

/** {@link stepPlan} per array of positions and range. */
const stepPlans = new WeakMap<Float64Array, Map<string, Int32Array>>();
