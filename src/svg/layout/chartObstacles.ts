import { xLabelY } from "../marks/axes.ts";
import { forScreen, type Frame } from "../marks/frame.ts";
import { pointKinds, type PointKind } from "../model.ts";
import { Occupancy } from "./occupancy.ts";
import { textBox } from "./textBox.ts";
import { lineColumnSize, lineSummary } from "./lineSummary.ts";

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
  if (forScreen(frame)) thinnedLine(frame, occupancy);
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
    const r = markRadius[pointKinds[model.kind[i] as number] as PointKind];
    occupancy.addRect({ left: px - r, right: px + r, top: py - r, bottom: py + r });
    if (previous !== null) occupancy.addSegment(previous[0], previous[1], px, py);
    previous = [px, py];
  }
}

/**
 * A chart above `maxPointMarks` points, whose line has many points per pixel:
 * per pixel column (1 px of the viewBox) of the line, one box around its
 * points widened by a plain point's mark, the segments that join one column
 * to the next where the boxes do not already hold them ({@link lineSummary}),
 * and per pixel column of the signals' marks one box around them widened by the
 * largest. The boxes hold every point's mark box and every segment within
 * their column, so what they leave free every point, mark and segment leaves
 * free (at most a pixel, and between a column's marks the size of a diamond
 * less a dot, more is kept clear), from a few times the chart's width of items
 * instead of two per point (100,000 points took a third of drawing the chart).
 */
function thinnedLine(frame: Frame, occupancy: Occupancy): void {
  const { y, model, x } = frame;
  const r = markRadius.plain;
  const { columns } = lineSummary(x.positions, model.value);
  let previousTop = Number.NaN;
  let previousBottom = Number.NaN;
  for (let c = 0; c < columns.length; c += lineColumnSize) {
    // The column's box from its lowest and highest value (y is linear: its extremes are theirs), and the segment from the column before.
    const low = y(columns[c + 2] as number);
    const high = y(columns[c + 3] as number);
    const top = Math.min(low, high) - r;
    const bottom = Math.max(low, high) + r;
    occupancy.addRect({ left: (columns[c] as number) - r, right: (columns[c + 1] as number) + r, top, bottom });
    if (c > 0 && !Number.isNaN(columns[c + 4] as number)) {
      // The segment from the column before lies within the two columns' boxes when its ends are closer in x than a
      // mark's half size (each box then spans it across) and the boxes' heights meet (they span it from end to end).
      const x1 = columns[c + 4] as number;
      const x2 = columns[c + 6] as number;
      const covered = x2 - x1 <= r && x2 - x1 >= 0 && previousTop <= bottom && top <= previousBottom;
      if (!covered) occupancy.addSegment(x1, y(columns[c + 5] as number), x2, y(columns[c + 7] as number));
    }
    previousTop = top;
    previousBottom = bottom;
  }
  const marks = markColumns(frame);
  for (let c = 0; c < marks.length; c += 5) {
    const size = marks[c + 4] as number;
    const a = y(marks[c + 2] as number);
    const b = y(marks[c + 3] as number);
    occupancy.addRect({ left: (marks[c] as number) - size, right: (marks[c + 1] as number) + size, top: Math.min(a, b) - size, bottom: Math.max(a, b) + size });
  }
}

/**
 * The signals' marks per pixel column, in values: per column, 5 numbers — its leftmost and rightmost mark's x, its
 * lowest and highest value, its largest mark's half size. Read once per x axis (a chart is laid out up to three times).
 */
function markColumns(frame: Frame): Float64Array {
  const known = marksOf.get(frame.x);
  if (known !== undefined) return known;
  const { model, x } = frame;
  const { value, kind, length } = model;
  const positions = x.positions;
  const out: number[] = [];
  let column = Number.NaN;
  for (let i = 0; i < length; i++) {
    const k = kind[i] as number;
    if (k === 0) continue;
    const v = value[i] as number;
    if (!Number.isFinite(v)) continue;
    const px = positions[i] as number;
    const size = markRadius[pointKinds[k] as PointKind];
    const at = Math.floor(px);
    const c = out.length - 5;
    if (at === column) {
      if (px < (out[c] as number)) out[c] = px;
      if (px > (out[c + 1] as number)) out[c + 1] = px;
      if (v < (out[c + 2] as number)) out[c + 2] = v;
      if (v > (out[c + 3] as number)) out[c + 3] = v;
      if (size > (out[c + 4] as number)) out[c + 4] = size;
    } else {
      out.push(px, px, v, v, size);
      column = at;
    }
  }
  const columns = Float64Array.from(out);
  marksOf.set(frame.x, columns);
  return columns;
}

/** The marks' columns for each x axis (a chart laid out with 0, 1 and 2 lanes keeps its x axis). */
const marksOf = new WeakMap<object, Float64Array>();
