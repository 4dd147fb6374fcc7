import type { ChartModel } from "../model.ts";
import type { NormalizedOptions } from "../options.ts";
import { yTickGap } from "../marks/axes.ts";
import type { YAxis } from "../scales.ts";
import { textWidth } from "../textWidth.ts";
import { rightLabelRoom } from "./rightLabels.ts";

/**
 * Room left and right of the plot for what is drawn there: the y tick labels
 * and the y axis label on the left, the values of the right edge's labels on
 * the right, and half the widest x tick label on both sides (the first and last
 * ticks are centred on the plot's edges). @internal
 */
export function plotMargins(models: readonly ChartModel[], options: NormalizedOptions, yTicks: YAxis["ticks"], widestXTick: number, width: number): { left: number; right: number } {
  let widestY = 0;
  for (const tick of yTicks) widestY = Math.max(widestY, textWidth(tick.label, 10.5));
  // The rotated y label: its descent next to the tick labels, its ascent towards the picture's edge.
  const yLabel = options.yLabel === undefined ? 0 : 4 + 1.2 * 11;
  const left = Math.max(yTickGap + widestY + yLabel + 4, widestXTick / 2 + 3, 24);
  // On a narrow chart or panel the plot keeps at least 45 % of the width: the right edge then has room for the
  // latest centre line's value alone, and the other values there give way.
  const all = rightLabelRoom(models, options);
  const room = left + all > 0.55 * width ? rightLabelRoom(models, options, true) : all;
  const right = Math.max(room, widestXTick / 2 + 3, 12);
  return { left: Math.ceil(left), right: Math.ceil(right) };
}
