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
  const { model, x, y, plot, yTicks, options } = frame;
  // Labels stay inside the picture: a picture's size around the plot is more than room enough.
  const room = Math.max(options.width, options.height);
  const occupancy = new Occupancy({ left: plot.left - room, top: plot.top - room, right: plot.right + room, bottom: plot.bottom + room });
  for (const tick of yTicks) occupancy.addRect(textBox(tick.label, plot.left - 6, tick.position + 3.5, 10.5, "end"));
  for (const tick of x.ticks) {
    occupancy.addRect(textBox(tick.label, tick.position, plot.bottom + 16.5, 10.5, "middle"));
    if (tick.year !== null) occupancy.addRect(textBox(String(tick.year), tick.position, plot.bottom + 30.5, 10.5, "middle"));
  }
  if (options.xLabel !== undefined) occupancy.addRect(textBox(options.xLabel, (plot.left + plot.right) / 2, xLabelY(frame), 11, "middle"));
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
  for (const phase of model.json.phases) {
    if (phase.start === 0) continue;
    const at = frame.phaseEdges(phase).from;
    occupancy.addSegment(at, plot.top, at, plot.bottom);
  }
  return occupancy;
}
