import { doubled } from "../../core/internal/doubled.ts";
import { thinnedIndices } from "../marks/thinnedPath.ts";

/**
 * What a dense chart's data line is drawn and kept clear from, read from its
 * points' x positions and values alone (not the y scale, which moves with the
 * lanes reserved over the plot, nor the analysis: limits, signals):
 * - `columns`: per pixel column of the viewBox, 8 numbers — its leftmost and
 *   rightmost point's x, its lowest and highest value, and the segment that
 *   joins it to the column before (x and value of both ends, NaN after a break);
 * - `thinned`: the points the line is drawn through ({@link thinnedIndices},
 *   per half pixel).
 * @internal
 */
export interface LineSummary {
  readonly columns: Float64Array;
  readonly thinned: Int32Array;
}

/** Numbers per column of {@link LineSummary.columns}. @internal */
export const lineColumnSize = 8;

/**
 * The line summary of points at `positions` with `values`. A chart drawn again
 * from the same points — a change of baseline or phase analyses the same data
 * again, and the x positions are kept with the x keys — reuses the last
 * summary made for those positions when the values are the same, number for
 * number (checked against a copy kept with it), so that only what the change
 * moved is read again. @internal
 */
export function lineSummary(positions: Float64Array, values: ArrayLike<number>): LineSummary {
  const known = summaries.get(positions);
  if (known !== undefined && sameValues(known.values, values)) return known.summary;
  const summary = { columns: lineColumns(positions, values), thinned: thinnedIndices(positions, values, 0.5) };
  summaries.set(positions, { values: Float64Array.from(values), summary });
  return summary;
}

/** The last summary per array of positions, with a copy of the values it was made from. */
const summaries = new WeakMap<Float64Array, { values: Float64Array; summary: LineSummary }>();

function sameValues(kept: Float64Array, values: ArrayLike<number>): boolean {
  if (kept.length !== values.length) return false;
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i] as number;
    const b = values[i] as number;
    // NaN (a gap) equals NaN here: the same gap.
    if (a !== b && (a === a || b === b)) return false;
  }
  return true;
}

function lineColumns(positions: Float64Array, values: ArrayLike<number>): Float64Array {
  const length = values.length;
  // At most one column per point: grown as needed, then cut to the columns found.
  let out = new Float64Array(Math.min(length, 4096) * lineColumnSize);
  let end = 0;
  let column = Number.NaN;
  let lastX = Number.NaN;
  let lastValue = Number.NaN;
  for (let i = 0; i < length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      // The line breaks here: no segment joins the columns on either side.
      column = Number.NaN;
      lastX = lastValue = Number.NaN;
      continue;
    }
    const px = positions[i] as number;
    const at = Math.floor(px);
    if (at === column) {
      const c = end - lineColumnSize;
      if (px < (out[c] as number)) out[c] = px;
      if (px > (out[c + 1] as number)) out[c + 1] = px;
      if (v < (out[c + 2] as number)) out[c + 2] = v;
      if (v > (out[c + 3] as number)) out[c + 3] = v;
    } else {
      if (end === out.length) out = doubled(out);
      const c = end;
      end += lineColumnSize;
      out[c] = out[c + 1] = px;
      out[c + 2] = out[c + 3] = v;
      out[c + 4] = lastX;
      out[c + 5] = lastValue;
      out[c + 6] = px;
      out[c + 7] = v;
      column = at;
    }
    lastX = px;
    lastValue = v;
  }
  return out.slice(0, end);
}
