import { formatNumber } from "../node.ts";

/**
 * A polyline through the points i = 0 … length − 1 at (xOf(i), yOf(i)),
 * broken where y is not a finite number (a lone point between breaks is
 * drawn as `M x,y Z`, as d3-shape's line draws it), thinned for the screen:
 * of consecutive points whose x falls in one column `width` wide, only the
 * first, the lowest, the highest and the last are kept, in their order. A line
 * through them covers the same pixels as the line through every point
 * wherever a pixel is at least a column wide — the M4 aggregation of Jugel,
 * Jerzak, Hackenbroich and Markl (2014), "M4: A Visualization-Oriented Time
 * Series Data Aggregation", PVLDB 7(10): 797–808 — so 100,000 points across
 * 650 px become at most 4 × 1,300 vertices at a column of half a pixel.
 * Coordinates are rounded to 2 decimals, as the full line's are.
 * @internal
 */
export function thinnedPath(length: number, xOf: (i: number) => number, yOf: (i: number) => number, width: number): string {
  const parts: string[] = [];
  // The vertices of the current stretch of line (since its last break), for a lone point's Z.
  let drawn = 0;
  // The current column's first, lowest, highest and last point (indices), or -1 when no column is open.
  let column = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let lowY = 0;
  let highY = 0;
  const vertex = (i: number): void => {
    parts.push(`${drawn === 0 ? "M" : "L"}${formatNumber(xOf(i))},${formatNumber(yOf(i))}`);
    drawn++;
  };
  const flush = (): void => {
    if (first < 0) return;
    vertex(first);
    // The lowest and highest in the order they come, each once, and not again as the first or last.
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    if (a !== first && a !== last) vertex(a);
    if (b !== first && b !== last && b !== a) vertex(b);
    if (last !== first) vertex(last);
    first = -1;
  };
  const breakLine = (): void => {
    flush();
    if (drawn === 1) parts.push("Z");
    drawn = 0;
    column = Number.NaN;
  };
  for (let i = 0; i < length; i++) {
    const py = yOf(i);
    if (!Number.isFinite(py)) {
      breakLine();
      continue;
    }
    const at = Math.floor(xOf(i) / width);
    if (first >= 0 && at === column) {
      if (py < lowY) {
        lowY = py;
        low = i;
      }
      if (py > highY) {
        highY = py;
        high = i;
      }
      last = i;
      continue;
    }
    flush();
    column = at;
    first = low = high = last = i;
    lowY = highY = py;
  }
  breakLine();
  return parts.join("");
}

