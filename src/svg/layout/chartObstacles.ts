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
  let column = Number.NaN;
  let left = 0;
  let right = 0;
  let top = 0;
  let bottom = 0;
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  const close = (): void => {
    if (!Number.isNaN(column)) occupancy.addRect({ left: left - r, right: right + r, top: top - r, bottom: bottom + r });
    column = Number.NaN;
  };
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) {
      // The line breaks here: no segment joins the columns on either side.
      close();
      lastX = lastY = Number.NaN;
      continue;
    }
    const px = x.position(i);
    const py = y(value);
    const kind = model.kind[i] ?? "plain";
    if (kind !== "plain") occupancy.addRect({ left: px - markRadius[kind], right: px + markRadius[kind], top: py - markRadius[kind], bottom: py + markRadius[kind] });
    const at = Math.floor(px);
    if (at === column) {
      if (px < left) left = px;
      if (px > right) right = px;
      if (py < top) top = py;
      if (py > bottom) bottom = py;
    } else {
      close();
      if (!Number.isNaN(lastX)) occupancy.addSegment(lastX, lastY, px, py);
      column = at;
      left = right = px;
      top = bottom = py;
    }
    lastX = px;
    lastY = py;
  }
  close();
}
