import { xLabelY } from "../marks/axes.ts";
import type { Frame } from "../marks/frame.ts";
import { Occupancy } from "./occupancy.ts";
import { textBox } from "./textBox.ts";

/** Half the size of a point's mark, stroke included, by how it is drawn (circle, square, diamond). */
const markRadius = { plain: 3.4, pattern: 4, sigma: 6 } as const;

/**
 * Everything fixed that a label must keep off: the axes' tick labels, the
 * point marks, the data line's segments and the phase dividers. Linear in the
 * number of points. @internal
 */
export function chartObstacles(frame: Frame): Occupancy {
  const { model, x, plot, yTicks, options } = frame;
  // Labels stay inside the picture: a picture's size around the plot is more than room enough.
  const room = Math.max(options.width, options.height);
  const occupancy = new Occupancy({ left: plot.left - room, top: plot.top - room, right: plot.right + room, bottom: plot.bottom + room });
  for (const tick of yTicks) occupancy.addRect(textBox(tick.label, plot.left - 6, tick.position + 3.5, 10.5, "end"));
  for (const tick of x.ticks) {
    occupancy.addRect(textBox(tick.label, tick.position, plot.bottom + 16.5, 10.5, "middle"));
    if (tick.year !== null) occupancy.addRect(textBox(String(tick.year), tick.position, plot.bottom + 30.5, 10.5, "middle"));
  }
  if (options.xLabel !== undefined) occupancy.addRect(textBox(options.xLabel, (plot.left + plot.right) / 2, xLabelY(frame), 11, "middle"));
  if (model.length > options.maxPointMarks) thinnedLine(frame, occupancy);
  else everyPoint(frame, occupancy);
  for (const phase of model.json.phases) {
    if (phase.start === 0) continue;
    const at = frame.phaseEdges(phase).from;
    occupancy.addSegment(at, plot.top, at, plot.bottom);
  }
  return occupancy;
}

/** Every point's mark and every segment of the data line, one by one. */
function everyPoint(frame: Frame, occupancy: Occupancy): void {
  const { model, x, y } = frame;
  let previous: [number, number] | null = null;
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) {
      previous = null;
      continue;
    }
    const px = x.position(i);
    const py = y(value);
    const r = markRadius[model.kind[i] ?? "plain"];
    occupancy.addRect({ left: px - r, right: px + r, top: py - r, bottom: py + r });
    if (previous !== null) occupancy.addSegment(previous[0], previous[1], px, py);
    previous = [px, py];
  }
}

/**
 * A chart above `maxPointMarks` points, whose line has many points per pixel:
 * per pixel column (1 px of the viewBox) of the line, one box around its
 * points widened by a plain point's mark, and the segments that join one
 * column to the next; a box per signal's mark as drawn. The boxes hold every
 * point's mark box and every segment within their column, so what they leave
 * free every point and segment leaves free (at most a pixel more is kept
 * clear), from a few times the chart's width of items instead of two per
 * point (100,000 points took a third of drawing the chart).
 */
function thinnedLine(frame: Frame, occupancy: Occupancy): void {
  const { model, x, y } = frame;
  const r = markRadius.plain;
  const { columns, marks } = lineColumns(frame);
  for (let c = 0; c < columns.length; c += 8) {
    // The column's box from its lowest and highest value (y is linear: its extremes are theirs), and the segment from the column before.
    const low = y(columns[c + 2] as number);
    const high = y(columns[c + 3] as number);
    occupancy.addRect({ left: (columns[c] as number) - r, right: (columns[c + 1] as number) + r, top: Math.min(low, high) - r, bottom: Math.max(low, high) + r });
    if (c > 0 && !Number.isNaN(columns[c + 4] as number)) occupancy.addSegment(columns[c + 4] as number, y(columns[c + 5] as number), columns[c + 6] as number, y(columns[c + 7] as number));
  }
  for (const i of marks) {
    const px = x.position(i);
    const py = y(model.value[i] as number);
    const size = markRadius[model.kind[i] ?? "plain"];
    occupancy.addRect({ left: px - size, right: px + size, top: py - size, bottom: py + size });
  }
}

/**
 * The data line per pixel column, in values (not yet on the y scale, which
 * moves with the lanes reserved over the plot): per column, 8 numbers — its
 * leftmost and rightmost point's x, its lowest and highest value, and the
 * segment that joins it to the column before (x and value of both ends, NaN
 * after a break) — and the signals' points. Read once per x axis.
 */
function lineColumns(frame: Frame): { columns: Float64Array; marks: Int32Array } {
  const known = summaries.get(frame.x);
  if (known !== undefined) return known;
  const { model, x } = frame;
  const out: number[] = [];
  const marks: number[] = [];
  let column = Number.NaN;
  let lastX = Number.NaN;
  let lastValue = Number.NaN;
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) {
      // The line breaks here: no segment joins the columns on either side.
      column = Number.NaN;
      lastX = lastValue = Number.NaN;
      continue;
    }
    const px = x.position(i);
    if ((model.kind[i] ?? "plain") !== "plain") marks.push(i);
    const at = Math.floor(px);
    const c = out.length - 8;
    if (at === column) {
      if (px < (out[c] as number)) out[c] = px;
      if (px > (out[c + 1] as number)) out[c + 1] = px;
      if (value < (out[c + 2] as number)) out[c + 2] = value;
      if (value > (out[c + 3] as number)) out[c + 3] = value;
    } else {
      out.push(px, px, value, value, lastX, lastValue, px, value);
      column = at;
    }
    lastX = px;
    lastValue = value;
  }
  const summary = { columns: Float64Array.from(out), marks: Int32Array.from(marks) };
  summaries.set(frame.x, summary);
  return summary;
}

/** The data line's columns for each x axis (a chart laid out with 0, 1 and 2 lanes keeps its x axis). */
const summaries = new WeakMap<object, { columns: Float64Array; marks: Int32Array }>();
