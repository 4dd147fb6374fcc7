import type { PhaseSummary } from "../../core/types.ts";
import type { ChartModel } from "../model.ts";
import { formatNumber } from "../node.ts";
import type { NormalizedOptions } from "../options.ts";
import type { XAxis } from "../scales.ts";

/** What every mark draws with: the model, the scales and the plot area. @internal */
export interface Frame {
  readonly model: ChartModel;
  readonly options: NormalizedOptions;
  readonly x: XAxis;
  readonly y: (value: number) => number;
  readonly yTicks: readonly { readonly position: number; readonly label: string }[];
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** The last subgroup's position before the phase's first, or the plot's left edge. */
  readonly phaseEdges: (phase: PhaseSummary) => { readonly from: number; readonly to: number };
}

/**
 * Whether the chart is drawn for the screen: above `maxPointMarks` points, only signals are marked, the line is
 * thinned per half pixel and long lines are cut into pieces (DESIGN.md §6, `maxPointMarks`). @internal
 */
export function forScreen(frame: Pick<Frame, "model" | "options">): boolean {
  return frame.model.length > frame.options.maxPointMarks;
}

/** A d3-style path for a polyline of points, with gaps where a y is not a number. @internal */
export function polyline(points: readonly (readonly [number, number])[]): string {
  let d = "";
  let pen = false;
  for (const [px, py] of points) {
    if (!Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${formatNumber(px)},${formatNumber(py)}`;
    pen = true;
  }
  return d;
}
