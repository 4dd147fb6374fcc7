import { doubled } from "../../core/internal/doubled.ts";
import { PathText } from "../pathText.ts";

/**
 * A polyline through the points i = 0 … length − 1 at (xs[i], yOf(values[i])),
 * broken where a value is not a finite number (a lone point between breaks is
 * drawn as `M x,y Z`, as d3-shape's line draws it), thinned for the screen:
 * of consecutive points whose x falls in one column `width` wide, only the
 * first, the lowest, the highest and the last are kept, in their order. A line
 * through them covers the same pixels as the line through every point
 * wherever a pixel is at least a column wide — the M4 aggregation of Jugel,
 * Jerzak, Hackenbroich and Markl (2014), "M4: A Visualization-Oriented Time
 * Series Data Aggregation", PVLDB 7(10): 797–808 — so 100,000 points across
 * 650 px become at most 4 × 1,300 vertices at a column of half a pixel.
 * `yOf` is linear (the y scale): a column's lowest and highest point are found
 * by value and only the points kept are mapped. Coordinates are rounded to 2
 * decimals, as the full line's are.
 * @internal
 */
export function thinnedPath(xs: ArrayLike<number>, values: ArrayLike<number>, yOf: (value: number) => number, width: number): string {
  return pathThrough(thinnedIndices(xs, values, width), xs, values, yOf);
}

/**
 * The points {@link thinnedPath} keeps, in order, with -1 where the line breaks: they depend on the x positions and
 * the values only (not on the y scale), so a chart drawn again from the same points keeps them. @internal
 */
export function thinnedIndices(xs: ArrayLike<number>, values: ArrayLike<number>, width: number): Int32Array {
  const length = values.length;
  let out = new Int32Array(1024);
  let end = 0;
  const put = (i: number): void => {
    if (end === out.length) out = doubled(out);
    out[end++] = i;
  };
  // The current column's first, lowest, highest and last point (indices), or -1 when no column is open.
  let column = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let lowValue = 0;
  let highValue = 0;
  const flush = (): void => {
    if (first < 0) return;
    put(first);
    // The lowest and highest in the order they come, each once, and not again as the first or last.
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    if (a !== first && a !== last) put(a);
    if (b !== first && b !== last && b !== a) put(b);
    if (last !== first) put(last);
    first = -1;
  };
  let open = false;
  for (let i = 0; i < length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      flush();
      if (open) put(-1);
      open = false;
      column = Number.NaN;
      continue;
    }
    open = true;
    const at = Math.floor((xs[i] as number) / width);
    if (first >= 0 && at === column) {
      if (v < lowValue) {
        lowValue = v;
        low = i;
      }
      if (v > highValue) {
        highValue = v;
        high = i;
      }
      last = i;
      continue;
    }
    flush();
    column = at;
    first = low = high = last = i;
    lowValue = highValue = v;
  }
  flush();
  return out.slice(0, end);
}

/** The polyline through the points `indices` names (-1: a break; a lone point between breaks closed with `Z`, as d3-shape's line draws it). @internal */
export function pathThrough(indices: Int32Array, xs: ArrayLike<number>, values: ArrayLike<number>, yOf: (value: number) => number): string {
  const d = new PathText();
  // The vertices of the current stretch of line (since its last break), for a lone point's Z.
  let drawn = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    if (i < 0) {
      if (drawn === 1) d.char(90);
      drawn = 0;
      continue;
    }
    d.char(drawn === 0 ? 77 : 76).point(xs[i] as number, yOf(values[i] as number));
    drawn++;
  }
  if (drawn === 1) d.char(90);
  return d.text();
}
